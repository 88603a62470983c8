package chorus.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.system.Role;
import chorus.disclosure.RecordKeys;
import chorus.support.CsvLines;
import chorus.support.Database;
import chorus.support.Responses;
import chorus.support.StaffSession;
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
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Survey results by ethnic group on a known set of maternity-experience responses, sent in 2091, a
 * year no other test uses. Every count is even, and the cell key method publishes even counts as
 * they are, so the expected shares and intervals are worked by hand from the Wilson formula
 * (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n) and Newcombe's hybrid score method for the gap.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultsReportTest {

    private static final String PERIOD = "from=2091-01-01&to=2091-12-31";
    private static final String HIDDEN = "hidden (fewer than 5, or to protect a smaller number)";
    private static final String NA = "not available";

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;
    @Inject
    RecordKeys keys;

    @BeforeAll
    void fixture() {
        // White British: 30 answered the FFT, 24 positively; 28 of them answered "listened to" (2 more
        // said not applicable), 20 agreeing. Black: 20, 8 positive; 20, 10 agreeing. Asian: 4, a group
        // too small to show. Not stated: 6, shown or hidden as the partner that protects the 4.
        people(20, "A", "very_good", "agree");
        people(4, "A", "very_good", "disagree");
        people(4, "A", "poor", "disagree");
        people(2, "A", "poor", "not_applicable");
        people(8, "N", "good", "strongly_agree");
        people(2, "M", "poor", "agree");
        people(10, "M", "very_poor", "disagree");
        people(2, "H", "very_good", "agree");
        people(2, "H", "neither", "neither");
        people(4, "Z", "good", "agree");
        people(2, "Z", "dont_know", "disagree");
    }

    @Test
    void theFriendsAndFamilyTestByEthnicGroupMatchesTheHandWorkedFiguresOnThePageAndInTheCsv() {
        WebClient analyst = StaffSession.newAccount(server, Role.ANALYST);
        WebClient.Reply reply = analyst.get("/reports/results/maternity-experience?" + PERIOD + "&by=ethnicity");
        assertEquals(200, reply.status());
        List<List<String>> fft = rows(reply.html(), "results-fft");
        assertEquals(List.of("White British", "30", "80.0%", "62.7% to 90.5%", NA, "Comparison group"), fft.get(0));
        assertEquals(List.of("Black or Black British", "20", "40.0%", "21.9% to 61.3%", "-40.0 (-60.9 to -12.5)",
                "Lower than White British: a clear difference"), fft.get(4));
        assertEquals(List.of("Asian or Asian British", HIDDEN, HIDDEN, HIDDEN, NA, NA), fft.get(3), "a group of 4 is hidden");
        assertEquals(List.of("Not stated", HIDDEN, HIDDEN, HIDDEN, NA, NA), fft.get(6),
                "the smallest other group is hidden so that the total less the rest does not give the 4");
        assertEquals(List.of("Mixed or multiple ethnic groups", "0", NA, NA, NA, NA), fft.get(2));
        // Everyone: 60 answered, 38 very good or good ("don't know" counts in the total, as NHS England counts it).
        assertEquals(List.of("Everyone who answered", "60", "63.3%", "50.7% to 74.4%", NA, NA), fft.get(7));

        List<List<String>> csv = CsvLines.parse(analyst.get("/reports/results/maternity-experience/csv?" + PERIOD
                + "&by=ethnicity&table=fft").body());
        // A cell starting with a sign is written with a leading apostrophe, so no spreadsheet runs it as a formula.
        assertEquals(fft, csv.subList(2, csv.size()).stream().map(r -> r.stream().map(c -> c.replaceFirst("^'(?=[-+]\\d)", ""))
                .toList()).toList(), "the CSV is the page's table, the hidden group hidden too");
    }

    @Test
    void anAgreementQuestionLeavesNotApplicableOut() {
        WebClient analyst = StaffSession.newAccount(server, Role.ANALYST);
        List<List<String>> listened = rows(analyst.get("/reports/results/maternity-experience?" + PERIOD).html(),
                "results-antenatal_listened");
        assertEquals(List.of("White British", "28", "71.4%", "52.9% to 84.7%", NA, "Comparison group"), listened.get(0));
        assertEquals(List.of("Black or Black British", "20", "50.0%", "29.9% to 70.1%", "-21.4 (-45.5 to 5.9)",
                "No clear difference from White British"), listened.get(4));
    }

    @Test
    void everyBreakdownOfTheSurveyShowsAndTheHeadlineMeasuresComeFirst() {
        WebClient analyst = StaffSession.newAccount(server, Role.ANALYST);
        for (String by : List.of("ethnicity", "deprivation", "language", "age", "channel")) {
            WebClient.Reply reply = analyst.get("/reports/results/maternity-experience?" + PERIOD + "&by=" + by);
            assertEquals(200, reply.status(), by);
            Document page = reply.html();
            assertEquals("results-fft", page.select(".report-block").first().id(), "the FFT is the first headline measure");
            assertEquals("page", page.selectFirst("a[href*=by=" + by + "]").attr("aria-current"), by);
        }
        assertTrue(analyst.get("/reports/results/maternity-experience?" + PERIOD + "&by=disability").html()
                .selectFirst("a[aria-current=page]").attr("href").contains("by=ethnicity"),
                "a survey without a disability question falls back to the first breakdown it has");
    }

    @Test
    void aLeadSeesTheResponsesOfTheirOwnEventsOnly() {
        WebClient lead = StaffSession.newAccount(server, Role.MVP_LEAD);
        long mvp = Database.count(jdbc, tx, "SELECT MAX(id) FROM mvp");
        String reference = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Database.update(jdbc, tx, "INSERT INTO listening_event (mvp_id, reference, kind, held_on, attendance)"
                + " VALUES (?, ?, 'LISTENING_EVENT', DATE '2092-05-01', 10)", mvp, reference);
        long event = Database.count(jdbc, tx, "SELECT id FROM listening_event WHERE reference = ?", reference);
        for (int i = 0; i < 6; i++) {
            response("A", "good", "agree", event, LocalDate.of(2092, 5, 1));
        }
        // Six answers at the lead's own event in 2092; the analyst's view of 2092 has six more elsewhere.
        people(6, "A", "good", "agree", LocalDate.of(2092, 6, 1));
        List<List<String>> fft = rows(lead.get("/reports/results/maternity-experience?from=2092-01-01&to=2092-12-31"
                + "&mvp=someone-else").html(),
                "results-fft");
        assertEquals(List.of("Everyone who answered", "6", "100.0%", "61.0% to 100.0%", NA, NA), fft.get(7),
                "the six answers at the lead's event, not the six elsewhere");
        List<List<String>> all = rows(StaffSession.newAccount(server, Role.ANALYST).get(
                "/reports/results/maternity-experience?from=2092-01-01&to=2092-12-31").html(), "results-fft");
        assertEquals("12", all.get(7).get(1));
    }

    @Test
    void aBadDateIsShownOnTheSamePageWithWhatWasTyped() {
        WebClient analyst = StaffSession.newAccount(server, Role.ANALYST);
        WebClient.Reply reply = analyst.get("/reports/results/maternity-experience?from=2091-13-01&to=2091-12-31");
        assertEquals(422, reply.status());
        assertEquals("2091-13-01", reply.html().getElementById("from").val());
        assertTrue(reply.html().select(".report-block").isEmpty());
        assertEquals(403, StaffSession.newAccount(server, Role.DATA_ENTRY).get("/reports/results").status());
        assertEquals(404, analyst.get("/reports/results/staff-experience").status(), "staff answers are never in this report");
    }

    private void people(int n, String ethnicity, String fft, String listened) {
        people(n, ethnicity, fft, listened, LocalDate.of(2091, 3, 1));
    }

    private void people(int n, String ethnicity, String fft, String listened, LocalDate sent) {
        for (int i = 0; i < n; i++) {
            response(ethnicity, fft, listened, null, sent);
        }
    }

    private void response(String ethnicity, String fft, String listened, Long event, LocalDate sent) {
        new Responses(jdbc, tx, keys).write("maternity-experience", "en", "ONLINE", sent, event, "ethnicity", ethnicity, "fft", fft,
                "antenatal_listened", listened);
    }

    private static List<List<String>> rows(Document page, String table) {
        return page.getElementById(table).select("tbody tr").stream()
                .map(tr -> tr.select("th, td").stream().map(org.jsoup.nodes.Element::text).toList()).toList();
    }
}
