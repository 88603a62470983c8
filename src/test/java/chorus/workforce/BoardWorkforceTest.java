package chorus.workforce;

import static chorus.workforce.WorkforceFixtures.file;
import static chorus.workforce.WorkforceFixtures.organisation;
import static chorus.workforce.WorkforceFixtures.unique;
import static chorus.workforce.WorkforceFixtures.upload;
import static chorus.workforce.WorkforceFixtures.uploaded;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.support.StaffSession;
import chorus.support.WebClient;
import chorus.system.Role;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The board report's staff section carries WRES indicators 1 to 4 and 9 from the newest workforce
 * data taken by the end of its period, and says so when there is none.
 */
@MicronautTest(transactional = false)
class BoardWorkforceTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;

    @Test
    void theStaffSectionShowsTheNewestWorkforceDataOfThePeriod() {
        String org = organisation(jdbc, tx, "Board trust");
        WebClient analyst = StaffSession.newAccount(server, Role.ANALYST);
        uploaded(upload(analyst, unique("board"), "2026-03-31", file(
                org + ",midwife,band_5,white,40,0,0,0,0,0",
                org + ",midwife,band_5,bme,24,0,0,0,0,0")));

        Document quarter = analyst.get("/reports/board?from=2026-01-01&to=2026-03-31").html();
        String staff = quarter.getElementById("staff").text();
        assertTrue(staff.contains("WRES indicators 1 to 4 and 9") && staff.contains("31 March 2026"), staff);
        assertNotNull(quarter.selectFirst("#staff #indicator-1"), "indicator 1, as the workforce report has it");
        assertNotNull(quarter.selectFirst("#staff #indicator-9"));

        Document organisation = analyst.get("/reports/board?from=2026-01-01&to=2026-03-31&scope=org:" + org).html();
        assertTrue(organisation.selectFirst("h1").text().contains("Board trust"), organisation.selectFirst("h1").text());
        assertTrue(organisation.selectFirst(".board-findings").text().contains("organisation's staff"));
        assertTrue(organisation.getElementById("staff").text().contains("for this organisation, by staff group"));
        assertNotNull(organisation.selectFirst("#staff #indicator-1"));
        assertTrue(organisation.select("#restore, #board-summary, #board-trend").isEmpty(),
                "service users' answers are not recorded by organisation, so there is nothing of them to show");
        assertTrue(organisation.selectFirst("#scope option[selected]").val().equals("org:" + org));
        String pdf = organisation.selectFirst(".board-pdf a").attr("href");
        assertTrue(analyst.getBytes(pdf).length > 1000, "the organisation's PDF");

        Document before = analyst.get("/reports/board?from=1999-01-01&to=1999-03-31").html();
        assertTrue(before.getElementById("staff").text().contains("No workforce data was taken by the end of this period"),
                before.getElementById("staff").text());
    }
}
