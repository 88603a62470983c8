package chorus.representation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.account.AccountService;
import chorus.system.Role;
import chorus.disclosure.DisclosurePolicies;
import chorus.disclosure.RecordKeys;
import chorus.i18n.Translations;
import chorus.report.ReportTable;
import chorus.survey.EthnicCategory;
import chorus.support.Database;
import chorus.support.StaffSession;
import chorus.support.WebClient;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The representation report on a known set of voices against the Norfolk and Waveney baseline
 * shipped in src/main/resources/samples/. Every figure passes the cell key method, so the test
 * writes down which records belong in which cell ({@link HeardModel}) and works the expected tables
 * out through the same disclosure control; figures of even counts, which the method publishes as
 * they are, are also worked out by hand.
 */
@MicronautTest(transactional = false)
class RepresentationReportTest {

    /** Events of this class are held in 1991 (and 1993 for the small group), dates no other test uses. */
    static final String PERIOD = "from=1991-01-01&to=1991-12-31";

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
    Baselines baselines;
    @Inject
    DisclosurePolicies policies;

    static String mvpA;
    /** Who MVP A heard in 1991, as the records the report should count. */
    static java.util.function.Function<RecordKeys, Heard> heardByA;
    static String mvpB;
    static String mvpSmall;
    static long baseline;

    @BeforeEach
    void fixture() throws IOException {
        if (mvpA != null) {
            return;
        }
        WebClient admin = StaffSession.admin(server.getURI());
        importFile(admin, "/reports/baselines", Files.readString(Path.of("src/main/resources/samples/norfolk-waveney-ethnic-group-2019.csv")));
        importFile(admin, "/reports/deprivation", "postcode_district,quintile\nNR3,1\nNR1,2\n");
        baseline = Database.count(jdbc, tx, "SELECT id FROM population_baseline WHERE area = 'Norfolk and Waveney'");

        Voices voices = new Voices(jdbc, tx, keys);
        String a = Voices.unique("rep-a-");
        long mvp = voices.mvp(a);
        // Event 1, a listening event of 40: 15 by the QR link (A ×10, five of them NR3 and Polish; J ×5),
        // 5 keyed-in paper slips (N ×5, district NR1 kept as text), a tally of A ×10, so 10 not asked.
        long one = voices.event(mvp, "LISTENING_EVENT", LocalDate.of(1991, 3, 1), 40);
        List<Long> polish = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            polish.add(voices.aboutYou(one, "EVENT", "A", "nr3", false, "pl"));
        }
        List<Long> white = voices.aboutYou(one, "EVENT", "A", 5);
        List<Long> pakistani = voices.aboutYou(one, "EVENT", "J", 5);
        List<Long> african = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            african.add(voices.aboutYou(one, "PAPER", "N", "NR1", true, null));
        }
        voices.tally(one, "A", 10);
        // Event 2, a community visit of 30: a tally of A 10, K 5, D 5, Z 5, so 5 not asked.
        long two = voices.event(mvp, "COMMUNITY_VISIT", LocalDate.of(1991, 6, 1), 30);
        voices.tally(two, "A", 10);
        voices.tally(two, "K", 5);
        voices.tally(two, "D", 5);
        voices.tally(two, "Z", 5);
        heardByA = k -> new HeardModel(k)
                .answers(polish, "LISTENING_EVENT", EthnicCategory.A, 1, "pl")
                .answers(white, "LISTENING_EVENT", EthnicCategory.A, 0, null)
                .answers(pakistani, "LISTENING_EVENT", EthnicCategory.J, 0, null)
                .answers(african, "LISTENING_EVENT", EthnicCategory.N, 2, null)
                .tally(one, "LISTENING_EVENT", "A", 10).notAsked(one, "LISTENING_EVENT", 10)
                .tally(two, "COMMUNITY_VISIT", "A", 10).tally(two, "COMMUNITY_VISIT", "K", 5)
                .tally(two, "COMMUNITY_VISIT", "D", 5).tally(two, "COMMUNITY_VISIT", "Z", 5)
                .notAsked(two, "COMMUNITY_VISIT", 5).heard;
        // Outside the period: must not count.
        long outside = voices.event(mvp, "OTHER", LocalDate.of(1992, 1, 1), 9);
        voices.tally(outside, "M", 9);

        String b = Voices.unique("rep-b-");
        voices.event(voices.mvp(b), "LISTENING_EVENT", LocalDate.of(1991, 3, 1), 12);

        String small = Voices.unique("rep-s-");
        // A, 20; Asian (H), 3: hidden; Black (M), 6: hidden too, or the 3 could be worked out from the total.
        long three = voices.event(voices.mvp(small), "LISTENING_EVENT", LocalDate.of(1993, 5, 5), 29);
        voices.tally(three, "A", 20);
        voices.tally(three, "H", 3);
        voices.tally(three, "M", 6);
        mvpA = a;
        mvpB = b;
        mvpSmall = small;
    }

    static void importFile(WebClient client, String path, String csv) {
        WebClient.Reply page = client.get(path);
        assertEquals(200, page.status(), page.body());
        WebClient.Reply done = client.post(path, "csrfToken", StaffSession.csrfToken(page), "csv", csv);
        assertEquals(303, done.status(), done.body());
    }

    private Document report(WebClient client, String mvp, String query) {
        WebClient.Reply reply = client.get("/reports/representation/mvp/" + mvp + "?" + query);
        assertEquals(200, reply.status(), reply.body());
        return reply.html();
    }

    private static List<List<String>> rows(Document page, String table) {
        return page.getElementById("table-" + table).select("tbody tr").stream()
                .map(tr -> tr.select("th, td").stream().map(Element::text).toList()).toList();
    }

    /** A table as the report would publish it for MVP A's 1991 voices, through the same disclosure control. */
    private List<List<String>> expected(java.util.function.Function<RepresentationReport, ReportTable> table) {
        RepresentationReport report = new RepresentationReport(translations.texts(translations.source()),
                policies.serviceUsers(), "");
        return table.apply(report).rows().stream().map(r -> {
            List<String> row = new java.util.ArrayList<>(List.of(r.header().value()));
            r.cells().forEach(c -> row.add(c.value()));
            return List.copyOf(row);
        }).toList();
    }

    @Test
    void ratiosAndIntervalsMatchTheHandComputation() {
        Document page = report(StaffSession.admin(server.getURI()), mvpA, PERIOD + "&baseline=" + baseline);
        Heard heard = heardByA.apply(keys);
        java.util.Map<EthnicCategory.Group, Double> shares = baselines.shares(baseline);
        assertEquals(expected(r -> r.groups(heard, shares)), rows(page, "groups"));
        // Norfolk and Waveney shares: White 91.2 + 5.3 = 96.5%, Mixed 0.5%, Asian 1.9%, Black 0.6%,
        // Other 0.5% (they add up to 100). People heard with a group: 50 (White 30, Mixed 5, Asian 10,
        // Black 5, Other 0). Even counts are published as they are, so White and the total are exact.
        // White: 30/50 = 0.6; 0.6/0.965 = 0.6218. Wilson 95% for 30 of 50: denominator 1 + 1.96²/50 =
        // 1.076832; centre (0.6 + 1.96²/100)/1.076832 = 0.592865; half-width
        // 1.96·√(0.6·0.4/50 + 1.96²/(4·50²))/1.076832 = 0.131053; so 0.461812 to 0.723918, ÷0.965 =
        // 0.4786 to 0.7502: ratio under 0.8 and the whole interval under 1, so under-represented.
        // The 5s of Mixed and Black read 4 (hidden) or 6, as their keys fall; the 10 is shown unless it
        // must protect one of them.
        assertEquals(List.of("White", "30", "60.0%", "96.5%", "0.62 (0.48 to 0.75)", "Yes, under-represented"),
                rows(page, "groups").get(0));
        assertEquals(List.of("All with an ethnic group recorded", "50", "100.0%", "100.0%", "", ""), rows(page, "groups").get(5));
        assertTrue(page.text().contains("Heard less often than their share of the population (under-represented): White"),
                "the flag is in words at the top");
        // 70 people: 50 with a group, 5 prefer not to say, 15 not asked (10 + 5 of the attendance).
        assertEquals(expected(r -> r.completeness(heard)), rows(page, "completeness"));
        assertEquals(List.of("All people heard", "70", "100.0%"), rows(page, "completeness").get(3));
        // Minority: 20 of the 50 (all but the 30 White British); completeness 50 of 70, below 90%.
        assertEquals(expected(r -> r.trend(heard, new Heard(), "1991-01-01 to 1991-12-31", "1990-01-01 to 1990-12-31", 90))
                .subList(0, 3).stream().map(l -> l.subList(0, 2)).toList(),
                rows(page, "trend").stream().map(l -> l.subList(0, 2)).toList());
        assertEquals(List.of("Voices from ethnic minority groups", "40.0%"), rows(page, "trend").get(1).subList(0, 2),
                "20 (even) of 50 (even)");
        assertEquals(List.of("Listening event", "40", "57.1%"), rows(page, "kinds").get(0));
        assertEquals(List.of("Community visit", "30", "42.9%"), rows(page, "kinds").get(3));
        assertEquals(expected(r -> r.languages(heard)), rows(page, "languages"));
    }

    @Test
    void qrPaperAndTalliesAllCountInTheSameReport() {
        Document page = report(StaffSession.admin(server.getURI()), mvpA, PERIOD + "&baseline=" + baseline);
        // Pakistani by the QR link, African on paper slips, Bangladeshi in a tally: each 5, so each reads
        // 4 (hidden) or 6 as its keys fall; left out, it would read 0. White British: 10 by QR and 20 in tallies.
        Heard heard = heardByA.apply(keys);
        assertEquals(expected(r -> r.categories(heard)), rows(page, "categories"));
        assertTrue(rows(page, "categories").contains(List.of("White", "British, English, Welsh, Scottish or Northern Irish", "30")));
    }

    @Test
    void theDeprivationProfileIsLabelledApproximate() {
        Document page = report(StaffSession.admin(server.getURI()), mvpA, PERIOD + "&baseline=" + baseline);
        assertEquals("People heard by deprivation quintile (approximate)", page.getElementById("table-deprivation").select("caption").text());
        // NR3 (five by QR, typed lower case) is quintile 1; NR1 (five slips, kept as text) is 2: each 5.
        Heard heard = heardByA.apply(keys);
        assertEquals(expected(r -> r.deprivation(heard)), rows(page, "deprivation"));
        assertEquals(List.of("3", "0", "0.0%"), rows(page, "deprivation").get(2));
        assertEquals(List.of("All people heard", "70", "100.0%"), rows(page, "deprivation").get(6));
        assertTrue(page.select("p.approximate").text().startsWith("Approximate:"));
        WebClient.Reply csv = StaffSession.admin(server.getURI()).get("/reports/representation/mvp/" + mvpA + "/csv?" + PERIOD
                + "&table=deprivation");
        assertTrue(csv.body().startsWith("\uFEFFPeople heard by deprivation quintile (approximate)\r\n"
                + "Deprivation quintile (approximate),People,Percentage\r\n"), csv.body());
        assertTrue(page.select("#table-deprivation svg title").text().contains("(approximate)"), "the chart says so too");
    }

    @Test
    void everyTableOfThePageIsItsCsvFigureForFigureAndAskingAgainChangesNothing() {
        WebClient admin = StaffSession.admin(server.getURI());
        String query = PERIOD + "&baseline=" + baseline;
        Document page = report(admin, mvpA, query);
        assertEquals(page.select("table").outerHtml(), report(admin, mvpA, query).select("table").outerHtml(),
                "the same records give the same figures every time");
        for (String table : List.of("groups", "categories", "completeness", "trend", "deprivation", "kinds", "languages")) {
            WebClient.Reply csv = admin.get("/reports/representation/mvp/" + mvpA + "/csv?" + query + "&table=" + table);
            assertEquals(200, csv.status(), table);
            List<List<String>> lines = chorus.support.CsvLines.parse(csv.body());
            assertEquals(rows(page, table), lines.subList(2, lines.size()), table);
        }
    }

    @Test
    void aGroupOfThreeIsHiddenOnThePageAndInTheCsv() {
        WebClient admin = StaffSession.admin(server.getURI());
        String period = "from=1993-01-01&to=1993-12-31&baseline=" + baseline;
        List<List<String>> groups = rows(report(admin, mvpSmall, period), "groups");
        String hidden = "hidden (fewer than 5, or to protect a smaller number)";
        assertEquals(List.of("Asian or Asian British", hidden, hidden, "1.9%", hidden, hidden), groups.get(2));
        assertEquals(hidden, groups.get(3).get(1), "Black is hidden too, or the 3 is the total less the rest");
        assertEquals("20", groups.get(0).get(1));
        WebClient.Reply csv = admin.get("/reports/representation/mvp/" + mvpSmall + "/csv?" + period + "&table=groups");
        assertEquals(200, csv.status());
        assertEquals("text/csv; charset=utf-8", csv.header("Content-Type"));
        String asian = csv.body().lines().filter(l -> l.startsWith("Asian")).findFirst().orElseThrow();
        assertTrue(asian.startsWith("Asian or Asian British,\"" + hidden.replace(",", ",") + "\""), asian);
        assertFalse(asian.contains(",3,") || asian.contains("15.8"), asian);
        List<List<String>> categories = rows(report(admin, mvpSmall, period), "categories");
        assertTrue(categories.contains(List.of("Asian or Asian British", "Indian", hidden)), categories.toString());
        assertFalse(csv.body().contains(",3\r\n"));
    }

    @Test
    void anMvpLeadSeesOnlyTheirOwnMvp() {
        String name = Voices.unique("lead-");
        accounts.create(name, "lead password 12", Role.MVP_LEAD,
                Database.count(jdbc, tx, "SELECT id FROM mvp WHERE code = ?", mvpA));
        WebClient lead = StaffSession.signIn(server.getURI(), name, "lead password 12");
        assertEquals(200, lead.get("/reports/representation/mvp/" + mvpA + "?" + PERIOD).status());
        assertEquals(404, lead.get("/reports/representation/mvp/" + mvpB + "?" + PERIOD).status());
        assertEquals(404, lead.get("/reports/representation/mvp/" + mvpB + "/csv?" + PERIOD + "&table=groups").status());
        WebClient.Reply whole = lead.get("/reports/representation?" + PERIOD);
        assertEquals(303, whole.status());
        assertEquals("/reports/representation/mvp/" + mvpA, whole.location());
        assertEquals(403, lead.get("/reports/representation/csv?" + PERIOD + "&table=groups").status());
        assertEquals(403, lead.get("/reports/baselines").status());
        assertTrue(lead.get("/admin").body().contains("href=\"/reports/representation\""), "linked from the home page");
        assertEquals(404, StaffSession.admin(server.getURI()).get("/reports/representation/mvp/no-such-mvp").status());
    }

    @Test
    void theWholeLmnsReportCountsEveryMvp() {
        WebClient.Reply reply = StaffSession.admin(server.getURI()).get("/reports/representation?" + PERIOD + "&baseline=" + baseline);
        assertEquals(200, reply.status());
        // Every event of 1991 anywhere: at least MVP A's 70 and MVP B's 12 not asked.
        int all = Integer.parseInt(rows(reply.html(), "completeness").get(3).get(1));
        assertTrue(all >= 82, "all MVPs: " + all);
    }

    @Test
    void withNoAreaNamedAsTheLmnsTheDefaultIsTheNewestCountsOfEveryAreaAddedUp() {
        WebClient admin = StaffSession.admin(server.getURI());
        // Two areas of 1,000 people each, in the newest edition of counts there is: together half White, half Asian.
        importFile(admin, "/reports/baselines", "area,source,year,classification,category,count\n"
                + "Sumshire North,Sum test,2095,NHS,A,900\nSumshire North,Sum test,2095,NHS,H,100\n"
                + "Sumshire South,Sum test,2095,NHS,A,100\nSumshire South,Sum test,2095,NHS,H,900\n");
        Document page = report(admin, mvpA, PERIOD);
        assertEquals("The whole LMNS (every area of Sum test, 2095, added up)", page.selectFirst("#baseline option[selected]").text());
        assertEquals(List.of("50.0%", "50.0%"), List.of(rows(page, "groups").get(0).get(3), rows(page, "groups").get(2).get(3)),
                "White and Asian shares of the two areas together");
    }

    @Test
    void aBadPeriodIsRefusedWithTheTypedValuesKept() {
        WebClient.Reply reply = StaffSession.admin(server.getURI()).get("/reports/representation/mvp/" + mvpA
                + "?from=1991-13-01&to=1990-01-01");
        assertEquals(422, reply.status());
        Document page = reply.html();
        assertTrue(page.title().startsWith("Error:"));
        assertEquals("1991-13-01", page.getElementById("from").attr("value"));
        assertEquals(1, page.select(".error-summary a[href=#from]").size());
    }
}
