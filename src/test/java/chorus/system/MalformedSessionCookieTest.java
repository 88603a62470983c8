package chorus.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.support.LogCapture;
import chorus.support.StaffSession;
import chorus.support.WebClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A mangled {@code chorus-session} cookie counts as no session. It used to fail every page with a
 * 500 ("Illegal base64 character"), the public survey too, until the person cleared their cookies.
 */
@MicronautTest(transactional = false)
class MalformedSessionCookieTest {

    static final List<String> MALFORMED = List.of(
            "!!!", "abc%", "%ZZ", "====", "x", "a=b=c", "Zm9v!", "-_-_", "{\"id\":1}",
            "A".repeat(5000),
            // Base64 that decodes, but to bytes no session id is made of.
            Base64.getEncoder().encodeToString(new byte[] {0, 1, 2, (byte) 0xff, '\n'}),
            Base64.getEncoder().encodeToString("id\r\nforged".getBytes(StandardCharsets.UTF_8)));

    @Inject
    EmbeddedServer server;

    private WebClient withCookie(String value) {
        return new WebClient(server.getURI()).header("Accept", "text/html").header("Cookie", "chorus-session=" + value);
    }

    @Test
    void thePublicSurveyWorksWithAMalformedSessionCookie() {
        for (String value : MALFORMED) {
            WebClient phone = withCookie(value);
            WebClient.Reply start = phone.get("/s/maternity-experience");
            assertEquals(200, start.status(), value);
            assertTrue(start.html().select("form[method=post]").size() > 0, value);
            WebClient.Reply begun = phone.post("/s/maternity-experience", "lang", "en");
            assertEquals(303, begun.status(), value + ": " + begun.body());
            assertEquals(200, phone.follow(begun).status(), value);
            assertEquals(200, phone.get("/s/maternity-experience/paper").status(), value);
        }
    }

    @Test
    void staffPagesTreatAMalformedSessionCookieAsNotSignedIn() {
        for (String value : MALFORMED) {
            WebClient browser = withCookie(value);
            for (String path : List.of("/admin", "/admin/users", "/mvp/events", "/reports/representation")) {
                WebClient.Reply reply = browser.get(path);
                assertEquals(303, reply.status(), value + " " + path);
                assertEquals("/sign-in", reply.location(), value + " " + path);
            }
            WebClient.Reply signIn = browser.get("/sign-in");
            assertEquals(200, signIn.status(), value);
            assertNull(signIn.html().selectFirst("form[action=/sign-out]"), value);
        }
    }

    @Test
    void someoneWithAMalformedCookieCanStillSignIn() {
        WebClient browser = withCookie("!!!");
        WebClient.Reply reply = StaffSession.trySignIn(browser, "test-admin", "test-admin-password-1234");
        assertEquals(303, reply.status(), reply.body());
        assertEquals("/admin", reply.location());
        assertEquals(200, browser.get("/admin").status(), "the new session counts, the malformed cookie still sent beside it does not");
    }

    @Test
    void aMalformedCookieIsNotAnErrorInTheLog() {
        try (LogCapture log = LogCapture.start()) {
            assertEquals(200, withCookie("!!!").get("/s/maternity-experience").status());
            assertEquals(303, withCookie("====").get("/admin").status());
            assertEquals("", log.text());
        }
    }
}
