package chorus.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.support.LogCapture;
import chorus.support.RawConnection;
import chorus.support.WebClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Log forging through real requests: CR and LF (and other control characters) in a form value, a
 * path or a header reach the log only escaped, each refused request as one line.
 */
@MicronautTest(transactional = false)
class LoggedRequestsTest {

    static final String FORGED = "12:00:00 INFO  c.a.SignInController - test-admin signed in";

    @Inject
    EmbeddedServer server;

    @Test
    void aLanguageWithANewlineWritesNoForgedLine() {
        try (LogCapture log = LogCapture.start()) {
            WebClient.Reply reply = new WebClient(server.getURI()).post("/s/maternity-experience", "lang", "en\r\n" + FORGED);
            assertEquals(400, reply.status());
            assertOneLinePerRequest(log, 1);
            assertTrue(log.text().contains("Refused a form on /s/maternity-experience"), log.text());
        }
    }

    @Test
    void aPathWithANewlineWritesNoForgedLine() {
        try (LogCapture log = LogCapture.start()) {
            String path = "/s/x" + URLEncoder.encode("\r\n" + FORGED, StandardCharsets.UTF_8).replace("+", "%20");
            assertEquals(405, new WebClient(server.getURI()).send("PUT", path).status());
            assertOneLinePerRequest(log, 1);
        }
    }

    /** Netty refuses a raw control character in a header (400, connection closed); percent-escapes are only text. */
    @Test
    void aHeaderWithNewlinesOrControlCharactersWritesNoForgedLine() {
        List<String> types = List.of("text/plain%0d%0a" + FORGED, "text/plain\u001b[2J\u000b" + FORGED, "text/plain\u0085" + FORGED,
                "text/plain\r" + FORGED);
        try (LogCapture log = LogCapture.start()) {
            for (String type : types) {
                try (RawConnection connection = new RawConnection(server.getURI())) {
                    RawConnection.Answer answer = connection.send("POST /s/maternity-experience HTTP/1.1\r\nHost: localhost"
                            + "\r\nContent-Type: " + type + "\r\nContent-Length: 7", "lang=en".getBytes(StandardCharsets.UTF_8), 0,
                            new byte[0]).read();
                    assertTrue(answer.status() == 415 || answer.status() == 400, type + ": " + answer.status());
                }
            }
            assertOneLinePerRequest(log, types.size());
            assertTrue(log.text().contains("body of type text/plain\\u0085" + FORGED), "a next-line character reaches the log escaped");
        }
    }

    /** Every line written is a whole log line of ours, none begins with the forged text, and there is one per request. */
    private static void assertOneLinePerRequest(LogCapture log, int requests) {
        List<String> lines = log.lines();
        assertEquals(requests, lines.size(), log.text());
        lines.forEach(line -> assertTrue(LogEscapingTest.LOG_LINE.matcher(line).matches(), "not a log line: " + line));
        assertTrue(lines.stream().noneMatch(l -> l.strip().startsWith(FORGED)), log.text());
    }
}
