package chorus.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.disclosure.RecordKeys;
import chorus.support.CsvLines;
import chorus.support.Database;
import chorus.support.Responses;
import chorus.support.StaffSession;
import chorus.support.WebClient;
import chorus.system.Role;
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
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The board report for a quarter of 2093, a year no other test uses: its summary compares the
 * headline measures with the quarter before, its trend covers the five quarters to it, and its
 * sections follow the five priorities. Every count is even, so the cell key method publishes it as
 * it is and the shares are worked by hand.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoardReportTest {

    static final String Q3 = "from=2093-07-01&to=2093-09-30";
    static final String NA = "not available";

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
        // April to June: 20 answered the FFT, 16 very good (80%); 10 of 20 felt listened to (50%).
        people(16, "very_good", "agree", LocalDate.of(2093, 5, 10), 10);
        people(4, "poor", "disagree", LocalDate.of(2093, 5, 10), 0);
        // July to September: 30, 18 good (60%); 24 of 30 felt listened to (80%).
        people(18, "good", "agree", LocalDate.of(2093, 8, 20), 18);
        people(12, "poor", "agree", LocalDate.of(2093, 8, 20), 6);
    }

    @Test
    void theSummaryComesFirstAndComparesWithTheQuarterBefore() {
        WebClient analyst = StaffSession.newAccount(server, Role.ANALYST);
        WebClient.Reply reply = analyst.get("/reports/board?" + Q3);
        assertEquals(200, reply.status(), reply.body());
        Document page = reply.html();
        List<List<String>> summary = rows(page, "board-summary");
        assertEquals(List.of("60.0%", "30", "80.0%", "-20.0"), summary.get(0).subList(1, 5), "the FFT: " + summary.get(0));
        assertEquals(List.of("80.0%", "30", "50.0%", "+30.0"), summary.get(1).subList(1, 5), "felt listened to: " + summary.get(1));
        assertEquals(List.of(NA, "0", NA, NA), summary.get(2).subList(1, 5), "nobody answered: no share and no change");

        String facts = page.selectFirst(".board-summary dl").text();
        assertTrue(facts.contains("1 July 2093 to 30 September 2093") && facts.contains("The whole LMNS")
                && facts.contains("April 2093 to June 2093"), facts);
        Element first = page.selectFirst(".board-summary");
        Element restore = page.getElementById("restore");
        assertTrue(first.elementSiblingIndex() < restore.elementSiblingIndex(), "the summary comes before the sections");

        List<List<String>> trend = rows(page, "board-trend");
        assertEquals(List.of("FFT", NA, NA, NA, "80.0%", "60.0%").subList(1, 6), trend.get(0).subList(1, 6));
        assertEquals(List.of("July 2092 to September 2092", "October 2092 to December 2092", "January 2093 to March 2093",
                "April 2093 to June 2093", "July 2093 to September 2093"),
                page.getElementById("board-trend").select("thead th").eachText().subList(1, 6));
        assertNotNull(page.selectFirst(".trend-chart title"), "the chart is named for screen readers");

        for (String anchor : List.of("restore", "digital", "data", "coproduction", "staff")) {
            assertNotNull(page.getElementById(anchor), anchor);
        }
        assertNotNull(page.selectFirst("#restore #results-fft"), "the results by ethnic group, as the results page has them");
        assertNotNull(page.selectFirst("#coproduction #board-actions"));
        assertNotNull(page.selectFirst("#coproduction #board-localities"));
        assertNotNull(page.selectFirst("#digital [id^=results-online_access]"), "how people go online");
        assertEquals(0, page.select("#restore [id^=results-online_access]").size(), "only the headline measures under priority 1");
        assertNotNull(page.selectFirst("#data #board-paper"));
    }

    @Test
    void eachTableDownloadsAsTheSameFiguresInCsv() {
        WebClient analyst = StaffSession.newAccount(server, Role.ANALYST);
        Document page = analyst.get("/reports/board?" + Q3).html();
        String href = page.selectFirst("#board-summary a[href*=csv]").attr("href");
        List<List<String>> csv = CsvLines.parse(analyst.get(href).body());
        assertTrue(csv.stream().anyMatch(row -> row.size() > 4 && row.get(1).equals("60.0%") && row.get(4).equals("-20.0")),
                csv.toString());
        for (Element link : page.select(".report-block a[href^=/reports/board/csv]")) {
            assertEquals(200, analyst.get(link.attr("href")).status(), link.attr("href"));
        }
    }

    @Test
    void thePdfIsTaggedAndItsTextHoldsTheHeadlineFigures() throws Exception {
        WebClient analyst = StaffSession.newAccount(server, Role.ANALYST);
        String href = analyst.get("/reports/board?" + Q3).html().selectFirst(".board-pdf a").attr("href");
        assertEquals("application/pdf", analyst.get(href).header("Content-Type"));
        byte[] pdf = analyst.getBytes(href);
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertEquals("en", document.getDocumentCatalog().getLanguage());
            assertTrue(document.getDocumentInformation().getTitle().startsWith("Board report"), document.getDocumentInformation().getTitle());
            assertNotNull(document.getDocumentCatalog().getStructureTreeRoot(), "tagged for screen readers");
            String first = new org.apache.pdfbox.text.PDFTextStripper() {{ setStartPage(1); setEndPage(1); }}.getText(document);
            assertTrue(first.contains("60.0%") && first.contains("-20.0") && first.contains("+30.0"), "page 1 is the summary:\n" + first);
            assertTrue(first.contains("The whole LMNS") && first.contains("July 2093 to September 2093"), first);
            assertTrue(document.getNumberOfPages() > 1);
        }
    }

    @Test
    void aPeriodThatIsNotAWholeQuarterOrYearIsRefusedWithTheDatesKept() {
        WebClient analyst = StaffSession.newAccount(server, Role.ANALYST);
        WebClient.Reply refused = analyst.get("/reports/board?from=2093-07-01&to=2093-08-31");
        assertEquals(422, refused.status());
        assertTrue(refused.html().selectFirst(".error-summary").text().contains("whole quarter or a whole year"));
        assertEquals("2093-08-31", refused.html().getElementById("to").val());
        assertEquals(422, analyst.get("/reports/board?from=someday&to=2093-09-30").status());
        assertEquals(200, analyst.get("/reports/board?from=2093-04-01&to=2094-03-31").status(), "a financial year");
    }

    @Test
    void paperFormsWaitingTwoWeeksAfterTheirBatchWasOpenedMakeItLate() {
        long admin = Database.count(jdbc, tx, "SELECT MIN(id) FROM user_account");
        // In 1997, a year no other test uses: long enough ago for the waiting form to be late today.
        long late = batch("1997-08-01", admin);
        form(late, "PENDING", admin);
        form(late, "FINAL", admin);
        long done = batch("1997-08-02", admin);
        form(done, "FINAL", admin);
        WebClient analyst = StaffSession.newAccount(server, Role.ANALYST);
        List<List<String>> paper = rows(analyst.get("/reports/board?from=1997-07-01&to=1997-09-30").html(), "board-paper");
        assertEquals(List.of("2", "3", "2", "1", "1"), paper.stream().map(r -> r.get(1)).toList(), paper.toString());
    }

    private long batch(String openedOn, long by) {
        String reference = "B-" + UUID.randomUUID().toString().substring(0, 8);
        Database.update(jdbc, tx, "INSERT INTO paper_batch (reference, survey_id, created_by, created_on) VALUES (?, 'maternity-experience', ?, ?)",
                reference, by, java.sql.Date.valueOf(openedOn));
        return Database.count(jdbc, tx, "SELECT id FROM paper_batch WHERE reference = ?", reference);
    }

    private void form(long batch, String status, long by) {
        Database.update(jdbc, tx, "INSERT INTO keyed_form (batch_id, survey_id, survey_version, language, form_key, status, keyed_by,"
                + " keyed_at) VALUES (?, 'maternity-experience', 1, 'en', ?, ?, ?, ?)", batch, UUID.randomUUID().toString(), status, by,
                java.sql.Timestamp.valueOf("1997-08-03 10:00:00"));
    }

    @Test
    void aPeriodWithNothingSaysSoPlainly() {
        WebClient analyst = StaffSession.newAccount(server, Role.ANALYST);
        Document page = analyst.get("/reports/board?from=2095-01-01&to=2095-03-31").html();
        assertTrue(page.selectFirst(".board-summary").text().contains("Nothing was heard, answered or done"), page.text());
    }

    @Test
    void anotherRoleOrAnUnknownMvpFindsNoReport() {
        assertEquals(403, StaffSession.newAccount(server, Role.DATA_ENTRY).get("/reports/board?" + Q3).status());
        WebClient analyst = StaffSession.newAccount(server, Role.ANALYST);
        assertEquals(404, analyst.get("/reports/board?" + Q3 + "&scope=mvp:NOSUCHMVP").status());
        assertEquals(404, analyst.get("/reports/board?" + Q3 + "&scope=org:NOSUCHORG").status());
    }

    private void people(int n, String fft, String listened, LocalDate sent, int agreeing) {
        for (int i = 0; i < n; i++) {
            new Responses(jdbc, tx, keys).write("maternity-experience", "en", "ONLINE", sent, null, "ethnicity", "A", "fft", fft,
                    "antenatal_listened", i < agreeing ? "agree" : "disagree");
        }
    }

    private static List<List<String>> rows(Document page, String table) {
        return page.getElementById(table).select("tbody tr").stream()
                .map(tr -> tr.select("th, td").stream().map(Element::text).toList()).toList();
    }
}
