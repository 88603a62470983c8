package chorus.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import chorus.support.LogCapture;
import chorus.support.RawConnection;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Requests Netty or Micronaut cannot read (a lone percent sign, a control character in a header,
 * an address or headers over the limits) get a 4xx page and one log line, not a 500 with a stack trace.
 */
@MicronautTest(transactional = false)
class MalformedRequestTest {

    @Inject
    EmbeddedServer server;

    private RawConnection.Answer send(String head) {
        try (RawConnection connection = new RawConnection(server.getURI())) {
            return connection.send(head).read();
        }
    }

    @Test
    void aMalformedPercentEscapeIsABadRequest() {
        try (LogCapture log = LogCapture.start()) {
            for (String target : new String[] {"/%zz", "/s/maternity-experience?lang=%", "/admin?x=%g0"}) {
                RawConnection.Answer answer = send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html");
                assertEquals(400, answer.status(), target);
                assertEquals("Sorry, there is a problem with the form", answer.html().selectFirst("h1").text(), target);
            }
            assertEquals(3, log.lines().size(), log.text());
        }
    }

    @Test
    void aControlCharacterInAHeaderIsABadRequest() {
        RawConnection.Answer answer = send("GET /s/maternity-experience HTTP/1.1\r\nHost: localhost\r\nAccept-Language: pl\u0001");
        assertEquals(400, answer.status());
    }

    @Test
    void anAddressOrHeadersOverTheLimitAreRefusedWithAPage() {
        RawConnection.Answer longAddress = send("GET /s/" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: localhost");
        assertEquals(413, longAddress.status(), longAddress.headers() + longAddress.body());
        RawConnection.Answer bigHeaders = send("GET /s/maternity-experience HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(20_000));
        assertEquals(413, bigHeaders.status(), bigHeaders.headers() + bigHeaders.body());
        assertEquals("What you sent is too large", bigHeaders.html().selectFirst("h1").text());
    }
}
