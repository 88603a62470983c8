package chorus.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import chorus.support.Database;
import chorus.support.StaffSession;
import chorus.support.WebClient;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import java.net.URI;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Builds MVPs, MVP leads and events through the staff pages, as an administrator and a lead would. */
final class EventFixtures {

    static final String PASSWORD = "lead password 12345";

    private final URI base;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> tx;
    private final WebClient admin;

    EventFixtures(URI base, JdbcOperations jdbc, TransactionOperations<Connection> tx) {
        this.base = base;
        this.jdbc = jdbc;
        this.tx = tx;
        this.admin = StaffSession.admin(base);
    }

    WebClient admin() {
        return admin;
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new MVP, added on the MVPs page; returns its id. */
    long mvp() {
        String code = "mvp-" + unique();
        WebClient.Reply page = admin.get("/admin/mvps");
        WebClient.Reply added = admin.post("/admin/mvps", "csrfToken", StaffSession.csrfToken(page), "code", code, "name", "MVP " + code);
        assertEquals(303, added.status(), added.body());
        return Database.count(jdbc, tx, "SELECT id FROM mvp WHERE code = ?", code);
    }

    /** A signed-in MVP lead of the MVP, created on the staff accounts page. */
    WebClient lead(long mvp) {
        String name = "lead-" + unique();
        WebClient.Reply page = admin.get("/admin/users");
        WebClient.Reply added = admin.post("/admin/users", "csrfToken", StaffSession.csrfToken(page), "username", name,
                "password", PASSWORD, "role", "MVP_LEAD", "mvp", String.valueOf(mvp));
        assertEquals(303, added.status(), added.body());
        return StaffSession.signIn(base, name, PASSWORD);
    }

    WebClient signedIn(String role) {
        String name = role.toLowerCase() + "-" + unique();
        WebClient.Reply page = admin.get("/admin/users");
        WebClient.Reply added = admin.post("/admin/users", "csrfToken", StaffSession.csrfToken(page), "username", name,
                "password", PASSWORD, "role", role);
        assertEquals(303, added.status(), added.body());
        return StaffSession.signIn(base, name, PASSWORD);
    }

    /** Records an event as the lead; returns its reference. */
    static String event(WebClient lead, int attendance, String marker) {
        WebClient.Reply form = lead.get("/mvp/events/new");
        assertEquals(200, form.status(), form.body());
        WebClient.Reply saved = lead.post("/mvp/events", eventFields(StaffSession.csrfToken(form), LocalDate.now().minusDays(3),
                attendance, marker));
        assertEquals(303, saved.status(), saved.body());
        return saved.location().substring("/mvp/events/".length());
    }

    static String[] eventFields(String token, LocalDate heldOn, int attendance, String marker) {
        List<String> fields = new ArrayList<>(List.of("csrfToken", token, "kind", "COMMUNITY_VISIT", "heldOn", heldOn.toString(),
                "place", "Community centre", "locality", "Thetford", "partnerOrganisation", marker, "languages", "ur",
                "languages", "bn", "otherLanguages", "Sylheti, Dari", "interpreterPresent", "yes",
                "attendance", String.valueOf(attendance)));
        return fields.toArray(String[]::new);
    }

    static String token(WebClient client, String path) {
        WebClient.Reply page = client.get(path);
        assertEquals(200, page.status(), page.body());
        return StaffSession.csrfToken(page);
    }
}
