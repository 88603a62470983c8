package chorus.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.support.Database;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Listening events over HTTP: who may see and change them, what is refused, and what counts on the event page. */
@MicronautTest(transactional = false)
class ListeningEventsTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;

    EventFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new EventFixtures(server.getURI(), jdbc, tx);
    }

    @Test
    void anMvpLeadGetsNotFoundForEveryRouteOfAnotherMvpsEvent() {
        WebClient owner = fixtures.lead(fixtures.mvp());
        WebClient other = fixtures.lead(fixtures.mvp());
        String marker = EventFixtures.unique();
        String reference = EventFixtures.event(owner, 12, marker);
        long id = eventId(reference);

        for (String path : List.of("", "/edit", "/tally", "/comments", "/qr?lang=en", "/poster", "/print")) {
            assertEquals(200, owner.get("/mvp/events/" + reference + path).status(), "the owner sees " + path);
            assertEquals(404, other.get("/mvp/events/" + reference + path).status(), "another MVP's lead gets 404 for " + path);
        }
        String token = EventFixtures.token(other, "/mvp/events");
        assertEquals(404, other.post("/mvp/events/" + reference,
                EventFixtures.eventFields(token, LocalDate.now(), 40, "changed")).status());
        assertEquals(404, other.post("/mvp/events/" + reference + "/tally", "csrfToken", token, "count-A", "3").status());
        assertEquals(404, other.post("/mvp/events/" + reference + "/comments", "csrfToken", token, "text", "x", "language", "en").status());

        assertFalse(other.get("/mvp/events").body().contains(reference), "the list shows only the lead's own MVP");
        assertTrue(owner.get("/mvp/events").body().contains(reference));
        assertEquals(12, Database.count(jdbc, tx, "SELECT attendance FROM listening_event WHERE id = ?", id));
        assertEquals(marker, partner(id), "nothing was changed");
        assertEquals(0, Database.count(jdbc, tx, "SELECT COUNT(*) FROM event_tally WHERE event_id = ?", id));
        assertEquals(0, Database.count(jdbc, tx, "SELECT COUNT(*) FROM event_comment WHERE event_id = ?", id));
    }

    @Test
    void anAnalystSeesTheListOfEventsButNeitherRawTalliesNorCommentsAndCannotChangeOne() {
        WebClient lead = fixtures.lead(fixtures.mvp());
        String reference = EventFixtures.event(lead, 8, EventFixtures.unique());
        long id = eventId(reference);
        String said = "heard-" + EventFixtures.unique();
        String leadToken = EventFixtures.token(lead, "/mvp/events/" + reference + "/comments");
        assertEquals(303, lead.post("/mvp/events/" + reference + "/comments", "csrfToken", leadToken, "text", said,
                "language", "en").status());
        assertTrue(lead.get("/mvp/events/" + reference).body().contains(said), "the MVP's lead sees what was said");
        WebClient analyst = fixtures.signedIn("ANALYST");

        for (String path : List.of("", "/qr", "/comments", "/tally")) {
            WebClient.Reply page = analyst.get("/mvp/events/" + reference + path);
            assertEquals(403, page.status(), path);
            assertFalse(page.body().contains(said), path);
        }
        Document list = analyst.get("/mvp/events").html();
        assertFalse(list.select("tbody tr").isEmpty(), "the list shows the events");
        assertTrue(list.select("a[href^=/mvp/events/]").isEmpty(), "with no way to their raw figures");
        assertFalse(list.body().text().contains(said));
        String token = EventFixtures.token(analyst, "/mvp/events");
        assertEquals(403, analyst.get("/mvp/events/new").status());
        assertEquals(403, analyst.get("/mvp/events/" + reference + "/edit").status());
        assertEquals(403, analyst.post("/mvp/events", EventFixtures.eventFields(token, LocalDate.now(), 3, "analyst")).status());
        assertEquals(403, analyst.post("/mvp/events/" + reference, EventFixtures.eventFields(token, LocalDate.now(), 30, "x")).status());
        assertEquals(403, analyst.post("/mvp/events/" + reference + "/tally", "csrfToken", token, "count-A", "1").status());
        assertEquals(403, analyst.post("/mvp/events/" + reference + "/comments", "csrfToken", token, "text", "x", "language", "en").status());
        assertEquals(8, Database.count(jdbc, tx, "SELECT attendance FROM listening_event WHERE id = ?", id));
        assertEquals(0, Database.count(jdbc, tx, "SELECT COUNT(*) FROM event_tally WHERE event_id = ?", id));
        assertEquals(1, Database.count(jdbc, tx, "SELECT COUNT(*) FROM event_comment WHERE event_id = ?", id));
        assertEquals(0, Database.count(jdbc, tx, "SELECT COUNT(*) FROM listening_event WHERE partner_organisation = 'analyst'"));
    }

    @Test
    void aDateInTheFutureIsRefusedAndEverythingTypedIsKept() {
        WebClient lead = fixtures.lead(fixtures.mvp());
        String marker = EventFixtures.unique();
        String token = EventFixtures.token(lead, "/mvp/events/new");

        WebClient.Reply refused = lead.post("/mvp/events", EventFixtures.eventFields(token, LocalDate.now().plusDays(1), 9, marker));

        assertEquals(422, refused.status());
        Document page = refused.html();
        assertTrue(page.title().startsWith("Error:"));
        assertEquals("#heldOn", page.selectFirst(".error-summary a").attr("href"));
        assertTrue(page.selectFirst(".error-summary").text().contains("today or in the past"));
        assertEquals(marker, page.selectFirst("#partnerOrganisation").val());
        assertEquals("Sylheti, Dari", page.selectFirst("#otherLanguages").val());
        assertEquals("9", page.selectFirst("#attendance").val());
        assertNotNull(page.selectFirst("input[name=languages][value=ur][checked]"));
        assertEquals(0, Database.count(jdbc, tx, "SELECT COUNT(*) FROM listening_event WHERE partner_organisation = ?", marker));
    }

    @Test
    void anEventKeepsItsLanguagesAndGetsAnUnguessableReference() {
        WebClient lead = fixtures.lead(fixtures.mvp());
        String reference = EventFixtures.event(lead, 4, EventFixtures.unique());

        assertTrue(reference.matches("[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{8}"), reference);
        long id = eventId(reference);
        assertEquals(4, Database.count(jdbc, tx, "SELECT COUNT(*) FROM listening_event_language WHERE event_id = ?"
                + " AND language IN ('ur', 'bn', 'Sylheti', 'Dari')", id));
        WebClient.Reply edit = lead.get("/mvp/events/" + reference + "/edit");
        assertEquals("Dari, Sylheti", edit.html().selectFirst("#otherLanguages").val());
    }

    @Test
    void talliesAboveTheAttendanceAreRefusedWithNothingStored() {
        WebClient lead = fixtures.lead(fixtures.mvp());
        String reference = EventFixtures.event(lead, 5, EventFixtures.unique());
        long id = eventId(reference);
        String path = "/mvp/events/" + reference + "/tally";
        String token = EventFixtures.token(lead, path);

        WebClient.Reply tooMany = lead.post(path, "csrfToken", token, "count-A", "3", "count-J", "3");
        assertEquals(422, tooMany.status());
        assertTrue(tooMany.html().selectFirst(".error-summary").text().contains("more than the 5 people"));
        assertEquals("3", tooMany.html().selectFirst("#count-J").val());

        WebClient.Reply notANumber = lead.post(path, "csrfToken", token, "count-A", "-1", "count-K", "two");
        assertEquals(422, notANumber.status());
        Document page = notANumber.html();
        assertEquals(List.of("#count-A", "#count-K"), page.select(".error-summary a").eachAttr("href"));
        assertTrue(page.selectFirst(".error-summary").text().contains("Bangladeshi"), "the message names the field");
        assertEquals("two", page.selectFirst("#count-K").val());

        assertEquals(0, Database.count(jdbc, tx, "SELECT COUNT(*) FROM event_tally WHERE event_id = ?", id));
    }

    @Test
    void unknownEthnicCategoriesAreRefused() {
        WebClient lead = fixtures.lead(fixtures.mvp());
        String reference = EventFixtures.event(lead, 50, EventFixtures.unique());
        long id = eventId(reference);
        String path = "/mvp/events/" + reference + "/tally";
        String token = EventFixtures.token(lead, path);

        for (String field : List.of("count-Q", "count-99", "count-a", "people")) {
            WebClient.Reply refused = lead.post(path, "csrfToken", token, "count-A", "2", field, "1");
            assertEquals(400, refused.status(), field);
        }
        assertEquals(0, Database.count(jdbc, tx, "SELECT COUNT(*) FROM event_tally WHERE event_id = ?", id));
    }

    @Test
    void aQrLinkAnswerATallyAndAKeyedPaperSlipAllCountOnTheEventPage() {
        WebClient lead = fixtures.lead(fixtures.mvp());
        String reference = EventFixtures.event(lead, 10, EventFixtures.unique());
        long id = eventId(reference);

        WebClient.Reply page = lead.get("/mvp/events/" + reference);
        String link = page.html().select("td.link-cell a").eachAttr("href").stream().filter(h -> h.endsWith("&lang=ur")).findFirst().orElseThrow();
        assertTrue(link.endsWith("/s/about-you?event=" + reference + "&lang=ur"), link);
        assertNotNull(page.html().selectFirst("a[href=/s/about-you/paper?lang=bn&event=" + reference + "]"), "a printed slip per language");
        assertNotNull(page.html().selectFirst("a[href=/data-entry?survey=about-you&event=" + reference + "]"), "key in slips");
        WebClient.Reply qr = lead.get("/mvp/events/" + reference + "/qr?lang=ur");
        assertEquals(200, qr.status());
        assertTrue(qr.body().contains("event=" + reference + "&amp;lang=ur") && qr.body().contains("<svg"), "QR of the event's link");

        answerAboutYou(reference, "ur");
        String token = StaffSession.csrfToken(page);
        assertEquals(303, lead.post("/mvp/events/" + reference + "/tally", "csrfToken", token, "count-A", "2", "count-Z", "1").status());
        Database.update(jdbc, tx, "INSERT INTO response (survey_id, survey_version, language, channel, event_id, submitted_on,"
                + " submission_key, record_key) VALUES ('about-you', 1, 'bn', 'PAPER', ?, CURRENT_DATE, ?, 0)", id, UUID.randomUUID().toString());

        Document shown = lead.get("/mvp/events/" + reference).html();
        assertEquals("2", shown.selectFirst("#answered").text(), "the QR link answer and the keyed paper slip");
        assertEquals("3", shown.selectFirst("#tallied").text());
        assertEquals("5", shown.selectFirst("#not-asked").text());
        assertEquals(1, Database.count(jdbc, tx, "SELECT COUNT(*) FROM response WHERE event_id = ? AND channel = 'EVENT'"
                + " AND survey_id = 'about-you'", id));

        String tallyPath = "/mvp/events/" + reference + "/tally";
        WebClient.Reply refused = lead.post(tallyPath, "csrfToken", token, "count-A", "9");
        assertEquals(422, refused.status(), "9 tallied and 2 answered are more than the 10 who took part");
        assertEquals(2, Database.count(jdbc, tx, "SELECT people FROM event_tally WHERE event_id = ? AND ethnic_category = 'A'", id));
        WebClient.Reply lower = lead.post("/mvp/events/" + reference, EventFixtures.eventFields(token, LocalDate.now(), 4, "lower"));
        assertEquals(422, lower.status(), "attendance below the 5 already counted");
        assertEquals(10, Database.count(jdbc, tx, "SELECT attendance FROM listening_event WHERE id = ?", id));
    }

    @Test
    void commentsAreRecordedInTheirLanguageAndLinkedToAnAboutYouResponse() {
        WebClient lead = fixtures.lead(fixtures.mvp());
        String reference = EventFixtures.event(lead, 10, EventFixtures.unique());
        long id = eventId(reference);
        answerAboutYou(reference, "bn");
        long response = Database.count(jdbc, tx, "SELECT MAX(id) FROM response WHERE event_id = ?", id);
        String path = "/mvp/events/" + reference + "/comments";
        String token = EventFixtures.token(lead, path);

        WebClient.Reply missing = lead.post(path, "csrfToken", token, "text", " ", "language", "Sylheti", "response", "");
        assertEquals(422, missing.status());
        assertEquals("#text", missing.html().selectFirst(".error-summary a").attr("href"));
        assertEquals(400, lead.post(path, "csrfToken", token, "text", "x", "language", "en", "response", "999999999").status(),
                "a response of another event");

        String said = "Nobody explained the scan to me " + EventFixtures.unique();
        WebClient.Reply added = lead.post(path, "csrfToken", token, "text", said, "language", "Sylheti", "response", String.valueOf(response));
        assertEquals(303, added.status(), added.body());
        assertEquals(1, Database.count(jdbc, tx, "SELECT COUNT(*) FROM event_comment WHERE event_id = ? AND language = 'Sylheti'"
                + " AND response_id = ?", id, response));
        String page = lead.get("/mvp/events/" + reference).html().selectFirst("#comments + p + ul, .comments").text();
        assertTrue(page.contains(said) && page.contains("Sylheti") && page.contains(String.valueOf(response)), page);

        String unlinked = "The waiting room had no chairs " + EventFixtures.unique();
        assertEquals(303, lead.post(path, "csrfToken", token, "text", unlinked, "language", "en", "response", "").status());
        String item = lead.get("/mvp/events/" + reference).html().select(".comments li").stream()
                .filter(li -> li.text().contains(unlinked)).findFirst().orElseThrow().text();
        assertTrue(!item.contains("Linked to"), "a comment saved with \"No link\" links to nothing: " + item);
    }

    @Test
    void formsWithoutTheSessionTokenAreRefused() {
        WebClient lead = fixtures.lead(fixtures.mvp());
        String marker = EventFixtures.unique();
        String[] fields = EventFixtures.eventFields("", LocalDate.now(), 3, marker);
        WebClient.Reply refused = lead.postRaw("/mvp/events", WebClient.encode(java.util.Arrays.copyOfRange(fields, 2, fields.length)));
        assertEquals(403, refused.status());
        assertEquals(0, Database.count(jdbc, tx, "SELECT COUNT(*) FROM listening_event WHERE partner_organisation = ?", marker));
        String reference = EventFixtures.event(lead, 3, EventFixtures.unique());
        assertEquals(403, lead.post("/mvp/events/" + reference + "/tally", "csrfToken", "forged", "count-A", "1").status());
        assertEquals(0, Database.count(jdbc, tx, "SELECT COUNT(*) FROM event_tally WHERE event_id = ?", eventId(reference)));
    }

    @Test
    void anMvpLeadAccountNeedsAnMvpAndOtherRolesHaveNone() {
        WebClient admin = fixtures.admin();
        String name = "lead-" + EventFixtures.unique();
        String token = EventFixtures.token(admin, "/admin/users");
        WebClient.Reply refused = admin.post("/admin/users", "csrfToken", token, "username", name, "password", EventFixtures.PASSWORD,
                "role", "MVP_LEAD");
        assertEquals(422, refused.status());
        assertEquals("#mvp", refused.html().select(".error-summary a").last().attr("href"));
        assertEquals(0, Database.count(jdbc, tx, "SELECT COUNT(*) FROM user_account WHERE username = ?", name));

        long mvp = fixtures.mvp();
        String analyst = "analyst-" + EventFixtures.unique();
        assertEquals(303, admin.post("/admin/users", "csrfToken", token, "username", analyst, "password", EventFixtures.PASSWORD,
                "role", "ANALYST", "mvp", String.valueOf(mvp)).status());
        assertEquals(1, Database.count(jdbc, tx, "SELECT COUNT(*) FROM user_account WHERE username = ? AND mvp_id IS NULL", analyst));

        WebClient.Reply home = fixtures.lead(mvp).get("/admin");
        assertNotNull(home.html().selectFirst("a[href=/mvp/events]"), "MVP leads reach their events from the home page");
    }

    /** Answers the about-you survey from the event's QR link, as a phone would. */
    private void answerAboutYou(String reference, String lang) {
        WebClient phone = new WebClient(server.getURI());
        assertEquals(200, phone.get("/s/about-you?event=" + reference + "&lang=" + lang).status());
        WebClient.Reply next = phone.post("/s/about-you", "lang", lang, "event", reference);
        for (int guard = 0; guard < 6 && !next.location().endsWith("/done"); guard++) {
            WebClient.Reply page = phone.follow(next);
            String token = WebClient.hiddenFields(page.html()).get("form-token");
            String action = page.html().selectFirst("form[method=post]").attr("action");
            // The same fields to every step: the group on the page, the background on its second step.
            next = phone.post(action, "form-token", token, "ethnicity.group", "asian", "ethnicity", "K", "disability", "prefer_not_to_say");
            assertEquals(303, next.status(), next.body());
        }
        assertTrue(next.location().endsWith("/done"));
    }

    private long eventId(String reference) {
        return Database.count(jdbc, tx, "SELECT id FROM listening_event WHERE reference = ?", reference);
    }

    private String partner(long id) {
        return tx.executeRead(s -> jdbc.prepareStatement("SELECT partner_organisation FROM listening_event WHERE id = ?", select -> {
            select.setLong(1, id);
            try (var row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }));
    }
}
