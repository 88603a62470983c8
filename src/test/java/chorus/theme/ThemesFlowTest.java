package chorus.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.disclosure.RecordKeys;
import chorus.support.CsvLines;
import chorus.support.Database;
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
 * What people said, from the inbox to the themes report, on answers and comments dated 2093, a year
 * no other test uses: an Urdu survey answer and a Polish event comment come in by themselves,
 * redacted; they are coded through the workspace; and the themes report counts people by ethnic group
 * with a small group hidden on the page and in the CSV.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThemesFlowTest {

    private static final String YEAR = "from=2093-01-01&to=2093-12-31";
    /** An Urdu "the interpreter did not come", with a phone number in Bengali digits and a listed midwife's name. */
    private static final String URDU = "ترجمان نہیں آیا۔ مجھے ০৭৭০০ ৯০০১২৩ پر فون کریں۔ Zofia Kowalczyk بہت اچھی تھی۔";
    /** A Polish comment with an NHS number (valid check digit), a full postcode and a 10-digit number that is not one. */
    private static final String POLISH = "Nie było tłumacza. Mój numer NHS to 943 476 5919, mieszkam przy NR1 3SR. Kod 1234567890.";

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;
    @Inject
    RecordKeys keys;
    @Inject
    SaidThemeStore saidThemes;

    private long leadMvp;
    private WebClient lead;

    @BeforeAll
    void fixture() {
        WebClient admin = StaffSession.admin(server.getURI());
        WebClient.Reply names = admin.get("/admin/redaction");
        assertEquals(303, admin.post("/admin/redaction", "csrfToken", StaffSession.csrfToken(names), "kind", "STAFF",
                "name", "Zofia  Kowalczyk").status(), "a listed name, typed with two spaces");
        lead = StaffSession.newAccount(server, Role.MVP_LEAD);
        leadMvp = Database.count(jdbc, tx, "SELECT mvp_id FROM user_account WHERE id = (SELECT MAX(id) FROM user_account)");
        long urdu = response("ur", "H", LocalDate.of(2093, 2, 10));
        answer(urdu, "do_better", null, URDU);
        String reference = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Database.update(jdbc, tx, "INSERT INTO listening_event (mvp_id, reference, kind, held_on, attendance)"
                + " VALUES (?, ?, 'LISTENING_EVENT', DATE '2093-03-05', 20)", leadMvp, reference);
        long event = Database.count(jdbc, tx, "SELECT id FROM listening_event WHERE reference = ?", reference);
        Database.update(jdbc, tx, "INSERT INTO event_comment (event_id, language, comment_text) VALUES (?, 'pl', ?)", event, POLISH);
    }

    @Test
    void aSurveyAnswerAndAnEventCommentComeInRedactedAndAreCodedThroughTheWorkspace() {
        WebClient analyst = StaffSession.newAccount(server, Role.ANALYST);
        Document queue = analyst.get("/themes?source=SURVEY&status=ALL&" + YEAR).html();
        Element row = queue.select("tbody tr").stream().filter(r -> r.text().contains("ترجمان")).findFirst().orElseThrow();
        assertFalse(row.text().contains("৯০০১২৩"), "the phone number in Bengali digits is redacted: " + row.text());
        assertFalse(row.text().contains("Kowalczyk"), "the listed name is redacted: " + row.text());
        assertTrue(row.text().contains(Redaction.marker(Redaction.Kind.PHONE)), row.text());
        assertTrue(row.text().contains(Redaction.marker(Redaction.Kind.NAME)), row.text());

        WebClient.Reply item = analyst.get(row.selectFirst("a").attr("href"));
        assertEquals(200, item.status());
        assertEquals(URDU, item.html().selectFirst(".said").text().replace("\u00a0", " ").strip(),
                "the coder sees the words as they were said");
        assertEquals("rtl", item.html().selectFirst(".said").attr("dir"));
        long theme = anyTheme();
        WebClient.Reply saved = analyst.post(item.html().selectFirst("form[action^=/themes/items]").attr("action"),
                fields(item.html(), Map.of("theme", Long.toString(theme), "sentiment", "NEGATIVE",
                        "gloss", "The interpreter did not come.")));
        assertEquals(303, saved.status(), saved.body());
        assertTrue(saved.header("Location").startsWith("/themes?source=SURVEY&"), "back to the queue it came from: " + saved.header("Location"));
        assertEquals(1, Database.count(jdbc, tx, "SELECT COUNT(*) FROM said_item i JOIN answer a ON a.id = i.answer_id"
                + " WHERE i.status = 'CODED' AND i.sentiment = 'NEGATIVE' AND i.gloss = 'The interpreter did not come.'"
                + " AND a.text_value = ?", URDU));

        // The comment is the lead's MVP's: the lead codes it; another MVP's lead is told it does not exist.
        Document comments = lead.get("/themes?source=EVENT&status=ALL&" + YEAR).html();
        Element comment = comments.select("tbody tr").stream().filter(r -> r.text().contains("tłumacza")).findFirst().orElseThrow();
        String text = comment.text();
        assertFalse(text.contains("943 476 5919"), "a valid NHS number with spaces is redacted: " + text);
        assertFalse(text.contains("NR1 3SR"), "a full postcode is redacted: " + text);
        assertTrue(text.contains("1234567890"), "a 10-digit number failing the NHS check digit is kept: " + text);
        String href = comment.selectFirst("a").attr("href");
        assertEquals(404, StaffSession.newAccount(server, Role.MVP_LEAD).get(href).status());
        WebClient.Reply open = lead.get(href);
        WebClient.Reply coded = lead.post(open.html().selectFirst("form[action^=/themes/items]").attr("action"),
                fields(open.html(), Map.of("theme", Long.toString(theme), "sentiment", "NEGATIVE")));
        assertEquals(303, coded.status(), coded.body());
    }

    @Test
    void badInputIsShownOnTheSamePageWithWhatWasTypedKept() {
        WebClient analyst = StaffSession.newAccount(server, Role.ANALYST);
        String href = analyst.get("/themes?source=SURVEY&status=ALL&" + YEAR).html().select("tbody tr a").stream()
                .filter(a -> a.text().contains("ترجمان")).findFirst().orElseThrow().attr("href");
        Document page = analyst.get(href).html();
        String action = page.selectFirst("form[action^=/themes/items]").attr("action");

        WebClient.Reply none = analyst.post(action, fields(page, Map.of("gloss", "kept gloss")));
        assertEquals(422, none.status());
        assertNotNull(none.html().getElementById("theme-error"), "no theme and not marked not relevant");
        assertNotNull(none.html().getElementById("sentiment-error"));
        assertEquals("kept gloss", none.html().getElementById("gloss").text());

        WebClient.Reply unknown = analyst.post(action, fields(page, Map.of("theme", "999999999", "sentiment", "MIXED")));
        assertEquals(422, unknown.status());
        assertTrue(unknown.html().getElementById("theme-error").text().contains("Choose themes from the list"));
        assertEquals("MIXED", unknown.html().selectFirst("input[name=sentiment][checked]").val());

        String longGloss = "x".repeat(CodingController.MAX_GLOSS + 1);
        WebClient.Reply tooLong = analyst.post(action, fields(page, Map.of("theme", Long.toString(anyTheme()),
                "sentiment", "MIXED", "gloss", longGloss)));
        assertEquals(422, tooLong.status());
        assertEquals(longGloss, tooLong.html().getElementById("gloss").text());

        WebClient.Reply leftIn = analyst.post(action, fields(page, Map.of("theme", Long.toString(anyTheme()),
                "sentiment", "MIXED", "redacted", "Call me on 07700 900123")));
        assertEquals(422, leftIn.status());
        assertTrue(leftIn.html().getElementById("redacted-error").text().contains("phone number"),
                leftIn.html().getElementById("redacted-error").text());
        assertEquals("Call me on 07700 900123", leftIn.html().getElementById("redacted").text());
    }

    @Test
    void twoCodersOnOneItemNeverOverwriteEachOtherSilently() {
        WebClient first = StaffSession.newAccount(server, Role.ANALYST);
        WebClient second = StaffSession.newAccount(server, Role.ANALYST);
        String id = UUID.randomUUID().toString();
        insertItem(id, "SURVEY", null, "Waiting times were long.", null, LocalDate.of(2093, 4, 1));
        Document one = first.get("/themes/items/" + id).html();
        Document two = second.get("/themes/items/" + id).html();
        assertEquals(303, first.post("/themes/items/" + id, fields(one, Map.of("theme", Long.toString(anyTheme()),
                "sentiment", "NEGATIVE"))).status());
        WebClient.Reply late = second.post("/themes/items/" + id, fields(two, Map.of("theme", Long.toString(anyTheme()),
                "sentiment", "POSITIVE")));
        assertEquals(409, late.status());
        assertEquals("POSITIVE", late.html().selectFirst("input[name=sentiment][checked]").val(), "the late coder's choice is kept");
        assertEquals(1, Database.count(jdbc, tx, "SELECT COUNT(*) FROM said_item WHERE id = ? AND sentiment = 'NEGATIVE'", id));
        assertEquals(303, second.post("/themes/items/" + id, fields(late.html(), Map.of())).status(),
                "saved once they have seen the other coding");
    }

    @Test
    void onlyTheRightRolesSeeTheWorkspace() {
        assertEquals(403, StaffSession.newAccount(server, Role.DATA_ENTRY).get("/themes").status());
        String staffItem = UUID.randomUUID().toString();
        insertItem(staffItem, "EVENT", leadMvp, "Staff were kind.", null, LocalDate.of(2093, 5, 1));
        Database.update(jdbc, tx, "UPDATE said_item SET source = 'STAFF', mvp_id = NULL, said_on = NULL WHERE id = ?", staffItem);
        assertEquals(404, StaffSession.newAccount(server, Role.ANALYST).get("/themes/items/" + staffItem).status(),
                "staff-survey items are for administrators only");
        assertEquals(200, StaffSession.admin(server.getURI()).get("/themes/items/" + staffItem).status());
        assertTrue(lead.get("/themes").html().select("input[name=source][value=SURVEY]").isEmpty(),
                "a lead is offered comments only");
        String survey = Database.text(jdbc, tx, "SELECT i.id FROM said_item i JOIN answer a ON a.id = i.answer_id"
                + " WHERE a.text_value = ?", URDU);
        assertEquals(404, lead.get("/themes/items/" + survey).status(), "a lead codes comments of their own MVP only");
    }

    @Test
    void theThemesReportCountsPeopleByEthnicGroupAndHidesASmallGroupOnThePageAndInTheCsv() {
        long theme = anyTheme();
        // Six Asian people and six White British coded with the theme, and four Black: too few to show.
        coded(6, "H", theme, LocalDate.of(2093, 7, 1));
        coded(6, "A", theme, LocalDate.of(2093, 7, 2));
        coded(4, "N", theme, LocalDate.of(2093, 7, 3));
        WebClient analyst = StaffSession.newAccount(server, Role.ANALYST);
        String query = "from=2093-07-01&to=2093-07-31";
        WebClient.Reply reply = analyst.get("/reports/themes?" + query);
        assertEquals(200, reply.status());
        List<List<String>> rows = rows(reply.html(), "themes-ethnicity");
        String name = Database.text(jdbc, tx, "SELECT name FROM theme WHERE id = ?", theme);
        List<String> row = rows.stream().filter(r -> r.get(0).endsWith(name)).findFirst().orElseThrow();
        // White British, other White, Mixed, Asian, Black, Other, Not stated, All people.
        assertTrue(row.get(5).startsWith("hidden"), "four Black people are hidden: " + row);
        // With the total shown, one more group is hidden, else 16 - 6 - 6 would give the four away.
        assertEquals(1, List.of(row.get(1), row.get(4)).stream().filter(c -> c.startsWith("hidden")).count(), row.toString());
        assertTrue(row.get(1).equals("6") || row.get(4).equals("6"), row.toString());
        assertEquals("16", row.get(8), "everyone coded with the theme");
        List<List<String>> csv = CsvLines.parse(analyst.get("/reports/themes/csv?" + query + "&table=ethnicity").body());
        List<String> csvRow = csv.stream().filter(r -> r.get(0).endsWith(name)).findFirst().orElseThrow();
        assertEquals(row, csvRow, "the CSV says what the page says, the small group hidden too");
    }

    @Test
    void aQuoteReachesTheReportOnlyOnceASecondPersonApprovedItAndNeverForASmallGroup() {
        long theme = anyTheme();
        // Eight Asian people: with three Black people hidden, the six White British are hidden with them, not these.
        String asian = coded(8, "A", theme, LocalDate.of(2094, 3, 1)).get(0);
        String black = coded(3, "N", theme, LocalDate.of(2094, 3, 2)).get(0);
        coded(6, "H", theme, LocalDate.of(2094, 3, 3));
        String said = "Nobody told me where the ward was, and I waited alone for hours.";
        Database.update(jdbc, tx, "UPDATE said_item SET redacted_text = ? WHERE id IN (?, ?)", said, asian, black);
        WebClient proposer = StaffSession.newAccount(server, Role.ANALYST);
        WebClient approver = StaffSession.newAccount(server, Role.ANALYST);
        String reportQuery = "/reports/themes?from=2094-03-01&to=2094-03-31";

        WebClient.Reply form = proposer.get("/themes/items/" + asian + "/quote");
        assertEquals(200, form.status());
        assertEquals(said, form.html().getElementById("quote").text(), "the redacted text to cut down");
        String csrf = StaffSession.csrfToken(form);
        String action = "/themes/items/" + asian + "/quote";
        WebClient.Reply invented = proposer.post(action, "csrfToken", csrf, "theme", Long.toString(theme),
                "quote", "The ward staff were rude to me", "gloss", "kept gloss");
        assertEquals(422, invented.status());
        assertTrue(invented.html().getElementById("quote-error").text().contains("words from the redacted text"));
        assertEquals("The ward staff were rude to me", invented.html().getElementById("quote").text(), "what was typed is kept");
        assertEquals("kept gloss", invented.html().getElementById("gloss").text());
        WebClient.Reply noTheme = proposer.post(action, "csrfToken", csrf, "quote", "I waited alone for hours");
        assertEquals(422, noTheme.status());
        assertNotNull(noTheme.html().getElementById("theme-error"));
        WebClient.Reply identifier = proposer.post(action, "csrfToken", csrf, "theme", Long.toString(theme),
                "quote", "Nobody told me … call 07700 900123");
        assertEquals(422, identifier.status());
        assertEquals(404, StaffSession.newAccount(server, Role.MVP_LEAD).get(action).status(), "a lead codes comments only");

        String quote = "Nobody told me where the ward was … I waited alone for hours.";
        WebClient.Reply proposed = proposer.post(action, "csrfToken", csrf, "theme", Long.toString(theme), "quote", quote);
        assertEquals(303, proposed.status(), proposed.body());
        assertFalse(approver.get(reportQuery).body().contains("I waited alone"), "not before a second person approved it");

        // The proposer is not offered a decision, and one sent anyway is refused with a message.
        Document mine = proposer.get("/themes/quotes").html();
        String quoteId = Database.text(jdbc, tx, "SELECT id FROM theme_quote WHERE item_id = ?", asian);
        assertNull(mine.selectFirst("form[action='/themes/quotes/" + quoteId + "']"));
        WebClient.Reply own = proposer.post("/themes/quotes/" + quoteId, "csrfToken", csrf, "decision", "APPROVED",
                "version", "0");
        assertEquals(422, own.status());
        assertTrue(own.html().getElementById("quote-" + quoteId + "-error").text().contains("someone else must approve"));
        assertFalse(approver.get(reportQuery).body().contains("I waited alone"));

        WebClient.Reply list = approver.get("/themes/quotes");
        Element decide = list.html().selectFirst("form[action='/themes/quotes/" + quoteId + "']");
        assertNotNull(decide, "a second person may decide");
        assertEquals(303, approver.post("/themes/quotes/" + quoteId, "csrfToken", StaffSession.csrfToken(list),
                "decision", "APPROVED", "version", decide.selectFirst("input[name=version]").val()).status());
        assertEquals(409, approver.post("/themes/quotes/" + quoteId, "csrfToken", StaffSession.csrfToken(list),
                "decision", "REJECTED", "version", decide.selectFirst("input[name=version]").val()).status(),
                "a decision already made is not made again");
        Document report = approver.get(reportQuery).html();
        assertTrue(report.select(".report-quotes blockquote").stream().anyMatch(b -> b.text().equals(quote)),
                "approved and from a group large enough to show");

        // Three Black people: their group is hidden for the theme, so a quote of one of them is never shown.
        String small = "I waited alone for hours";
        proposer.post("/themes/items/" + black + "/quote", "csrfToken", csrf, "theme", Long.toString(theme), "quote", small);
        String smallId = Database.text(jdbc, tx, "SELECT id FROM theme_quote WHERE item_id = ?", black);
        WebClient.Reply waiting = approver.get("/themes/quotes");
        assertEquals(303, approver.post("/themes/quotes/" + smallId, "csrfToken", StaffSession.csrfToken(waiting),
                "decision", "APPROVED", "version", "0").status());
        assertEquals(1, approver.get(reportQuery).html().select(".report-quotes blockquote").stream()
                .filter(b -> b.text().contains(small)).count(), "only the quote of the larger group");
    }

    @Test
    void suggestionPrecisionIsShownPerTheme() {
        long theme = anyTheme();
        for (boolean taken : new boolean[] {true, false, false, false}) {
            String id = UUID.randomUUID().toString();
            insertItem(id, "SURVEY", null, "Suggested for", null, LocalDate.of(2093, 9, 1));
            Database.update(jdbc, tx, "INSERT INTO theme_suggestion (item_id, theme_id, accepted) VALUES (?, ?, ?)", id, theme, taken);
        }
        long suggested = Database.count(jdbc, tx, "SELECT COUNT(*) FROM theme_suggestion WHERE theme_id = ?", theme);
        long accepted = Database.count(jdbc, tx, "SELECT COUNT(*) FROM theme_suggestion WHERE theme_id = ? AND accepted", theme);
        String name = Database.text(jdbc, tx, "SELECT name FROM theme WHERE id = ?", theme);
        Document page = StaffSession.newAccount(server, Role.ANALYST).get("/themes/agreement").html();
        Element row = page.select("tr").stream().filter(r -> r.selectFirst("th") != null
                && r.selectFirst("th").text().equals(name) && r.select("td").size() == 3).findFirst().orElseThrow();
        assertEquals(List.of(Long.toString(suggested), Long.toString(accepted),
                String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * accepted / suggested)),
                row.select("td").stream().map(Element::text).toList());
    }

    private long anyTheme() {
        return Database.count(jdbc, tx, "SELECT MIN(id) FROM theme WHERE parent_id IS NOT NULL AND retired = FALSE AND merged_into IS NULL");
    }

    private List<String> coded(int people, String ethnicity, long theme, LocalDate on) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            long response = response("en", ethnicity, on);
            String id = UUID.randomUUID().toString();
            insertItem(id, "SURVEY", null, "Something about care " + i, response, on);
            Database.update(jdbc, tx, "UPDATE said_item SET status = 'CODED', sentiment = 'NEGATIVE', decided_by = 'fixture'"
                    + " WHERE id = ?", id);
            Database.update(jdbc, tx, "INSERT INTO theme_coding (item_id, coder, theme_id) VALUES (?, 'fixture', ?)", id, theme);
            // Coded behind Chorus's back: write the rows the report counts by, as a save does.
            tx.executeWrite(status -> {
                saidThemes.refresh(id);
                return null;
            });
            ids.add(id);
        }
        return ids;
    }

    private long response(String language, String ethnicity, LocalDate sent) {
        String key = UUID.randomUUID().toString();
        Database.update(jdbc, tx, "INSERT INTO response (survey_id, survey_version, language, channel, submitted_on,"
                + " submission_key, record_key) VALUES ('maternity-experience', 1, ?, 'ONLINE', ?, ?, 0)",
                language, java.sql.Date.valueOf(sent), key);
        long id = Database.count(jdbc, tx, "SELECT id FROM response WHERE submission_key = ?", key);
        Database.update(jdbc, tx, "UPDATE response SET record_key = ? WHERE id = ?", keys.key("r:" + id), id);
        answer(id, "ethnicity", ethnicity, null);
        return id;
    }

    private void answer(long response, String question, String option, String text) {
        Database.update(jdbc, tx, "INSERT INTO answer (response_id, question_id, option_value, text_value) VALUES (?, ?, ?, ?)",
                response, question, option, text);
    }

    /** An item made directly, for tests that need one without an answer behind it. */
    private void insertItem(String id, String source, Long mvp, String text, Long response, LocalDate on) {
        Database.update(jdbc, tx, "INSERT INTO said_item (id, source, response_id, mvp_id, language, channel, said_on,"
                + " redacted_text, redaction_edited, status, safeguarding, double_coded, version, record_key)"
                + " VALUES (?, ?, ?, ?, 'en', 'ONLINE', ?, ?, FALSE, 'NEW', FALSE, FALSE, 0, ?)",
                id, source, response, mvp, java.sql.Date.valueOf(on), text, keys.key("i:" + id));
    }

    /** The form as the page fills it (hidden fields, ticks, texts), with these values in place of the page's. */
    private static String[] fields(Document page, Map<String, String> values) {
        List<String> pairs = new ArrayList<>();
        Element form = page.selectFirst("form[action^=/themes/items]");
        for (Element input : form.select("input[type=hidden], input[checked], textarea")) {
            String name = input.attr("name");
            if (!values.containsKey(name)) {
                pairs.add(name);
                pairs.add(input.tagName().equals("textarea") ? input.text() : input.val());
            }
        }
        values.forEach((name, value) -> {
            pairs.add(name);
            pairs.add(value);
        });
        return pairs.toArray(String[]::new);
    }

    private static List<List<String>> rows(Document page, String table) {
        List<List<String>> rows = new ArrayList<>();
        // A table shown in parts repeats the row headings: join the parts back into whole rows.
        List<Element> parts = page.getElementById(table).select("table");
        for (int p = 0; p < parts.size(); p++) {
            List<Element> trs = parts.get(p).select("tbody tr");
            for (int r = 0; r < trs.size(); r++) {
                List<String> cells = trs.get(r).select("th, td").stream().map(Element::text).toList();
                if (p == 0) {
                    rows.add(new ArrayList<>(cells));
                } else {
                    rows.get(r).addAll(cells.subList(1, cells.size()));
                }
            }
        }
        return rows;
    }
}
