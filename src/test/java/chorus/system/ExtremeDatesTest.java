package chorus.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Dates far outside any real one ({@code -999999999-01-01}, {@code +10000-01-01}) in every form
 * and report query that takes a date: a 422 with the message on the same page and every other
 * value kept, where they used to reach the database and fail with a 500.
 */
@MicronautTest(transactional = false)
class ExtremeDatesTest {

    static final String RANGE = "Enter a date in the years 1900 to 2200";
    static final List<String> EXTREME = List.of("-999999999-01-01", "+10000-01-01", "0001-01-01", "9999-12-31", "1899-12-31");

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String query(String name, String value) {
        return name + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theRepresentationReportExplainsThePeriodAndKeepsIt() {
        WebClient admin = StaffSession.admin(server.getURI());
        for (String extreme : EXTREME) {
            WebClient.Reply from = admin.get("/reports/representation?" + query("from", extreme) + "&to=2026-03-31");
            assertEquals(422, from.status(), extreme);
            Document page = from.html();
            assertEquals(RANGE, page.selectFirst("#from-error").text().replace("Error:", "").strip(), extreme);
            assertEquals(extreme, page.getElementById("from").val());
            assertEquals("2026-03-31", page.getElementById("to").val(), "the other date is kept");
            assertEquals(List.of("#from"), page.select(".error-summary a").eachAttr("href"));

            WebClient.Reply to = admin.get("/reports/representation?from=2026-01-01&" + query("to", extreme));
            assertEquals(422, to.status(), extreme);
            assertEquals("2026-01-01", to.html().getElementById("from").val());
            assertEquals(404, admin.get("/reports/representation/csv?table=groups&" + query("from", extreme)).status(),
                    "a CSV of a period that is not one does not exist");
        }
    }

    @Test
    void theEventsListExplainsTheFilterAndKeepsIt() {
        WebClient lead = StaffSession.newAccount(server, Role.MVP_LEAD);
        for (String extreme : EXTREME) {
            WebClient.Reply list = lead.get("/mvp/events?" + query("from", extreme) + "&" + query("to", "2026-02-01"));
            assertEquals(422, list.status(), extreme);
            assertEquals(RANGE, list.html().selectFirst("#from-error").text().replace("Error:", "").strip());
            assertEquals(extreme, list.html().getElementById("from").val());
            assertEquals("2026-02-01", list.html().getElementById("to").val());
        }
    }

    @Test
    void anEventDateOutsideTheYearsIsExplainedWithTheFormKept() {
        WebClient lead = StaffSession.newAccount(server, Role.MVP_LEAD);
        String token = StaffSession.csrfToken(lead.get("/mvp/events/new"));
        String marker = unique("far");
        for (String extreme : EXTREME) {
            WebClient.Reply saved = lead.post("/mvp/events", "csrfToken", token, "kind", "COMMUNITY_VISIT", "heldOn", extreme,
                    "place", "Community centre", "locality", "Thetford", "partnerOrganisation", marker, "attendance", "12");
            assertEquals(422, saved.status(), extreme + ": " + saved.body());
            Document page = saved.html();
            assertEquals(RANGE, page.selectFirst("#heldOn-error").text().replace("Error:", "").strip(), extreme);
            assertEquals(extreme, page.getElementById("heldOn").val());
            assertEquals("Community centre", page.getElementById("place").val());
            assertEquals("12", page.getElementById("attendance").val());
        }
        assertEquals(0, Database.count(jdbc, tx, "SELECT COUNT(*) FROM listening_event WHERE partner_organisation = ?", marker));
    }

    @Test
    void aStaffSurveyRoundOutsideTheYearsIsExplainedWithTheFormKept() {
        WebClient admin = StaffSession.admin(server.getURI());
        String token = StaffSession.csrfToken(admin.get("/admin/staff"));
        String name = unique("R");
        for (String extreme : EXTREME) {
            WebClient.Reply added = admin.post("/admin/staff/rounds", "csrfToken", token, "survey", StaffSurveyFixtures.SURVEY,
                    "roundName", name, "opensOn", extreme, "closesOn", "+10000-02-01", "entry", "links");
            assertEquals(422, added.status(), extreme + ": " + added.body());
            Document page = added.html();
            assertEquals(RANGE, page.selectFirst("#opensOn-error").text().replace("Error:", "").strip(), extreme);
            assertEquals(RANGE, page.selectFirst("#closesOn-error").text().replace("Error:", "").strip(), extreme);
            assertEquals(name, page.getElementById("roundName").val());
            assertEquals(extreme, page.getElementById("opensOn").val());
        }
        assertEquals(0, Database.count(jdbc, tx, "SELECT COUNT(*) FROM survey_round WHERE name = ?", name));
    }

    @Test
    void aWorkforceSnapshotDateOutsideTheYearsIsExplainedWithTheFormKept() {
        WebClient admin = StaffSession.admin(server.getURI());
        String name = unique("snapshot");
        for (String extreme : EXTREME) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("csrfToken", StaffSession.csrfToken(admin.get("/reports/wres/workforce/upload")));
            fields.put("name", name);
            fields.put("takenOn", extreme);
            WebClient.Reply uploaded = admin.postMultipart("/reports/wres/workforce/upload", fields, "file", "workforce.csv", "x\r\n");
            assertEquals(422, uploaded.status(), extreme + ": " + uploaded.body());
            Document page = uploaded.html();
            assertEquals(RANGE, page.selectFirst("#takenOn-error").text().replace("Error:", "").strip(), extreme);
            assertEquals(name, page.getElementById("name").val());
            assertEquals(extreme, page.getElementById("takenOn").val());
        }
        assertEquals(0, Database.count(jdbc, tx, "SELECT COUNT(*) FROM workforce_snapshot WHERE name = ?", name));
    }
}
