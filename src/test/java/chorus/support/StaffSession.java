package chorus.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;

/** A staff member's browser: signs in through the real form, CSRF token and all. */
public final class StaffSession {

    private StaffSession() {
    }

    public static String csrfToken(WebClient.Reply page) {
        return WebClient.hiddenFields(page.html()).get("csrfToken");
    }

    public static WebClient.Reply trySignIn(WebClient client, String username, String password) {
        WebClient.Reply form = client.get("/sign-in");
        assertEquals(200, form.status(), form.body());
        return client.post("/sign-in", "csrfToken", csrfToken(form), "username", username, "password", password);
    }

    public static WebClient signIn(URI base, String username, String password) {
        WebClient client = new WebClient(base);
        WebClient.Reply reply = trySignIn(client, username, password);
        assertEquals(303, reply.status(), reply.body());
        assertEquals("/admin", reply.location());
        return client;
    }

    public static WebClient admin(URI base) {
        return signIn(base, "test-admin", "test-admin-password-1234");
    }
}
