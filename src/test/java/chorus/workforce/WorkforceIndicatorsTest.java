package chorus.workforce;

import static chorus.workforce.WorkforceFixtures.csv;
import static chorus.workforce.WorkforceFixtures.file;
import static chorus.workforce.WorkforceFixtures.organisation;
import static chorus.workforce.WorkforceFixtures.row;
import static chorus.workforce.WorkforceFixtures.unique;
import static chorus.workforce.WorkforceFixtures.upload;
import static chorus.workforce.WorkforceFixtures.uploaded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.support.StaffSession;
import chorus.support.WebClient;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The WRES indicators computed from uploaded files, against values worked out by hand. */
@MicronautTest(transactional = false)
class WorkforceIndicatorsTest {

    private static final String HIDDEN = "hidden (fewer than 11, or to protect a smaller number)";

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;

    @Test
    void theWresWorkedExampleGivesThreePointTwoOne() {
        String org = organisation(jdbc, tx, "Worked example trust");
        WebClient admin = StaffSession.admin(server.getURI());
        // White: 39 of 83 shortlisted appointed = 46.99%; BME: 23 of 157 = 14.65%; 46.99 / 14.65 = 3.21.
        long snapshot = uploaded(upload(admin, unique("worked"), "2026-03-31", file(
                org + ",midwife,band_5,white,100,83,39,0,0,0",
                org + ",midwife,band_5,bme,200,157,23,0,0,0")));

        Map<String, String> all = row(csv(admin, snapshot, "organisations", "indicator-2"), "All organisations");
        assertEquals("39", all.get("White: counted"));
        assertEquals("83", all.get("White: out of"));
        assertEquals("47.0%", all.get("White (%)"));
        assertEquals("14.6%", all.get("BME (%)"));
        assertEquals("3.21", all.get("Relative likelihood"));
    }

    /**
     * One organisation, arithmetic by hand:
     * <pre>
     * row                          white  bme  unknown
     * clinical band 5 headcount     200   100    30
     * clinical band 6 headcount      50    50     0
     * non-clinical VSM headcount     20    11     0
     * overall                       270   161    30   (461)
     * shortlisted / appointed     60/30 50/15  20/0
     * disciplinary                   12    15     0
     * training                  100+20+0 30+20+0  0  = 120 and 50
     * board voting members            22    11     0
     * </pre>
     */
    private static final String[] FIXTURE = {
            "%1$s,midwife,band_5,white,200,60,30,12,100,0",
            "%1$s,midwife,band_5,bme,100,50,15,15,30,0",
            "%1$s,midwife,band_5,unknown,30,20,0,0,0,0",
            "%1$s,midwife,band_6,white,50,0,0,0,20,0",
            "%1$s,midwife,band_6,bme,50,0,0,0,20,0",
            "%1$s,non_clinical,vsm,white,20,0,0,0,0,22",
            "%1$s,non_clinical,vsm,bme,11,0,0,0,0,11"};

    private long fixture(WebClient staff, String org) {
        String[] rows = new String[FIXTURE.length];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = String.format(FIXTURE[i], org);
        }
        return uploaded(upload(staff, unique("fixture"), "2026-03-31", file(rows)));
    }

    @Test
    void indicatorOneGivesEachBandsSharesBesideTheOverallWorkforce() {
        String org = organisation(jdbc, tx, "Band trust");
        WebClient admin = StaffSession.admin(server.getURI());
        List<List<String>> table = csv(admin, fixture(admin, org), "organisations", "indicator-1");

        Map<String, String> band5 = row(table, "Clinical: Band 5");
        assertEquals("200", band5.get("White"));
        assertEquals("66.7%", band5.get("White (%)"), "200 / (200 + 100)");
        assertEquals("33.3%", band5.get("BME (%)"), "100 / 300, unknown left out");
        assertEquals("30", band5.get("Unknown"));
        assertEquals("330", band5.get("Total"));
        Map<String, String> overall = row(table, "Overall workforce");
        assertEquals("270", overall.get("White"));
        assertEquals("62.6%", overall.get("White (%)"), "270 / 431 = 62.65");
        assertEquals("37.4%", overall.get("BME (%)"), "161 / 431 = 37.35");
        assertEquals("461", overall.get("Total"));
        assertEquals("20", row(table, "Non-clinical: Very senior managers").get("White"));
    }

    @Test
    void indicatorsThreeFourAndNineMatchTheHandWorkedValues() {
        String org = organisation(jdbc, tx, "Likelihood trust");
        WebClient admin = StaffSession.admin(server.getURI());
        long snapshot = fixture(admin, org);

        // Indicator 3, BME first: (15 / 161) / (12 / 270) = 0.09317 / 0.04444 = 2.096.
        Map<String, String> three = row(csv(admin, snapshot, "organisations", "indicator-3"), "All organisations");
        assertEquals("15", three.get("BME: counted"));
        assertEquals("161", three.get("BME: out of"));
        assertEquals("4.4%", three.get("White (%)"), "12 / 270");
        assertEquals("9.3%", three.get("BME (%)"), "15 / 161");
        assertEquals("2.10", three.get("Relative likelihood"));
        assertEquals("0", three.get("Unknown: counted"), "unknown shown apart");
        assertEquals("30", three.get("Unknown: out of"));

        // Indicator 4, White first: (120 / 270) / (50 / 161) = 0.4444 / 0.3106 = 1.431.
        Map<String, String> four = row(csv(admin, snapshot, "organisations", "indicator-4"), "All organisations");
        assertEquals("120", four.get("White: counted"));
        assertEquals("50", four.get("BME: counted"));
        assertEquals("1.43", four.get("Relative likelihood"));

        // Indicator 9: board BME 11 / 33 = 33.33%; workforce BME 161 / 431 = 37.35%; difference -4.02.
        Map<String, String> nine = row(csv(admin, snapshot, "organisations", "indicator-9"), "The whole LMNS");
        assertEquals("22", nine.get("Board: White"));
        assertEquals("33.3%", nine.get("Board: BME (%)"));
        assertEquals("37.4%", nine.get("Workforce: BME (%)"));
        // A spreadsheet would read a cell starting with "-" as a formula: the CSV neutralises it.
        assertEquals("'-4.0 points", nine.get("Difference (percentage points)"));
        Document page = admin.get("/reports/wres/workforce?snapshot=" + snapshot).html();
        assertTrue(page.select("#indicator-9 table td").eachText().contains("-4.0 points"));
    }

    @Test
    void staffGroupsBreakTheLikelihoodsDown() {
        String org = organisation(jdbc, tx, "Group trust");
        WebClient admin = StaffSession.admin(server.getURI());
        long snapshot = fixture(admin, org);

        // Midwives only, indicator 2: White 30 / 60 = 50%, BME 15 / 50 = 30%; 0.5 / 0.3 = 1.67.
        List<List<String>> two = csv(admin, snapshot, "organisation-" + org, "indicator-2");
        Map<String, String> midwives = row(two, "Midwives");
        assertEquals("50.0%", midwives.get("White (%)"));
        assertEquals("30.0%", midwives.get("BME (%)"));
        assertEquals("1.67", midwives.get("Relative likelihood"));
        // Nobody non-clinical was shortlisted: no ratio to give.
        assertEquals("cannot be calculated", row(two, "Non-clinical staff").get("Relative likelihood"));
    }

    @Test
    void aGroupUnderElevenIsHiddenOnThePageAndInTheCsv() {
        String org = organisation(jdbc, tx, "Small trust");
        WebClient admin = StaffSession.admin(server.getURI());
        long snapshot = uploaded(upload(admin, unique("small"), "2026-03-31", file(
                org + ",midwife,band_5,white,200,60,30,12,100,0",
                org + ",midwife,band_5,bme,100,50,15,15,30,0",
                org + ",midwife,band_7,white,40,0,0,0,20,0",
                org + ",midwife,band_7,bme,7,0,0,0,3,0")));

        List<List<String>> one = csv(admin, snapshot, "organisations", "indicator-1");
        Map<String, String> band7 = row(one, "Clinical: Band 7");
        assertEquals(HIDDEN, band7.get("BME"), "7 BME staff in band 7");
        assertFalse(band7.containsValue("7"), "the 7 appears nowhere in the row");
        // Three training events out of 7 BME staff in band 7 do not show, but the organisation's
        // 33 of 107 do: the hidden cells are inside it, not beside it.
        Map<String, String> four = row(csv(admin, snapshot, "organisations", "indicator-4"), "All organisations");
        assertEquals("33", four.get("BME: counted"));

        WebClient.Reply page = admin.get("/reports/wres/workforce?snapshot=" + snapshot + "&view=organisations");
        assertEquals(200, page.status());
        Document html = page.html();
        assertTrue(html.select("#indicator-1 table td").eachText().contains(HIDDEN));
        assertEquals(1, html.select("#indicator-1 svg[role=img]").size(), "indicator 1 has its chart");
        assertFalse(html.select("table td").eachText().contains("7"));
    }

    @Test
    void aLikelihoodNeedingAHiddenCountIsNotShown() {
        String org = organisation(jdbc, tx, "Hidden likelihood trust");
        WebClient admin = StaffSession.admin(server.getURI());
        // 4 BME staff entered the disciplinary process: hidden, so indicator 3 has no ratio.
        long snapshot = uploaded(upload(admin, unique("hidden"), "2026-03-31", file(
                org + ",midwife,band_5,white,200,0,0,12,100,0",
                org + ",midwife,band_5,bme,100,0,0,4,30,0")));
        Map<String, String> three = row(csv(admin, snapshot, "organisations", "indicator-3"), "All organisations");
        assertEquals(HIDDEN, three.get("BME: counted"));
        assertEquals(HIDDEN, three.get("BME: out of"), "the base would give the hidden count away");
        assertEquals("not shown: a count it needs is hidden", three.get("Relative likelihood"));
    }
}
