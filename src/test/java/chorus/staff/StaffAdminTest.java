package chorus.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.account.AccountService;
import chorus.system.Role;
import chorus.support.Database;
import chorus.support.StaffSession;
import chorus.support.StaffSurveyFixtures;
import chorus.support.WebClient;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Administrators set up organisations, rounds and codes; staff answers are counted, never downloaded. */
@MicronautTest(transactional = false)
class StaffAdminTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;
    @Inject
    AccountService accounts;

    @Test
    void anAdministratorAddsAnOrganisationAndBadInputKeepsWhatWasTyped() {
        WebClient admin = StaffSession.admin(server.getURI());
        String token = StaffSession.csrfToken(admin.get("/admin/staff"));
        WebClient.Reply bad = admin.post("/admin/staff/organisations", "csrfToken", token, "code", "Not OK!", "name", "");
        assertEquals(422, bad.status());
        assertEquals(List.of("#code", "#name"), bad.html().select(".error-summary a").eachAttr("href"));
        assertEquals("Not OK!", bad.html().selectFirst("#code").val());

        String code = "trust-" + UUID.randomUUID().toString().substring(0, 6);
        WebClient.Reply added = admin.post("/admin/staff/organisations", "csrfToken", token, "code", code, "name", "Trust " + code);
        assertEquals(303, added.status(), added.body());
        Document page = admin.get("/admin/staff").html();
        assertTrue(page.text().contains("/s/staff-experience?org=" + code), "its open link is shown");
        WebClient.Reply twice = admin.post("/admin/staff/organisations", "csrfToken", token, "code", code, "name", "Again");
        assertEquals(422, twice.status());
        assertEquals(1, Database.count(jdbc, tx, "SELECT COUNT(*) FROM organisation WHERE code = ?", code));
    }

    @Test
    void roundsOfOneSurveyCannotOverlapOrCloseBeforeTheyOpen() {
        WebClient admin = StaffSession.admin(server.getURI());
        String token = StaffSession.csrfToken(admin.get("/admin/staff"));
        // Far ahead, clear of other tests' rounds (the WRES fixtures use 2101 to 2150), yet inside the years a form takes (DateField).
        LocalDate opens = LocalDate.of(2160, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(39 * 365));
        String first = "R" + UUID.randomUUID().toString().substring(0, 6);
        assertEquals(303, round(admin, token, first, opens, opens.plusDays(30), "codes").status());
        assertEquals(1, Database.count(jdbc, tx, "SELECT COUNT(*) FROM survey_round WHERE name = ? AND codes_required", first));

        WebClient.Reply overlap = round(admin, token, "second", opens.plusDays(10), opens.plusDays(60), "links");
        assertEquals(422, overlap.status());
        assertTrue(overlap.html().selectFirst("#opensOn-error").text().contains(first), overlap.body());
        WebClient.Reply backwards = round(admin, token, "third", opens.minusDays(1), opens.minusDays(9), "links");
        assertEquals(422, backwards.status());
        assertEquals(1, backwards.html().select("#closesOn-error").size());
        WebClient.Reply nonsense = admin.post("/admin/staff/rounds", "csrfToken", token, "survey", StaffSurveyFixtures.SURVEY,
                "roundName", "", "opensOn", "31/02/2026", "closesOn", "", "entry", "");
        assertEquals(422, nonsense.status());
        assertEquals(List.of("#roundName", "#opensOn", "#closesOn", "#entry"), nonsense.html().select(".error-summary a").eachAttr("href"));
        assertEquals("31/02/2026", nonsense.html().selectFirst("#opensOn").val());
        assertEquals(0, Database.count(jdbc, tx, "SELECT COUNT(*) FROM survey_round WHERE name IN ('second', 'third')"));
    }

    @Test
    void codesAreHandedOverOnceAsCsvOrAPrintablePage() {
        String org = StaffSurveyFixtures.organisation(jdbc, tx);
        long orgId = StaffSurveyFixtures.organisationId(jdbc, tx, org);
        LocalDate today = LocalDate.now();
        long round = StaffSurveyFixtures.onlyRound(jdbc, tx, today, today.plusDays(14), true);
        WebClient admin = StaffSession.admin(server.getURI());
        String token = StaffSession.csrfToken(admin.get("/admin/staff/codes"));

        WebClient.Reply csv = admin.post("/admin/staff/codes", "csrfToken", token, "round", Long.toString(round),
                "organisation", Long.toString(orgId), "count", "5", "format", "csv");
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertEquals(6, lines.size(), csv.body());
        assertTrue(lines.get(1).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4},Trust " + org + ",.*/s/staff-experience"), lines.get(1));

        WebClient.Reply print = admin.post("/admin/staff/codes", "csrfToken", token, "round", Long.toString(round),
                "organisation", Long.toString(orgId), "count", "3", "format", "print");
        assertEquals(200, print.status());
        assertEquals(3, print.html().select(".invitation-code").size());
        assertEquals(8, Database.count(jdbc, tx, "SELECT COUNT(*) FROM invitation_code WHERE round_id = ? AND organisation_id = ?",
                round, orgId));
        String code = lines.get(1).substring(0, 14);
        assertEquals(1, Database.count(jdbc, tx, "SELECT COUNT(*) FROM invitation_code WHERE code_hash = ?", InvitationCodes.hashOf(code)));
        assertFalse(csv.body().contains(InvitationCodes.hashOf(code)));

        WebClient.Reply bad = admin.post("/admin/staff/codes", "csrfToken", token, "round", Long.toString(round),
                "organisation", Long.toString(orgId), "count", "0", "format", "csv");
        assertEquals(422, bad.status());
        assertEquals(List.of("#count"), bad.html().select(".error-summary a").eachAttr("href"));
        assertEquals(8, Database.count(jdbc, tx, "SELECT COUNT(*) FROM invitation_code WHERE round_id = ?", round));
    }

    @Test
    void rawStaffAnswersAreNeverDownloadable() {
        WebClient admin = StaffSession.admin(server.getURI());
        WebClient.Reply refused = admin.get("/admin/surveys/staff-experience/responses.csv");
        assertEquals(409, refused.status());
        assertEquals("Staff answers cannot be downloaded", refused.html().selectFirst("h1").text());
        Document home = admin.get("/admin").html();
        assertTrue(home.select("a[href='/admin/surveys/staff-experience/responses.csv']").isEmpty());
        assertEquals(1, home.select("a[href='/admin/surveys/maternity-experience/responses.csv']").size());
        assertEquals(1, home.select("a[href='/admin/staff']").size());
    }

    @Test
    void submissionCountsAreForAdministratorsOnly() {
        String org = StaffSurveyFixtures.organisation(jdbc, tx);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        StaffSurveyFixtures.onlyRound(jdbc, tx, today, today, false);
        WebClient phone = new WebClient(server.getURI());
        String marker = UUID.randomUUID().toString();
        String[] last = StaffSurveyFixtures.answerAllButLast(phone, marker, "lang", "en", "org", org);
        assertEquals(303, StaffSurveyFixtures.postLast(phone, last, marker).status());

        Document page = StaffSession.admin(server.getURI()).get("/admin/staff/submissions").html();
        var row = page.select("tbody tr").stream().filter(r -> r.text().contains("Trust " + org)).findFirst().orElseThrow();
        assertEquals("1", row.select("td").get(2).text());
        assertEquals("No", row.select("td").get(3).text(), "1 answer is below the minimum of 11");

        String name = "analyst-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(name, "analyst password 1", Role.ANALYST);
        WebClient analyst = StaffSession.signIn(server.getURI(), name, "analyst password 1");
        for (String path : List.of("/admin/staff/submissions", "/admin/staff", "/admin/staff/codes")) {
            assertEquals(403, analyst.get(path).status(), path);
        }
    }

    private static WebClient.Reply round(WebClient admin, String token, String name, LocalDate opens, LocalDate closes, String entry) {
        return admin.post("/admin/staff/rounds", "csrfToken", token, "survey", StaffSurveyFixtures.SURVEY, "roundName", name,
                "opensOn", opens.toString(), "closesOn", closes.toString(), "entry", entry);
    }
}
