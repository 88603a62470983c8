package chorus.account;

import chorus.system.Role;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import chorus.support.StaffSession;
import chorus.support.WebClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.HttpCookie;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Session fixation: a session id someone else knows must never become a signed-in session. Each
 * test keeps the id a browser had before signing in, as an attacker who planted or read it would,
 * and checks that it opens nothing afterwards.
 */
@MicronautTest(transactional = false)
class SessionFixationTest {

    private static final String COOKIE = "chorus-session";

    @Inject
    EmbeddedServer server;

    @Test
    void signingInAgainAsAdministratorGivesANewIdAndEndsTheOldOne() {
        WebClient browser = StaffSession.newAccount(server, Role.DATA_ENTRY);
        String lowerPrivileged = session(browser);
        assertEquals(403, browser.get("/admin/users").status(), "data entry may not manage accounts");

        WebClient.Reply admin = StaffSession.trySignIn(browser, "test-admin", "test-admin-password-1234");

        assertEquals(303, admin.status());
        assertNotEquals(lowerPrivileged, session(browser), "a new id at sign-in");
        assertEquals(200, browser.get("/admin/users").status(), "the browser itself is signed in as administrator");
        assertOpensNothing(lowerPrivileged);
    }

    @Test
    void anIdPlantedFromASignedInAnalystIsNotReusedWhenTheAdministratorSignsIn() throws IOException {
        WebClient attacker = StaffSession.newAccount(server, Role.ANALYST);
        String planted = session(attacker);
        WebClient victim = new WebClient(server.getURI());
        // Stored as if the site had set it, as a script on plain HTTP or an earlier user of the device would leave it.
        victim.cookies().put(server.getURI(), Map.of("Set-Cookie", List.of(COOKIE + "=" + planted + "; Path=/; HttpOnly")));

        WebClient.Reply signedIn = StaffSession.trySignIn(victim, "test-admin", "test-admin-password-1234");

        assertEquals(303, signedIn.status());
        String answered = signedIn.raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(COOKIE + "=")).findFirst().orElseThrow();
        assertNotEquals(COOKIE + "=" + planted, answered.split(";")[0], "the answer never sets the planted id");
        assertEquals(200, victim.get("/admin/users").status());
        assertOpensNothing(planted);
        assertEquals(303, attacker.get("/admin").status(), "the attacker's own session ended with it");
    }

    @Test
    void theCsrfTokenOfTheOldSessionDoesNotWorkInTheNewOne() {
        WebClient browser = StaffSession.newAccount(server, Role.ADMIN);
        String oldToken = StaffSession.csrfToken(browser.get("/admin/users"));
        assertEquals(303, StaffSession.trySignIn(browser, "test-admin", "test-admin-password-1234").status());
        String newToken = StaffSession.csrfToken(browser.get("/admin/users"));
        assertNotNull(newToken);
        assertNotEquals(oldToken, newToken);
        assertEquals(403, browser.post("/sign-out", "csrfToken", oldToken).status());
        assertEquals(303, browser.post("/sign-out", "csrfToken", newToken).status());
    }

    private void assertOpensNothing(String sessionId) {
        for (String path : new String[] {"/admin/users", "/admin", "/data-entry", "/reports/wres"}) {
            WebClient alone = new WebClient(server.getURI()).header("Accept", "text/html").header("Cookie", COOKIE + "=" + sessionId);
            WebClient.Reply reply = alone.get(path);
            assertEquals(303, reply.status(), path + " with the old id");
            assertEquals("/sign-in", reply.location(), path);
        }
    }

    private static String session(WebClient client) {
        return client.cookies().getCookieStore().getCookies().stream().filter(c -> c.getName().equals(COOKIE))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
    }
}
