package chorus.wres;

import static chorus.support.StaffFixture.repeat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.account.AccountService;
import chorus.system.Role;
import chorus.disclosure.DisclosurePolicies;
import chorus.disclosure.RecordKeys;
import chorus.i18n.Translations;
import chorus.support.CsvLines;
import chorus.support.Database;
import chorus.support.StaffFixture;
import chorus.support.StaffSession;
import chorus.support.WebClient;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The WRES report over a fixture of known answers: every row of every table against the same rows
 * worked out from the respondents the fixture stored (with their record keys, so through the same
 * perturbation), and the figures that the cell key method leaves as they are (even counts) by hand;
 * the previous round and the national comparator beside them; a group of 10 hidden on the page and
 * in every CSV, with no hidden number recoverable from the totals; and who may see the report and
 * enter comparators.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WresReportTest {

    /** Columns of every WRES table after the row heading: the numbers answering, then what comes of them. */
    static final int WHITE_N = 0;
    static final int BME_N = 1;
    static final int UNKNOWN_N = 2;
    static final int TOTAL_N = 3;
    static final int WHITE_PERCENT = 4;
    static final int WHITE_INTERVAL = 5;
    static final int BME_PERCENT = 6;
    static final int BME_INTERVAL = 7;
    static final int GAP = 8;
    static final int RATIO = 9;
    static final String HIDDEN = "hidden (fewer than 11, or to protect a smaller number)";

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;
    @Inject
    AccountService accounts;
    @Inject
    RecordKeys keys;
    @Inject
    Translations translations;
    @Inject
    DisclosurePolicies policies;

    final String marker = UUID.randomUUID().toString().substring(0, 8);
    long previous;
    long current;
    long small;
    String trustA;
    String trustB;
    /** Each round's respondents, as the report should read them from the database. */
    final Map<Long, List<Respondent>> stored = new java.util.HashMap<>();

    @BeforeAll
    void fixture() {
        StaffFixture staff = new StaffFixture(jdbc, tx, keys);
        trustA = "Trust A " + marker;
        trustB = "Trust B " + marker;
        long a = staff.organisation("A-" + marker, trustA);
        long b = staff.organisation("B-" + marker, trustB);
        previous = staff.round("WRES previous " + marker, LocalDate.of(2101, 4, 1));
        current = staff.round("WRES current " + marker, LocalDate.of(2102, 4, 1));
        small = staff.round("WRES small group " + marker, LocalDate.of(2150, 4, 1));

        // Previous round, indicator 5 only: White 5 of 25, BME 8 of 20.
        group(staff, 25, previous, a, "A", "midwife", Map.of("harassment_public", repeat("1_2", 5, "never", 20)));
        group(staff, 20, previous, a, "K", "midwife", Map.of("harassment_public", repeat("1_2", 8, "never", 12)));

        // This round. Trust A, White midwives (20): WRES 6 = 4 manager only + 2 colleagues only + 1 both = 7.
        group(staff, 20, current, a, "A", "midwife", Map.of(
                "harassment_public", repeat("1_2", 5, "never", 15),
                "harassment_manager", repeat("1_2", 4, "never", 2, "3_5", 1, "never", 13),
                "harassment_colleagues", repeat("never", 4, "3_5", 2, "1_2", 1, "never", 13),
                "career_progression", repeat("yes", 14, "no", 4, "dont_know", 2),
                "discrimination_colleagues", repeat("yes", 2, "no", 18)));
        // Trust A, BME midwives (20): WRES 6 = 3 + 3 = 6.
        group(staff, 20, current, a, "H", "midwife", Map.of(
                "harassment_public", repeat("3_5", 10, "never", 10),
                "harassment_manager", repeat("1_2", 3, "never", 17),
                "harassment_colleagues", repeat("never", 3, "6_10", 3, "never", 14),
                "career_progression", repeat("yes", 8, "no", 8, "dont_know", 4),
                "discrimination_colleagues", repeat("yes", 5, "no", 15)));
        // Trust A, prefer not to say (12): counted as unknown, never in a percentage.
        group(staff, 12, current, a, "Z", "midwife", Map.of(
                "harassment_public", repeat("1_2", 4, "never", 8),
                "harassment_manager", repeat("never", 12),
                "harassment_colleagues", repeat("never", 12),
                "career_progression", repeat("yes", 12),
                "discrimination_colleagues", repeat("no", 12)));
        // Trust B, White obstetricians (30): 5 left the manager question blank but answered the colleagues one.
        group(staff, 30, current, b, "B", "obstetrician", Map.of(
                "harassment_public", repeat("more_than_10", 6, "never", 24),
                "harassment_manager", repeat("never", 25, null, 5),
                "harassment_colleagues", repeat("1_2", 6, "never", 24),
                "career_progression", repeat("yes", 20, "no", 6, "dont_know", 4),
                "discrimination_colleagues", repeat("yes", 3, "no", 27)));
        // Trust B, BME obstetricians (15).
        group(staff, 15, current, b, "N", "obstetrician", Map.of(
                "harassment_public", repeat("6_10", 6, "never", 9),
                "harassment_manager", repeat("1_2", 2, "never", 13),
                "harassment_colleagues", repeat("never", 15),
                "career_progression", repeat("yes", 6, "no", 6, "dont_know", 3),
                "discrimination_colleagues", repeat("yes", 3, "no", 12)));
        // Trust B, ethnicity not answered (11), indicator 5 only: unknown.
        group(staff, 11, current, b, null, "obstetrician", Map.of("harassment_public", repeat("never", 11)));

        // A round with a group of 10: BME neonatal nurses at trust B, the only BME staff there.
        smallGroup(staff, 40, a, "A", "midwife");
        smallGroup(staff, 25, a, "H", "midwife");
        smallGroup(staff, 30, b, "A", "midwife");
        smallGroup(staff, 10, b, "M", "neonatal_nurse");
    }

    /** Stores a group of responses, and writes down the respondents the report should read. */
    private void group(StaffFixture staff, int size, long round, long organisation, String ethnicity, String staffGroup,
                       Map<String, List<String>> columns) {
        List<String> ids = staff.group(size, round, organisation, ethnicity, staffGroup, columns);
        for (int i = 0; i < size; i++) {
            Map<String, String> answers = new java.util.HashMap<>();
            if (ethnicity != null) {
                answers.put("ethnicity", ethnicity);
            }
            if (staffGroup != null) {
                answers.put("staff_group", staffGroup);
            }
            int person = i;
            columns.forEach((question, values) -> {
                if (values.get(person) != null) {
                    answers.put(question, values.get(person));
                }
            });
            stored.computeIfAbsent(round, r -> new ArrayList<>()).add(new Respondent(keys.record("s:" + ids.get(i)), organisation,
                    Respondent.Ethnicity.of(ethnicity), staffGroup, Map.copyOf(answers)));
        }
    }

    /** Everyone answers every question; a third say they experienced harassment, and so on. */
    private void smallGroup(StaffFixture staff, int size, long organisation, String ethnicity, String staffGroup) {
        int third = size / 3;
        group(staff, size, small, organisation, ethnicity, staffGroup, Map.of(
                "harassment_public", repeat("1_2", third, "never", size - third),
                "harassment_manager", repeat("never", size),
                "harassment_colleagues", repeat("3_5", third, "never", size - third),
                "career_progression", repeat("yes", size - third, "no", third),
                "discrimination_colleagues", repeat("yes", third, "no", size - third)));
    }

    @Test
    void indicatorsAcrossTheLmnsMatchTheFiguresOfTheStoredRespondents() {
        Document page = analyst().get("/reports/wres/" + current).html();
        String round = "WRES current " + marker + " (this round)";
        // 20 + 20 + 12 + 30 + 15 + 11 responses: an even number, which the cell key method leaves as it is.
        assertTrue(page.text().contains("108 staff answered at least one of these questions in this round."));
        for (WresIndicator indicator : WresIndicator.values()) {
            assertEquals(lmns(current, indicator), row(page, "wres-" + indicator.number() + "-lmns", round), indicator.name());
        }

        // WRES 7, "Don't know" left out (the default), has even counts only, so by hand. White: 14 + 20 = 34 of
        // 18 + 26 = 44 = 77.273%, Wilson 63.007% to 87.158%. BME: 8 + 6 = 14 of 16 + 12 = 28 = 50.0%, Wilson
        // 32.633% to 67.367%. Unknown: the 12 who prefer not to say. Gap 50.0 - 77.273 = -27.3 points; ratio
        // 0.5 / 0.772727 = 0.65.
        assertEquals(List.of("44", "28", "12", "84", "77.3%", "63.0% to 87.2%", "50.0%", "32.6% to 67.4%",
                "-27.3", "0.65"), row(page, "wres-7-lmns", round));
        // WRES 5 by hand where it is even: White 20 + 30 = 50 of the 108. The BME 20 + 15 = 35 read 34 or
        // 36, and the unknown 12 + 11 = 23 read 22 or 24, as their keys fall.
        assertEquals("50", row(page, "wres-5-lmns", round).get(WHITE_N));
        assertEquals("108", row(page, "wres-5-lmns", round).get(TOTAL_N));
        assertTrue(List.of("34", "36").contains(row(page, "wres-5-lmns", round).get(BME_N)));
    }

    @Test
    void organisationsAndStaffGroupsHaveTheirOwnRows() {
        Document page = analyst().get("/reports/wres/" + current).html();
        for (WresIndicator indicator : WresIndicator.values()) {
            String id = "wres-" + indicator.number();
            assertEquals(row(current, indicator, true, 0), row(page, id + "-organisation", trustA), indicator.name());
            assertEquals(row(current, indicator, true, 1), row(page, id + "-organisation", trustB), indicator.name());
            List<String> groups = new ArrayList<>(WresReport.STAFF_GROUPS.keySet());
            assertEquals(row(current, indicator, false, groups.indexOf("midwife")), row(page, id + "-staff-group", "Midwives"));
            assertEquals(row(current, indicator, false, groups.indexOf("obstetrician")),
                    row(page, id + "-staff-group", "Obstetricians"));
        }
        // Midwives are everyone at trust A: the same people, so the same figures.
        assertEquals(row(page, "wres-5-organisation", trustA), row(page, "wres-5-staff-group", "Midwives"));
        // Nobody answered as a neonatal doctor: true zeros, and no percentage of nobody.
        assertEquals(List.of("0", "0", "0", "0", "not available", "not available", "not available", "not available",
                "not available", "not available"), row(page, "wres-5-staff-group", "Neonatal doctors"));
    }

    @Test
    void thePreviousRoundSitsBesideThisOne() {
        Document page = analyst().get("/reports/wres/" + current).html();

        assertTrue(page.text().contains("The previous round, for comparison, is WRES previous " + marker + "."));
        // White 5 of 25 and BME 8 of 20, through the perturbation; the BME figures are even, so by hand:
        // 8 / 20 = 40.0%, Wilson 21.880% to 61.342%.
        List<String> before = row(page, "wres-5-lmns", "WRES previous " + marker + " (previous round)");
        assertEquals(lmns(previous, WresIndicator.HARASSMENT_PUBLIC), before);
        assertEquals(List.of("20", "40.0%", "21.9% to 61.3%"), List.of(before.get(BME_N), before.get(BME_PERCENT),
                before.get(BME_INTERVAL)));
        // The previous round did not ask about discrimination: nobody, not zero per cent.
        assertEquals("not available", row(page, "wres-8-lmns", "WRES previous " + marker + " (previous round)").get(WHITE_PERCENT));
    }

    @Test
    void theNationalComparatorIsShownInTheTableAndTheChart() {
        WebClient admin = StaffSession.admin(server.getURI());
        String form = "/reports/wres/" + current + "/comparators";
        String token = StaffSession.csrfToken(admin.get(form));
        WebClient.Reply saved = admin.post(form, "csrfToken", token, "white5", "18.5", "bme5", "29,2 %", "white6", "",
                "bme6", "", "white7", "", "bme7", "", "white8", "", "bme8", "");
        assertEquals(303, saved.status(), saved.body());
        assertEquals("/reports/wres/" + current, saved.location());

        Document page = admin.get("/reports/wres/" + current + "?saved=comparators").html();
        // Gap 29.2 - 18.5 = +10.7 points; ratio 29.2 / 18.5 = 1.578 = 1.58.
        List<String> national = row(page, "wres-5-lmns", "National comparator");
        assertEquals("18.5%", national.get(WHITE_PERCENT));
        assertEquals("29.2%", national.get(BME_PERCENT));
        assertEquals("+10.7", national.get(GAP));
        assertEquals("1.58", national.get(RATIO));
        assertEquals("not available", national.get(WHITE_N));
        // The dashed comparator marks sit at 1 + 18.5 * 0.97 = 18.9% and 1 + 29.2 * 0.97 = 29.3% of the width.
        Element chart = page.selectFirst("#wres-5-lmns svg");
        assertNotNull(chart);
        List<String> marks = chart.select("line[stroke=#b3261e]").eachAttr("x1");
        assertEquals(List.of("18.9%", "29.3%"), marks);
        assertTrue(page.selectFirst("#wres-6-lmns").select("line[stroke=#b3261e]").isEmpty(), "no figure for WRES 6");
        assertTrue(page.selectFirst("[role=status]").text().contains("saved"));
        assertEquals(1, Database.count(jdbc, tx, "SELECT COUNT(*) FROM wres_comparator WHERE round_id = ?", current));
    }

    @Test
    void aGroupOfTenIsHiddenOnThePage() {
        Document page = analyst().get("/reports/wres/" + small).html();
        for (int indicator = 5; indicator <= 8; indicator++) {
            List<String> trust = row(page, "wres-" + indicator + "-organisation", trustB);
            assertEquals(List.of(HIDDEN, HIDDEN, HIDDEN), List.of(trust.get(BME_N), trust.get(BME_PERCENT), trust.get(BME_INTERVAL)),
                    "indicator " + indicator);
            assertEquals("not available", trust.get(GAP));
            List<String> nurses = row(page, "wres-" + indicator + "-staff-group", "Neonatal nurses");
            assertEquals(HIDDEN, nurses.get(BME_N));
            assertEquals(HIDDEN, nurses.get(TOTAL_N), "the row total is the same 10 people");
            // The chart draws no bar for them and says why.
            Element chart = page.selectFirst("#wres-" + indicator + "-organisation svg");
            assertTrue(String.join(" ", chart.select("text").eachText()).contains("hidden (fewer than 11"));
        }
        assertFalse(page.text().contains(" 10 "), "the 10 appears nowhere");
    }

    @Test
    void noHiddenNumberCanBeWorkedOutFromTheTotals() {
        Document page = analyst().get("/reports/wres/" + small).html();
        for (int indicator = 5; indicator <= 8; indicator++) {
            List<String> lmns = row(page, "wres-" + indicator + "-lmns", "WRES small group " + marker + " (this round)");
            for (String breakdown : List.of("organisation", "staff-group")) {
                List<List<String>> rows = rows(page, "wres-" + indicator + "-" + breakdown);
                List<int[]> grid = new ArrayList<>();
                for (List<String> r : rows) {
                    grid.add(counts(r.subList(1, r.size())));
                }
                grid.add(counts(lmns));
                assertTrue(grid.stream().anyMatch(r -> java.util.Arrays.stream(r).anyMatch(v -> v < 0)),
                        "something is hidden in indicator " + indicator + " " + breakdown);
                HiddenCells.assertNoneRecoverable(grid, "indicator " + indicator + " by " + breakdown);
            }
        }
    }

    @Test
    void everyCsvIsThePageTableWithTheSameHiddenCells() {
        WebClient analyst = analyst();
        Document page = analyst.get("/reports/wres/" + small).html();
        for (int indicator = 5; indicator <= 8; indicator++) {
            for (String breakdown : List.of("lmns", "organisation", "staff-group")) {
                WebClient.Reply csv = analyst.get("/reports/wres/" + small + "/indicator-" + indicator + "/" + breakdown + ".csv");
                assertEquals(200, csv.status());
                assertTrue(csv.header("Content-Type").startsWith("text/csv"));
                assertTrue(csv.header("Content-Disposition").contains("wres-round-" + small + "-indicator-" + indicator));
                // The same words in one file, however many tables the page shows, except that a gap of
                // "+1.4" points is the number 1.4 to a spreadsheet.
                List<List<String>> lines = CsvLines.parse(csv.body());
                List<List<String>> shown = rows(page, "wres-" + indicator + "-" + breakdown).stream().map(l -> l.stream()
                        .map(c -> c.matches("\\+\\d+\\.\\d") ? c.substring(1) : c).toList()).toList();
                assertEquals(shown, lines.subList(2, lines.size()), indicator + " " + breakdown);
                if ("lmns".equals(breakdown)) {
                    String gap = lines.get(2).get(1 + GAP);
                    assertTrue(gap.matches("-?\\d+\\.\\d"), "a gap is a number, not a formula or text: " + gap);
                    assertEquals("Gap (BME minus White, percentage points)", lines.get(1).get(1 + GAP), "the unit is in the heading");
                }
                if (!"lmns".equals(breakdown)) {
                    assertTrue(csv.body().contains(HIDDEN), indicator + " " + breakdown);
                }
            }
            List<String> trust = CsvLines.parse(analyst.get("/reports/wres/" + small + "/indicator-" + indicator
                    + "/organisation.csv").body()).stream().filter(l -> l.get(0).equals(trustB)).findFirst().orElseThrow();
            assertEquals(HIDDEN, trust.get(1 + BME_N));
        }
        assertEquals(404, analyst.get("/reports/wres/" + small + "/indicator-4/lmns.csv").status());
        assertEquals(404, analyst.get("/reports/wres/" + small + "/indicator-5/everyone.csv").status());
    }

    @Test
    void aRoundNobodyAnsweredSaysSoPlainly() {
        long empty = new StaffFixture(jdbc, tx, keys).round("WRES nobody " + marker, LocalDate.of(2160, 4, 1));
        Document page = analyst().get("/reports/wres/" + empty).html();
        assertTrue(page.text().contains("Nobody has answered the staff survey in this round yet, so there are no figures to show."));
        assertTrue(page.select("table").isEmpty(), "no tables of figures nobody gave");
    }

    @Test
    void theRoundsAreListedWithTheirDatesInWords() {
        assertTrue(analyst().get("/reports/wres").html().text().contains("WRES current " + marker + " (open 1 April 2102 to "));
    }

    @Test
    void onlyAnalystsAndAdministratorsSeeTheReport() {
        String path = "/reports/wres/" + current;
        assertEquals(200, analyst().get(path).status());
        assertEquals(200, analyst().get("/reports/wres").status());
        WebClient admin = StaffSession.admin(server.getURI());
        assertEquals(200, admin.get(path).status());
        assertTrue(admin.get("/reports/wres").html().select("a[href=" + path + "]").size() == 1, "the round chooser links it");
        assertTrue(admin.get("/admin").html().select("a[href=/reports/wres]").size() == 1, "home links the report");
        assertEquals(1, analyst().get("/admin").html().select("a[href=/reports/wres]").size());
        for (Role role : List.of(Role.DATA_ENTRY, Role.MVP_LEAD)) {
            WebClient other = signedIn(role);
            assertEquals(403, other.get(path).status(), role.name());
            assertEquals(403, other.get("/reports/wres").status(), role.name());
            assertEquals(403, other.get(path + "/indicator-5/lmns.csv").status(), role.name());
            assertEquals(0, other.get("/admin").html().select("a[href=/reports/wres]").size());
        }
        WebClient.Reply anonymous = new WebClient(server.getURI()).header("Accept", "text/html").get(path);
        assertEquals(303, anonymous.status());
        assertEquals("/sign-in", anonymous.location());
        assertEquals(404, analyst().get("/reports/wres/999999999").status());
    }

    @Test
    void onlyAdministratorsEnterComparators() {
        String form = "/reports/wres/" + previous + "/comparators";
        WebClient analyst = analyst();
        assertEquals(403, analyst.get(form).status());
        WebClient.Reply page = analyst.get("/reports/wres/" + previous);
        assertEquals(403, analyst.post(form, "csrfToken", StaffSession.csrfToken(page), "white5", "10").status());
        assertTrue(page.html().select("a[href=" + form + "]").isEmpty(), "analysts are not offered the form");

        WebClient admin = StaffSession.admin(server.getURI());
        assertEquals(403, admin.post(form, "white5", "10").status(), "no CSRF token");
        assertEquals(403, admin.post(form, "csrfToken", "forged", "white5", "10").status());
        assertEquals(0, Database.count(jdbc, tx, "SELECT COUNT(*) FROM wres_comparator WHERE round_id = ?", previous));
    }

    @Test
    void badComparatorsShowTheSamePageWithEveryValueKept() {
        WebClient admin = StaffSession.admin(server.getURI());
        String form = "/reports/wres/" + previous + "/comparators";
        String token = StaffSession.csrfToken(admin.get(form));
        WebClient.Reply reply = admin.post(form, "csrfToken", token, "white5", "twenty", "bme5", "150", "white6", "12.5",
                "bme6", "-3", "white7", "", "bme7", "", "white8", "", "bme8", "");

        assertEquals(422, reply.status());
        Document page = reply.html();
        assertTrue(page.title().startsWith("Error: "));
        assertEquals(List.of("#white5", "#bme5", "#bme6"), page.select(".error-summary a").eachAttr("href"));
        assertEquals(List.of("Enter a percentage as a number, like 23.5, or leave the box blank",
                "Enter a percentage from 0 to 100", "Enter a percentage as a number, like 23.5, or leave the box blank"),
                page.select(".error-summary a").eachText());
        assertEquals("twenty", page.selectFirst("#white5").val());
        assertEquals("150", page.selectFirst("#bme5").val());
        assertEquals("12.5", page.selectFirst("#white6").val());
        assertEquals("-3", page.selectFirst("#bme6").val());
        assertEquals("white5-error", page.selectFirst("#white5").attr("aria-describedby"));
        assertEquals(0, Database.count(jdbc, tx, "SELECT COUNT(*) FROM wres_comparator WHERE round_id = ?", previous),
                "nothing saved while any figure is wrong");
    }

    /** A round's LMNS-wide row as the report must publish it for the respondents the fixture stored. */
    private List<String> lmns(long round, WresIndicator indicator) {
        WresBreakdown byOrganisation = breakdown(round, indicator, true);
        WresBreakdown byStaffGroup = breakdown(round, indicator, false);
        return words(WresReport.cells(WresBreakdown.overall(byOrganisation, byStaffGroup, WresBreakdown.WHITE),
                WresBreakdown.overall(byOrganisation, byStaffGroup, WresBreakdown.BME),
                WresBreakdown.overall(byOrganisation, byStaffGroup, WresBreakdown.UNKNOWN).n(),
                WresBreakdown.overallTotal(byOrganisation, byStaffGroup), translations.texts(translations.source())));
    }

    /** One row of the table by organisation (trust A, then B, as they sort by name) or by staff group. */
    private List<String> row(long round, WresIndicator indicator, boolean byOrganisation, int r) {
        WresBreakdown figures = breakdown(round, indicator, byOrganisation);
        return words(WresReport.cells(figures.group(r, WresBreakdown.WHITE), figures.group(r, WresBreakdown.BME),
                figures.unknown(r), figures.total(r), translations.texts(translations.source())));
    }

    private WresBreakdown breakdown(long round, WresIndicator indicator, boolean byOrganisation) {
        List<Respondent> respondents = stored.get(round);
        List<String> rows = new ArrayList<>();
        if (byOrganisation) {
            respondents.stream().map(r -> r.organisationId()).distinct().sorted().forEach(id -> rows.add(id.toString()));
        } else {
            rows.addAll(WresReport.STAFF_GROUPS.keySet());
            rows.add(WresReport.NOT_GIVEN);
        }
        return WresBreakdown.of(rows, byOrganisation ? WresReport::organisationRow : WresReport::staffGroupRow, respondents,
                indicator, false, policies.staff());
    }

    private static List<String> words(List<chorus.i18n.Text> cells) {
        return cells.stream().map(chorus.i18n.Text::value).toList();
    }

    private WebClient analyst() {
        return signedIn(Role.ANALYST);
    }

    private WebClient signedIn(Role role) {
        return StaffSession.newAccount(server, role).header("Accept", "text/html");
    }

    /** The cells after the row heading of the row whose heading is given. */
    static List<String> row(Document page, String table, String heading) {
        return rows(page, table).stream().filter(r -> r.get(0).equals(heading)).findFirst()
                .map(r -> r.subList(1, r.size()))
                .orElseThrow(() -> new AssertionError("no row " + heading + " in " + table + ": " + rows(page, table)));
    }

    /**
     * Each body row of a table: heading, then cells. The page shows a table's columns as several
     * narrower tables, each row under the same heading: their cells are put back side by side.
     */
    static List<List<String>> rows(Document page, String table) {
        Element block = page.getElementById(table);
        assertNotNull(block, "no table " + table);
        List<List<String>> rows = new ArrayList<>();
        for (Element part : block.select("table")) {
            List<Element> trs = part.select("tbody tr");
            for (int r = 0; r < trs.size(); r++) {
                List<String> cells = trs.get(r).children().eachText();
                if (rows.size() <= r) {
                    rows.add(new ArrayList<>(cells));
                } else {
                    assertEquals(rows.get(r).get(0), cells.get(0), "every part of " + table + " has the same rows");
                    rows.get(r).addAll(cells.subList(1, cells.size()));
                }
            }
        }
        return rows;
    }

    /** White, BME, unknown and total numbers of a row; -1 where hidden. */
    private static int[] counts(List<String> cells) {
        return java.util.stream.IntStream.of(WHITE_N, BME_N, UNKNOWN_N, TOTAL_N)
                .map(i -> cells.get(i).equals(HIDDEN) ? -1 : Integer.parseInt(cells.get(i))).toArray();
    }
}
