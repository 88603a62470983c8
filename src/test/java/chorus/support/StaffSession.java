package chorus.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import chorus.account.AccountService;
import chorus.system.Role;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.transaction.TransactionOperations;
import java.net.URI;
import java.sql.Connection;
import java.util.Locale;
import java.util.UUID;

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

    /** Signs in a new account with the role; an MVP lead gets an MVP of its own, as every lead must. */
    @SuppressWarnings("unchecked")
    public static WebClient newAccount(EmbeddedServer server, Role role) {
        ApplicationContext context = server.getApplicationContext();
        String name = role.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        Long mvp = null;
        if (role == Role.MVP_LEAD) {
            JdbcOperations jdbc = context.getBean(JdbcOperations.class);
            TransactionOperations<Connection> tx = context.getBean(TransactionOperations.class);
            Database.update(jdbc, tx, "INSERT INTO mvp (code, name) VALUES (?, ?)", name, "MVP " + name);
            mvp = Database.count(jdbc, tx, "SELECT id FROM mvp WHERE code = ?", name);
        }
        context.getBean(AccountService.class).create(name, "a long enough password", role, mvp);
        return signIn(server.getURI(), name, "a long enough password");
    }
}
