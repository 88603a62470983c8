package chorus.account;

import chorus.system.Role;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.support.Database;
import chorus.support.StaffSession;
import chorus.support.WebClient;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class SignInTest {

    @Inject
    EmbeddedServer server;
    @Inject
    AccountService accounts;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private WebClient browser() {
        return new WebClient(server.getURI()).header("Accept", "text/html");
    }

    @Test
    void staffPagesSendSomeoneNotSignedInToTheSignInPage() {
        for (String path : new String[] {"/admin", "/admin/users", "/admin/surveys/maternity-experience/responses.csv"}) {
            WebClient.Reply reply = browser().get(path);
            assertEquals(303, reply.status(), path);
            assertEquals("/sign-in", reply.location(), path);
        }
        assertEquals(303, new WebClient(server.getURI()).get("/admin").status(), "whatever the client accepts");
    }

    @Test
    void theAdministratorFromConfigurationSignsInAndSeesSurveysWithCounts() {
        WebClient admin = StaffSession.admin(server.getURI());
        WebClient.Reply home = admin.get("/admin");
        assertEquals(200, home.status());
        Document page = home.html();
        assertTrue(page.select("table a[href='/admin/surveys/maternity-experience/responses.csv']").size() == 1);
        assertTrue(page.select("table tbody tr td").eachText().stream().anyMatch(t -> t.matches("\\d+")), "a response count");
        assertEquals(1, page.select("a[href='/s/maternity-experience/paper?lang=ur']").size(), "the Urdu paper form");
        assertEquals(1, page.select("a[href='/s/maternity-experience/paper?lang=bn&size=large']").size(), "large print");
        assertEquals(1, page.select("a[href='/s/maternity-experience/poster?lang=ar']").size(), "the Arabic poster");
        assertEquals("test-admin", page.selectFirst("header form button") != null ? "test-admin" : "");
        assertTrue(page.select("footer").isEmpty(), "no \"your answers are anonymous\" on a staff page");
        assertTrue(new WebClient(server.getURI()).get("/sign-in").html().select("footer").isEmpty(), "nor on the sign-in page");
        assertTrue(new WebClient(server.getURI()).get("/s/maternity-experience").html().selectFirst("footer").text()
                .contains("anonymous"), "the survey keeps it");
    }

    @Test
    void passwordsAreStoredAsArgon2idHashes() {
        String name = unique("hash");
        accounts.create(name, "a long enough password", Role.ANALYST);
        assertEquals(1, Database.count(jdbc, tx, "SELECT COUNT(*) FROM user_account WHERE username = ?"
                + " AND password_hash LIKE '$argon2id$v=19$m=19456,t=2,p=1$%'", name));
        assertEquals(0, Database.count(jdbc, tx, "SELECT COUNT(*) FROM user_account WHERE password_hash LIKE '%long enough%'"));
    }

    @Test
    void aWrongPasswordIsExplainedOnTheSamePageWithTheUsernameKept() {
        WebClient client = browser();
        WebClient.Reply reply = StaffSession.trySignIn(client, "test-admin", "not the password");
        assertEquals(422, reply.status());
        Document page = reply.html();
        assertTrue(page.title().startsWith("Error: "));
        assertEquals("test-admin", page.getElementById("username").val());
        assertEquals("", page.getElementById("password").val(), "a password is never sent back");
        assertEquals("#username", page.selectFirst(".error-summary-list a").attr("href"));
        assertEquals(303, client.get("/admin").status(), "still not signed in");
    }

    @Test
    void emptyFieldsAreEachExplained() {
        WebClient.Reply reply = StaffSession.trySignIn(browser(), "", "");
        assertEquals(422, reply.status());
        assertEquals(2, reply.html().select(".error-summary-list li").size());
    }

    @Test
    void theSignInFormIsRefusedWithoutItsCsrfToken() {
        WebClient client = browser();
        client.get("/sign-in");
        WebClient.Reply missing = client.post("/sign-in", "username", "test-admin", "password", "test-admin-password-1234");
        assertEquals(403, missing.status());
        assertEquals("This form has expired", missing.html().selectFirst("h1").text());
        WebClient.Reply forged = client.post("/sign-in", "csrfToken", "forged", "username", "test-admin",
                "password", "test-admin-password-1234");
        assertEquals(403, forged.status());
        assertEquals(303, client.get("/admin").status(), "not signed in");
    }

    @Test
    void signedInFormsAreRefusedWithoutTheSessionsCsrfToken() {
        WebClient admin = StaffSession.admin(server.getURI());
        String name = unique("csrf");
        assertEquals(403, admin.post("/admin/users", "username", name, "password", "a long enough password", "role", "ANALYST").status());
        assertEquals(403, admin.post("/admin/users", "csrfToken", "forged", "username", name, "password", "a long enough password",
                "role", "ANALYST").status());
        assertFalse(accounts.exists(name));
        assertEquals(200, admin.get("/admin").status(), "still signed in");
    }

    @Test
    void signingOutNeedsTheTokenAndEndsTheSession() {
        WebClient admin = StaffSession.admin(server.getURI());
        assertEquals(403, admin.post("/sign-out").status());
        assertEquals(200, admin.get("/admin").status(), "a forged sign-out does nothing");
        String token = StaffSession.csrfToken(admin.get("/admin"));
        WebClient.Reply out = admin.post("/sign-out", "csrfToken", token);
        assertEquals(303, out.status());
        assertEquals("/sign-in", out.location());
        assertEquals(303, admin.get("/admin").status());
        WebClient.Reply late = admin.post("/admin/users", "csrfToken", token, "username", unique("late"),
                "password", "a long enough password", "role", "ANALYST");
        assertEquals("/sign-in", late.location(), "the old session's forms no longer work");
    }

    @Test
    void aSignedInPersonWithoutTheRoleIsRefusedWith403() {
        String name = unique("analyst");
        accounts.create(name, "analyst password 1", Role.ANALYST);
        WebClient analyst = StaffSession.signIn(server.getURI(), name, "analyst password 1");
        assertEquals(200, analyst.get("/admin").status());
        assertFalse(analyst.get("/admin").body().contains("/admin/users"));
        WebClient.Reply users = analyst.get("/admin/users");
        assertEquals(403, users.status());
        assertTrue(users.html().selectFirst("h1").text().contains("cannot see"));
    }

    @Test
    void anAdministratorAddsAnAccountAndBadInputKeepsWhatWasTyped() {
        WebClient admin = StaffSession.admin(server.getURI());
        String token = StaffSession.csrfToken(admin.get("/admin/users"));
        String name = unique("lead");
        WebClient.Reply bad = admin.post("/admin/users", "csrfToken", token, "username", name, "password", "short");
        assertEquals(422, bad.status());
        assertEquals(name, bad.html().getElementById("username").val());
        assertEquals(2, bad.html().select(".error-summary-list li").size(), "password and role");
        assertFalse(accounts.exists(name));
        // An MVP lead belongs to an MVP, so one is chosen with the role.
        String mvp = unique("mvp");
        Database.update(jdbc, tx, "INSERT INTO mvp (code, name) VALUES (?, ?)", mvp, "MVP " + mvp);
        long mvpId = Database.count(jdbc, tx, "SELECT id FROM mvp WHERE code = ?", mvp);
        WebClient.Reply good = admin.post("/admin/users", "csrfToken", token, "username", name, "password", "a long enough password",
                "role", "MVP_LEAD", "mvp", String.valueOf(mvpId));
        assertEquals(303, good.status());
        assertTrue(admin.get(good.raw().headers().firstValue("Location").orElseThrow()).body().contains(name));
        WebClient lead = StaffSession.signIn(server.getURI(), name, "a long enough password");
        assertEquals(403, lead.get("/admin/users").status());
        WebClient.Reply taken = admin.post("/admin/users", "csrfToken", token, "username", name.toUpperCase(),
                "password", "a long enough password", "role", "ANALYST");
        assertEquals(422, taken.status());
    }
}
