package chorus.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.support.RawConnection;
import chorus.support.StaffSession;
import chorus.support.WebClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.net.HttpCookie;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A body over the size limit (1 MB) gets the 413 page, and the same keep-alive connection then
 * answers the next request at once. The next request used to wait behind the unread body until a
 * timeout, and a 10 MB upload got a connection reset instead of the page.
 */
@MicronautTest(transactional = false)
class OversizedBodyTest {

    static final String TITLE = "What you sent is too large";
    static final String BOUNDARY = "----chorus-oversized";

    @Inject
    EmbeddedServer server;

    private String signedInCookie() {
        WebClient admin = StaffSession.admin(server.getURI());
        HttpCookie session = admin.cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("chorus-session")).findFirst().orElseThrow();
        return "chorus-session=" + session.getValue();
    }

    /** A file upload as a browser sends it, with a file of {@code size} bytes. */
    private static void upload(RawConnection connection, String path, String cookie, long size) {
        byte[] start = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.xlf\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] end = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        connection.send("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nCookie: " + cookie
                + "\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY
                + "\r\nContent-Length: " + (start.length + size + end.length), start, size, end);
    }

    private static void nextRequestIsAnsweredOnTheSameConnection(RawConnection connection) {
        RawConnection.Answer next = connection.send("GET /health HTTP/1.1\r\nHost: localhost").read();
        assertEquals(200, next.status());
        assertEquals("{\"status\":\"UP\"}", next.body());
    }

    @Test
    void anUploadJustOverTheLimitGetsThe413PageAndTheConnectionGoesOn() {
        try (RawConnection connection = new RawConnection(server.getURI())) {
            upload(connection, "/admin/translations/import", signedInCookie(), 1100 * 1024);
            RawConnection.Answer refused = connection.read();
            assertEquals(413, refused.status());
            assertEquals(TITLE, refused.html().selectFirst("h1").text());
            assertTrue(refused.headers().get("content-type").startsWith("text/html"));
            nextRequestIsAnsweredOnTheSameConnection(connection);
        }
    }

    @Test
    void aTenMegabyteUploadGetsThe413PageNotAReset() {
        try (RawConnection connection = new RawConnection(server.getURI())) {
            upload(connection, "/reports/wres/workforce/upload", signedInCookie(), 10L * 1024 * 1024);
            RawConnection.Answer refused = connection.read();
            assertEquals(413, refused.status());
            assertEquals(TITLE, refused.html().selectFirst("h1").text());
            nextRequestIsAnsweredOnTheSameConnection(connection);
        }
    }

    @Test
    void aSurveyFormOverTheLimitGetsThePageInTheVisitorsLanguage() {
        try (RawConnection connection = new RawConnection(server.getURI())) {
            int size = 1100 * 1024;
            connection.send("POST /s/maternity-experience HTTP/1.1\r\nHost: localhost\r\nAccept-Language: pl"
                    + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + (5 + size),
                    "lang=".getBytes(StandardCharsets.US_ASCII), size, new byte[0]);
            RawConnection.Answer refused = connection.read();
            assertEquals(413, refused.status());
            assertEquals("Przesłane dane są za duże", refused.html().selectFirst("h1").text());
            nextRequestIsAnsweredOnTheSameConnection(connection);
        }
    }

    @Test
    void aBodyOfUnstatedLengthOverTheLimitIsRefusedTheSameWay() {
        try (RawConnection connection = new RawConnection(server.getURI())) {
            int size = 1100 * 1024;
            String chunk = Integer.toHexString(size) + "\r\n";
            connection.send("POST /s/maternity-experience HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked"
                    + "\r\nContent-Type: application/x-www-form-urlencoded", chunk.getBytes(StandardCharsets.US_ASCII), size,
                    "\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertEquals(413, connection.read().status());
            nextRequestIsAnsweredOnTheSameConnection(connection);
        }
    }

    /** Past what is worth reading, the server stops listening rather than read without end. */
    @Test
    void aBodyFarOverTheLimitIsNotReadToItsEnd() {
        try (RawConnection connection = new RawConnection(server.getURI())) {
            assertThrows(UncheckedIOException.class, () -> {
                upload(connection, "/admin/translations/import", "none=1", RefusedBodies.MOST_READ + 8L * 1024 * 1024);
                connection.read();
                nextRequestIsAnsweredOnTheSameConnection(connection);
            });
        }
    }
}
