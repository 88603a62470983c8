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

import chorus.disclosure.DisclosurePolicy;
import chorus.disclosure.RecordKeys;
import chorus.i18n.Translations;
import chorus.report.CsvText;
import chorus.report.ReportCsv;
import chorus.report.ReportTable;
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

/**
 * The WRES indicators computed from uploaded files. Every table is checked against the same table
 * worked out from the rows of the file, with the record keys of the running application, so through
 * the same perturbation; figures the cell key method leaves as they are (even counts) are also
 * checked against values worked out by hand.
 */
@MicronautTest(transactional = false)
class WorkforceIndicatorsTest {

    private static final String HIDDEN = "hidden (fewer than 11, or to protect a smaller number)";

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;
    @Inject
    RecordKeys keys;
    @Inject
    WorkforceStore store;
    @Inject
    Translations translations;

    /**
     * A table as the report must publish it for the rows of a file, as CSV records with the header first.
     *
     * @param view "organisations", "groups" or "organisation-" and a code
     */
    private List<List<String>> expected(String snapshot, String view, String table, String... lines) {
        List<chorus.staff.Organisation> organisations = store.organisations();
        Map<String, Long> ids = store.organisationIds();
        List<CountRow> rows = java.util.Arrays.stream(lines).map(line -> {
            String[] c = line.split(",");
            return new CountRow(ids.get(c[0]), StaffGroup.ofCode(c[1]).orElseThrow(), Band.ofCode(c[2]).orElseThrow(),
                    Ethnicity.ofCode(c[3]).orElseThrow(), new Counts(Integer.parseInt(c[4]), Integer.parseInt(c[5]),
                    Integer.parseInt(c[6]), Integer.parseInt(c[7]), Integer.parseInt(c[8]), Integer.parseInt(c[9])));
        }).toList();
        WorkforceReport.View chosen = view.startsWith("organisation-")
                ? new WorkforceReport.View(view, ids.get(view.substring("organisation-".length()))) : new WorkforceReport.View(view, null);
        ReportTable published = new WorkforceReport(snapshot, rows, keys, organisations, chosen, DisclosurePolicy.staff(),
                translations.texts(translations.source()), "").tables().stream().filter(t -> t.id().equals(table)).findFirst()
                .orElseThrow();
        List<List<String>> records = CsvText.parse(ReportCsv.of(published)).stream().map(CsvText.Line::cells).toList();
        return records.subList(1, records.size());
    }

    @Test
    void theWresWorkedExampleComesOutNearThreePointTwoOne() {
        String org = organisation(jdbc, tx, "Worked example trust");
        WebClient admin = StaffSession.admin(server.getURI());
        // White: 39 of 83 shortlisted appointed = 46.99%; BME: 23 of 157 = 14.65%; 46.99 / 14.65 = 3.21. The
        // table shows the appointed (39, 23) and the others (44, 134), each perturbed: the odd ones read one up
        // or down, so the bases read 82 to 84 and 156 to 158, and the likelihood lies between
        // (38 / 84) / (24 / 156) = 2.94 and (40 / 82) / (22 / 158) = 3.50.
        String name = unique("worked");
        String[] lines = {org + ",midwife,band_5,white,100,83,39,0,0,0", org + ",midwife,band_5,bme,200,157,23,0,0,0"};
        long snapshot = uploaded(upload(admin, name, "2026-03-31", file(lines)));

        List<List<String>> table = csv(admin, snapshot, "organisations", "indicator-2");
        assertEquals(expected(name, "organisations", "indicator-2", lines), table);
        Map<String, String> all = row(table, "All organisations");
        assertEquals("44", String.valueOf(Integer.parseInt(all.get("White: out of")) - Integer.parseInt(all.get("White: counted"))),
                "44 were not appointed, an even count, published as it is");
        double likelihood = Double.parseDouble(all.get("Relative likelihood"));
        assertTrue(likelihood >= 2.94 && likelihood <= 3.50, all.toString());
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

    private static String[] lines(String org) {
        String[] rows = new String[FIXTURE.length];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = String.format(FIXTURE[i], org);
        }
        return rows;
    }

    private long fixture(WebClient staff, String org, String name) {
        return uploaded(upload(staff, name, "2026-03-31", file(lines(org))));
    }

    @Test
    void indicatorOneGivesEachBandsSharesBesideTheOverallWorkforce() {
        String org = organisation(jdbc, tx, "Band trust");
        WebClient admin = StaffSession.admin(server.getURI());
        String name = unique("fixture");
        List<List<String>> table = csv(admin, fixture(admin, org, name), "organisations", "indicator-1");
        assertEquals(expected(name, "organisations", "indicator-1", lines(org)), table);

        // Band 5 has even counts only, published as they are.
        Map<String, String> band5 = row(table, "Clinical: Band 5");
        assertEquals("200", band5.get("White"));
        assertEquals("66.7%", band5.get("White (%)"), "200 / (200 + 100)");
        assertEquals("33.3%", band5.get("BME (%)"), "100 / 300, unknown left out");
        assertEquals("30", band5.get("Unknown"));
        assertEquals("330", band5.get("Total"));
        // Overall: White 270 of 270 + 161, the 161 read 160 or 162, so 62.5% or 62.8% (62.65% before).
        Map<String, String> overall = row(table, "Overall workforce");
        assertEquals("270", overall.get("White"));
        assertTrue(List.of("62.8%", "62.5%").contains(overall.get("White (%)")), overall.toString());
    }

    @Test
    void indicatorsThreeFourAndNineMatchTheFiguresOfTheFile() {
        String org = organisation(jdbc, tx, "Likelihood trust");
        WebClient admin = StaffSession.admin(server.getURI());
        String name = unique("fixture");
        long snapshot = fixture(admin, org, name);
        for (String table : List.of("indicator-2", "indicator-3", "indicator-4", "indicator-9")) {
            assertEquals(expected(name, "organisations", table, lines(org)), csv(admin, snapshot, "organisations", table), table);
        }

        // Indicator 3, BME first: (15 / 161) / (12 / 270) = 2.096 before perturbation. White 12 of 270 is even.
        Map<String, String> three = row(csv(admin, snapshot, "organisations", "indicator-3"), "All organisations");
        assertEquals("12", three.get("White: counted"));
        assertEquals("270", three.get("White: out of"));
        assertEquals("4.4%", three.get("White (%)"), "12 / 270");
        assertEquals("0", three.get("Unknown: counted"), "unknown shown apart");
        assertEquals("30", three.get("Unknown: out of"));

        // Indicator 4, White first: (120 / 270) / (50 / 161) = 1.431 before perturbation.
        Map<String, String> four = row(csv(admin, snapshot, "organisations", "indicator-4"), "All organisations");
        assertEquals("120", four.get("White: counted"));
        assertEquals("50", four.get("BME: counted"));

        // Indicator 9: board BME 11 reads 12, or 10 and is hidden, and the White 22 with it (22 + 11 = 33 is shown).
        Map<String, String> nine = row(csv(admin, snapshot, "organisations", "indicator-9"), "The whole LMNS");
        assertEquals(nine.get("Board: BME").equals(HIDDEN) ? HIDDEN : "22", nine.get("Board: White"));
        // A signed number, which the CSV gives as a number (no apostrophe, no plus) and the page with its
        // sign; or hidden with the board's BME count, as the keys fall.
        String difference = nine.get("Difference (percentage points)");
        assertTrue(difference.matches("-?\\d+\\.\\d") || difference.equals(HIDDEN), difference);
        Document page = admin.get("/reports/wres/workforce?snapshot=" + snapshot).html();
        List<String> shown = page.select("#indicator-9 table td").eachText();
        assertTrue(shown.contains(difference) || shown.contains("+" + difference), difference + " in " + shown);
    }

    @Test
    void staffGroupsBreakTheLikelihoodsDown() {
        String org = organisation(jdbc, tx, "Group trust");
        WebClient admin = StaffSession.admin(server.getURI());
        String name = unique("fixture");
        long snapshot = fixture(admin, org, name);

        // Midwives only, indicator 2: White 30 / 60 = 50% (even, as it is), BME 15 / 50 = 30% before perturbation.
        List<List<String>> two = csv(admin, snapshot, "organisation-" + org, "indicator-2");
        assertEquals(expected(name, "organisation-" + org, "indicator-2", lines(org)), two);
        assertEquals(expected(name, "groups", "indicator-2", lines(org)), csv(admin, snapshot, "groups", "indicator-2"));
        Map<String, String> midwives = row(two, "Midwives");
        assertEquals("50.0%", midwives.get("White (%)"));
        // Nobody non-clinical was shortlisted: no ratio to give.
        assertEquals("cannot be calculated", row(two, "Non-clinical staff").get("Relative likelihood"));
    }

    @Test
    void aGroupUnderElevenIsHiddenOnThePageAndInTheCsv() {
        String org = organisation(jdbc, tx, "Small trust");
        WebClient admin = StaffSession.admin(server.getURI());
        String name = unique("small");
        String[] lines = {org + ",midwife,band_5,white,200,60,30,12,100,0", org + ",midwife,band_5,bme,100,50,15,15,30,0",
                org + ",midwife,band_7,white,40,0,0,0,20,0", org + ",midwife,band_7,bme,7,0,0,0,3,0"};
        long snapshot = uploaded(upload(admin, name, "2026-03-31", file(lines)));

        List<List<String>> one = csv(admin, snapshot, "organisations", "indicator-1");
        Map<String, String> band7 = row(one, "Clinical: Band 7");
        assertEquals(HIDDEN, band7.get("BME"), "7 BME staff in band 7");
        assertFalse(band7.containsValue("7"), "the 7 appears nowhere in the row");
        // Three training events out of 7 BME staff in band 7 do not show, but the organisation's
        // 33 of 107 do (read 32 or 34): the hidden cells are inside it, not beside it.
        List<List<String>> four = csv(admin, snapshot, "organisations", "indicator-4");
        assertEquals(expected(name, "organisations", "indicator-4", lines), four);
        assertTrue(List.of("32", "34").contains(row(four, "All organisations").get("BME: counted")));

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
