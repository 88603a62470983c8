package chorus.representation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.account.AccountService;
import chorus.account.Role;
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
 * shipped in src/main/resources/samples/, with every figure worked out by hand.
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

    static String mvpA;
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

        Voices voices = new Voices(jdbc, tx);
        String a = Voices.unique("rep-a-");
        long mvp = voices.mvp(a);
        // Event 1, a listening event of 40: 15 by the QR link (A ×10, five of them NR3 and Polish; J ×5),
        // 5 keyed-in paper slips (N ×5, district NR1 kept as text), a tally of A ×10, so 10 not asked.
        long one = voices.event(mvp, "LISTENING_EVENT", LocalDate.of(1991, 3, 1), 40);
        for (int i = 0; i < 5; i++) {
            voices.aboutYou(one, "EVENT", "A", "nr3", false, "pl");
        }
        voices.aboutYou(one, "EVENT", "A", 5);
        voices.aboutYou(one, "EVENT", "J", 5);
        for (int i = 0; i < 5; i++) {
            voices.aboutYou(one, "PAPER", "N", "NR1", true, null);
        }
        voices.tally(one, "A", 10);
        // Event 2, a community visit of 30: a tally of A 10, K 5, D 5, Z 5, so 5 not asked.
        long two = voices.event(mvp, "COMMUNITY_VISIT", LocalDate.of(1991, 6, 1), 30);
        voices.tally(two, "A", 10);
        voices.tally(two, "K", 5);
        voices.tally(two, "D", 5);
        voices.tally(two, "Z", 5);
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

    @Test
    void ratiosAndIntervalsMatchTheHandComputation() {
        Document page = report(StaffSession.admin(server.getURI()), mvpA, PERIOD + "&baseline=" + baseline);
        // Norfolk and Waveney shares: White 91.2 + 5.3 = 96.5%, Mixed 0.5%, Asian 1.9%, Black 0.6%,
        // Other 0.5% (they add up to 100). People heard with a group: 50 (White 30, Mixed 5, Asian 10,
        // Black 5, Other 0).
        // White: 30/50 = 0.6; 0.6/0.965 = 0.6218. Wilson 95% for 30 of 50: denominator 1 + 1.96²/50 =
        // 1.076832; centre (0.6 + 1.96²/100)/1.076832 = 0.592865; half-width
        // 1.96·√(0.6·0.4/50 + 1.96²/(4·50²))/1.076832 = 0.131053; so 0.461812 to 0.723918, ÷0.965 =
        // 0.4786 to 0.7502: ratio under 0.8 and the whole interval under 1, so under-represented.
        // Mixed: 5/50 = 0.1, ÷0.005 = 20.00; Wilson 5 of 50 = 0.043475 to 0.213605, ÷0.005 = 8.70 to 42.72.
        // Asian: 10/50 = 0.2, ÷0.019 = 10.53; Wilson 10 of 50 = 0.112436 to 0.330374, ÷0.019 = 5.92 to 17.39.
        // Black: 0.1 ÷ 0.006 = 16.67; 0.043475 to 0.213605 ÷ 0.006 = 7.25 to 35.60.
        // Other: 0 of 50 = 0; Wilson 0 to 0.071350, ÷0.005 = 0.00 to 14.27: not flagged, the interval reaches above 1.
        assertEquals(List.of(
                List.of("White", "30", "60.0%", "96.5%", "0.62 (0.48 to 0.75)", "Yes, under-represented"),
                List.of("Mixed or multiple ethnic groups", "5", "10.0%", "0.5%", "20.00 (8.70 to 42.72)", "No"),
                List.of("Asian or Asian British", "10", "20.0%", "1.9%", "10.53 (5.92 to 17.39)", "No"),
                List.of("Black, Black British, Caribbean or African", "5", "10.0%", "0.6%", "16.67 (7.25 to 35.60)", "No"),
                List.of("Other ethnic group", "0", "0.0%", "0.5%", "0.00 (0.00 to 14.27)", "No"),
                List.of("All with an ethnic group recorded", "50", "100.0%", "100.0%", "", "")),
                rows(page, "groups"));
        assertTrue(page.text().contains("Heard less often than their share of the population (under-represented): White"),
                "the flag is in words at the top");
        // 70 people: 50 with a group, 5 prefer not to say, 15 not asked (10 + 5 of the attendance).
        assertEquals(List.of(List.of("An ethnic group recorded", "50", "71.4%"), List.of("Prefer not to say", "5", "7.1%"),
                List.of("Not asked", "15", "21.4%"), List.of("All people heard", "70", "100.0%")), rows(page, "completeness"));
        // Minority: 20 of the 50 (all but the 30 White British) = 40.0%; completeness 50/70 = 71.4% < 90%.
        assertEquals(List.of(List.of("All people heard", "70", "0"),
                List.of("Voices from ethnic minority groups", "40.0%", "Cannot tell"),
                List.of("Ethnicity recorded (target 90%)", "71.4%, below the target", "Cannot tell")), rows(page, "trend"));
        assertEquals(List.of("Listening event", "40", "57.1%"), rows(page, "kinds").get(0));
        assertEquals(List.of("Community visit", "30", "42.9%"), rows(page, "kinds").get(3));
        assertEquals(List.of(List.of("Not given or not asked", "65", "92.9%"), List.of("pl", "5", "7.1%"),
                List.of("All people heard", "70", "100.0%")), rows(page, "languages"));
    }

    @Test
    void qrPaperAndTalliesAllCountInTheSameReport() {
        Document page = report(StaffSession.admin(server.getURI()), mvpA, PERIOD + "&baseline=" + baseline);
        List<List<String>> categories = rows(page, "categories");
        assertTrue(categories.contains(List.of("Asian or Asian British", "Pakistani", "5")), "QR link answers: " + categories);
        assertTrue(categories.contains(List.of("Black, Black British, Caribbean or African", "African", "5")), "paper slips");
        assertTrue(categories.contains(List.of("Asian or Asian British", "Bangladeshi", "5")), "tallies");
        assertTrue(categories.contains(List.of("White", "British, English, Welsh, Scottish or Northern Irish", "30")),
                "10 by QR and 20 in tallies");
    }

    @Test
    void theDeprivationProfileIsLabelledApproximate() {
        Document page = report(StaffSession.admin(server.getURI()), mvpA, PERIOD + "&baseline=" + baseline);
        assertEquals("People heard by deprivation quintile (approximate)", page.getElementById("table-deprivation").select("caption").text());
        // NR3 (five by QR, typed lower case) is quintile 1; NR1 (five slips, kept as text) is 2.
        assertEquals(List.of(List.of("1 (most deprived)", "5", "7.1%"), List.of("2", "5", "7.1%"), List.of("3", "0", "0.0%"),
                List.of("4", "0", "0.0%"), List.of("5 (least deprived)", "0", "0.0%"),
                List.of("Not known (no postcode district, or not in the lookup)", "60", "85.7%"),
                List.of("All people heard", "70", "100.0%")), rows(page, "deprivation"));
        assertTrue(page.select("p.approximate").text().startsWith("Approximate:"));
        WebClient.Reply csv = StaffSession.admin(server.getURI()).get("/reports/representation/mvp/" + mvpA + "/csv?" + PERIOD
                + "&table=deprivation");
        assertTrue(csv.body().startsWith("\uFEFFPeople heard by deprivation quintile (approximate)\r\n"
                + "Deprivation quintile (approximate),People,Percentage\r\n"), csv.body());
        assertTrue(page.select("#table-deprivation svg title").text().contains("(approximate)"), "the chart says so too");
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
