package chorus.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.system.Role;
import chorus.support.Database;
import chorus.support.StaffSession;
import chorus.support.StaffSurveyFixtures;
import chorus.support.SurveyRun;
import chorus.support.WebClient;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class AuditLogTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;
    @Inject
    AuditLog log;
    @Inject
    chorus.account.AccountService accounts;

    @Test
    void signInsReportsDownloadsAndChangesAreRecordedWithWhoAndWhatButNoAnswers() {
        WebClient[] client = new WebClient[1];
        String name = signedIn(Role.ANALYST, client);
        WebClient analyst = client[0];
        assertEquals(200, analyst.get("/reports/representation").status());
        assertEquals(200, analyst.get("/admin/surveys/maternity-experience/responses.csv").status());
        WebClient admin = StaffSession.admin(server.getURI());
        String added = "audited-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(303, admin.post("/admin/users", "csrfToken", StaffSession.csrfToken(admin.get("/admin/users")),
                "username", added, "password", "a secret password 1", "role", "ANALYST").status());

        List<String> analystDid = actions(name);
        assertTrue(analystDid.contains("SIGN_IN POST /sign-in 303"), analystDid.toString());
        assertTrue(analystDid.contains("VIEW GET /reports/representation 200"), analystDid.toString());
        assertTrue(analystDid.contains("DOWNLOAD GET /admin/surveys/maternity-experience/responses.csv 200"), analystDid.toString());
        assertTrue(actions("test-admin").contains("CHANGE POST /admin/users 303"));
        assertEquals(0, Database.count(jdbc, tx, "SELECT COUNT(*) FROM audit_event WHERE address LIKE '%secret%'"),
                "form bodies, passwords among them, are never recorded");
    }

    @Test
    void aSignedInMemberOfStaffAnsweringTheStaffSurveyLeavesNoTrace() {
        StaffSurveyFixtures.onlyRound(jdbc, tx, java.time.LocalDate.now(), java.time.LocalDate.now().plusDays(3), false);
        String org = StaffSurveyFixtures.organisation(jdbc, tx);
        WebClient[] client = new WebClient[1];
        String name = signedIn(Role.MVP_LEAD, client);
        WebClient lead = client[0];
        String marker = UUID.randomUUID().toString();
        String[] last = StaffSurveyFixtures.answerAllButLast(lead, marker, "lang", "en", "org", org);
        assertEquals(303, StaffSurveyFixtures.postLast(lead, last, marker).status());
        SurveyRun run = new SurveyRun(lead);
        run.finish(run.start("en"), SurveyRun.everyPage());

        assertTrue(actions(name).stream().noneMatch(a -> a.contains(" /s/")), actions(name).toString());
    }

    @Test
    void onlyAdministratorsReadTheLogAndCanFilterItByAccount() {
        WebClient[] client = new WebClient[1];
        String name = signedIn(Role.ANALYST, client);
        assertEquals(403, client[0].get("/admin/audit").status());
        WebClient admin = StaffSession.admin(server.getURI());
        Document page = admin.get("/admin/audit?who=" + name).html();
        assertFalse(page.select("tbody tr").isEmpty());
        assertTrue(page.select("tbody tr td:nth-child(2)").eachText().stream().allMatch(name::equals));
        assertTrue(page.select("tbody tr td:nth-child(5)").eachText().contains("403"), "the refused attempt is there too");
        assertEquals(1, admin.get("/admin").html().select("a[href=/admin/audit]").size());
    }

    @Test
    void theLogIsPurgedOnlyOfEntriesOlderThanItsKeepingTime() {
        String who = "old-" + UUID.randomUUID().toString().substring(0, 8);
        Database.update(jdbc, tx, "INSERT INTO audit_event (occurred_at, username, action, method, address, status)"
                + " VALUES (TIMESTAMP '2020-01-01 10:00:00', ?, 'VIEW', 'GET', '/reports/wres', 200)", who);
        log.record(who, AuditAction.VIEW, "GET", "/reports/wres", 200);
        log.purge();
        assertEquals(1, Database.count(jdbc, tx, "SELECT COUNT(*) FROM audit_event WHERE username = ?", who));
    }

    @Test
    void anAddressIsKeptPrintableAndShort() {
        assertEquals(AuditAction.DOWNLOAD, AuditAction.of("GET", "/reports/wres/table.csv"));
        assertEquals(AuditAction.CHANGE, AuditAction.of("POST", "/mvp/events"));
        assertEquals(AuditAction.VIEW, AuditAction.of("GET", "/reports/wres"));
        assertFalse(AuditFilter.recorded("/s/staff-experience/p/about"));
        assertFalse(AuditFilter.recorded("/q/ABCD2345"), "a poster's short address leads to a public form");
        assertFalse(AuditFilter.recorded("/you-said-we-did"));
        assertFalse(AuditFilter.recorded("/you-said-we-did/north/poster"));
        assertTrue(AuditFilter.recorded("/actions/12/edit"));
        assertTrue(AuditFilter.recorded("/admin/users"));
    }

    private List<String> actions(String username) {
        return log.page(username, null).stream().map(e -> e.action() + " " + e.method() + " " + e.address() + " " + e.status()).toList();
    }

    /** A new account of the role, signed in; returns its name. */
    private String signedIn(Role role, WebClient[] client) {
        String name = role.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        Long mvp = null;
        if (role == Role.MVP_LEAD) {
            Database.update(jdbc, tx, "INSERT INTO mvp (code, name) VALUES (?, ?)", name, "MVP " + name);
            mvp = Database.count(jdbc, tx, "SELECT id FROM mvp WHERE code = ?", name);
        }
        accounts.create(name, "a long enough password", role, mvp);
        client[0] = StaffSession.signIn(server.getURI(), name, "a long enough password");
        return name;
    }
}
