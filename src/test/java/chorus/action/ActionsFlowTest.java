package chorus.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.disclosure.RecordKeys;
import chorus.i18n.Language;
import chorus.i18n.Translations;
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
 * "You said, we did" from the staff form to the public page: an action linked to a theme and to a
 * coded item, done, shown in every shipped language and on its poster; translated by the XLIFF round
 * trip and shown in English again once its English changes; refused with messages, never overwritten
 * silently, and kept to each MVP lead's own MVP.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActionsFlowTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;
    @Inject
    RecordKeys keys;
    @Inject
    Translations translations;

    private long theme;
    private String item;
    private WebClient analyst;

    @BeforeAll
    void fixture() {
        theme = Database.count(jdbc, tx, "SELECT MIN(id) FROM theme WHERE parent_id IS NOT NULL AND retired = FALSE AND merged_into IS NULL");
        item = UUID.randomUUID().toString();
        Database.update(jdbc, tx, "INSERT INTO said_item (id, source, language, channel, said_on, redacted_text, redaction_edited,"
                + " status, sentiment, safeguarding, double_coded, version, record_key)"
                + " VALUES (?, 'SURVEY', 'en', 'ONLINE', DATE '2094-02-01', ?, FALSE, 'CODED', 'NEGATIVE', FALSE, FALSE, 0, ?)",
                item, "Nobody booked an interpreter, call me on 07700 900123", keys.key("i:" + item));
        Database.update(jdbc, tx, "INSERT INTO theme_coding (item_id, coder, theme_id) VALUES (?, 'fixture', ?)", item, theme);
        analyst = StaffSession.newAccount(server, Role.ANALYST);
    }

    @Test
    void aDoneActionIsOnThePublicPageInEveryLanguageAndOnItsPoster() {
        String title = "Interpreters booked at the first appointment " + unique();
        WebClient.Reply form = analyst.get("/actions/new");
        assertEquals(200, form.status());
        // Choosing the theme offers the items coded with it, redacted, before saving anything.
        WebClient.Reply offered = analyst.post("/actions", "csrfToken", StaffSession.csrfToken(form), "version", "0", "mvp", "",
                "title", title, "themes", Long.toString(theme), "refresh", "yes", "status", "PLANNED");
        assertEquals(200, offered.status(), offered.body());
        Element choice = offered.html().selectFirst("input[name=items][value=" + item + "]");
        assertNotNull(choice, "the coded item is offered");
        String label = offered.html().selectFirst("label[for=" + choice.id() + "]").text();
        assertTrue(label.contains("Nobody booked an interpreter"), label);
        assertFalse(label.contains("07700"), "offered redacted: " + label);
        assertEquals(title, offered.html().getElementById("title").val(), "what was typed is kept");

        long id = create(analyst, "title", title, "youSaid", "Nobody booked an interpreter for my appointments.",
                "weDid", "Every booking now asks which language you speak and books an interpreter.",
                "evidence", "Interpreters were booked for 9 in 10 appointments in October.", "owner", "Head of Midwifery (secret owner)",
                "status", "DONE", "startedOn", "2026-02-01", "doneOn", java.time.LocalDate.now().toString(), "themes", Long.toString(theme),
                "items", item);
        Document show = analyst.get("/actions/" + id).html();
        assertTrue(show.text().contains("Nobody booked an interpreter, call me on"), "the linked item, redacted: " + show.text());
        assertFalse(show.text().contains("07700 900123"), show.text());
        long planned = create(analyst, "title", "Planned only " + unique(), "youSaid", "Something", "weDid", "Something else",
                "owner", "Someone", "status", "PLANNED");

        for (Language language : translations.languages()) {
            WebClient.Reply page = new WebClient(server.getURI()).get("/you-said-we-did?lang=" + language.tag());
            assertEquals(200, page.status(), language.tag());
            Document html = page.html();
            assertEquals(language.tag(), html.selectFirst("html").attr("lang"));
            Element heading = html.select(".action-card h3").stream().filter(h -> h.text().equals(title)).findFirst()
                    .orElseThrow(() -> new AssertionError("the done action is on the page in " + language.tag()));
            assertEquals(language.tag().equals("en") ? "" : "en", heading.attr("lang"), "English fallback is marked in " + language.tag());
            assertFalse(page.body().contains("secret owner"), "the owner is not public");
            assertFalse(page.body().contains("Planned only"), "a planned action is not public");
            assertFalse(page.body().contains("07700"), "no linked item's words on the public page");
            Element card = heading.parent();
            assertTrue(card.text().contains("9 in 10 appointments"), card.text());
            assertEquals(1, html.select(".action-card h3").stream().filter(h -> h.text().equals(title)).count());
        }
        assertTrue(new WebClient(server.getURI()).get("/you-said-we-did?lang=bn").body().contains("২০২৬"),
                "the month is written in Bengali digits");

        WebClient.Reply poster = new WebClient(server.getURI()).get("/you-said-we-did/poster?lang=pl");
        assertEquals(200, poster.status());
        assertTrue(poster.body().contains(title), "the done action is on the poster");
        assertNotNull(poster.html().selectFirst(".poster-qr svg[role=img]"), "with a QR code");
        assertTrue(poster.html().selectFirst(".poster-url a").text().endsWith("/you-said-we-did?lang=pl"),
                poster.html().selectFirst(".poster-url a").text());
        assertFalse(poster.body().contains("secret owner"));
        assertEquals(1, Database.count(jdbc, tx, "SELECT COUNT(*) FROM action_item WHERE id = ? AND status = 'PLANNED'", planned));
    }

    @Test
    void translationsMadeByTheXliffRoundTripAreShownUntilTheEnglishChanges() {
        String title = "Quieter wards at night " + unique();
        long id = create(analyst, "title", title, "youSaid", "The ward was too loud at night.", "weDid", "Lights and noise go down at 22:00.",
                "owner", "Ward manager", "status", "IN_PROGRESS", "startedOn", "2026-04-01");
        WebClient admin = StaffSession.admin(server.getURI());
        WebClient.Reply export = admin.get("/admin/translations/export?text=you-said-we-did&lang=pl");
        assertEquals(200, export.status(), export.body());
        String key = "action." + id + ".title";
        assertTrue(export.body().contains("id=\"" + key + "\""), export.body());
        String polish = "Ciszej na oddziałach nocą " + id;
        String translated = export.body().replaceFirst("(?s)(<trans-unit id=\"" + key + "\">.*?<target[^>]*?)state=\"needs-translation\"\\s*/?>(</target>)?",
                "$1state=\"translated\">" + polish + "</target>");
        assertTrue(translated.contains(polish), translated);
        WebClient.Reply page = admin.get("/admin/translations");
        assertTrue(page.body().contains("You said, we did (public page)"), "listed beside the interface and the surveys");
        WebClient.Reply imported = admin.postMultipart("/admin/translations/import", Map.of("csrfToken", StaffSession.csrfToken(page),
                "text", "you-said-we-did", "lang", "pl"), "file", "pl.xlf", translated);
        assertEquals(200, imported.status(), imported.body());

        Element shown = titleOn("/you-said-we-did?lang=pl", polish);
        assertNotNull(shown, "the Polish title is shown");
        assertEquals("", shown.attr("lang"), "in the page's language");
        assertNull(titleOn("/you-said-we-did?lang=ro", polish), "only in Polish");

        // The English changes: the Polish no longer says the same, so the English is shown, marked.
        WebClient.Reply edit = analyst.get("/actions/" + id + "/edit");
        Map<String, String> fields = formFields(edit.html());
        fields.put("title", title + " and darker");
        assertEquals(303, analyst.post("/actions/" + id, pairs(fields)).status());
        assertNull(titleOn("/you-said-we-did?lang=pl", polish), "a stale translation is not shown");
        assertEquals("en", titleOn("/you-said-we-did?lang=pl", title + " and darker").attr("lang"));
        assertTrue(admin.get("/admin/translations/export?text=you-said-we-did&lang=pl").body()
                .contains("state=\"needs-review-translation\">" + polish), "the translator sees it as stale");
    }

    @Test
    void badInputIsRefusedOnTheSamePageWithWhatWasTypedKept() {
        WebClient.Reply form = analyst.get("/actions/new");
        String said = "Call the midwife on 07700 900456, she was rude.";
        WebClient.Reply refused = analyst.post("/actions", "csrfToken", StaffSession.csrfToken(form), "version", "0", "mvp", "",
                "title", "", "youSaid", said, "weDid", "x".repeat(ActionForm.MAX_TEXT + 1), "owner", "Someone", "status", "DONE",
                "doneOn", "2999-01-01", "themes", "999999999");
        assertEquals(422, refused.status());
        Document page = refused.html();
        List<String> summary = page.select(".error-summary-list a").eachAttr("href");
        assertEquals(List.of("#title", "#youSaid", "#weDid", "#doneOn", "#evidence", "#themes"), summary, page.select(".error-summary").text());
        assertTrue(page.getElementById("youSaid-error").text().contains("identify"), page.getElementById("youSaid-error").text());
        assertEquals(said, page.getElementById("youSaid").text(), "what was typed is kept");
        assertEquals("2999-01-01", page.getElementById("doneOn").val());
        assertTrue(page.title().startsWith("Error"), "the title says the page has errors: " + page.title());

        WebClient.Reply notDoing = analyst.post("/actions", "csrfToken", StaffSession.csrfToken(form), "version", "0", "mvp", "",
                "title", "A title", "youSaid", "Said", "weDid", "Did", "owner", "Someone", "status", "NOT_DOING");
        assertEquals(422, notDoing.status());
        assertNotNull(notDoing.html().getElementById("notDoingReason-error"), "not doing needs a reason");
        assertEquals(0, Database.count(jdbc, tx, "SELECT COUNT(*) FROM action_item WHERE title = 'A title'"));
    }

    @Test
    void twoPeopleSavingOneActionNeverOverwriteEachOtherSilently() {
        long id = create(analyst, "title", "Shared " + unique(), "youSaid", "Said", "weDid", "Did", "owner", "Someone", "status", "PLANNED");
        WebClient other = StaffSession.newAccount(server, Role.ANALYST);
        Map<String, String> mine = formFields(analyst.get("/actions/" + id + "/edit").html());
        Map<String, String> theirs = formFields(other.get("/actions/" + id + "/edit").html());
        theirs.put("owner", "Their owner");
        assertEquals(303, other.post("/actions/" + id, pairs(theirs)).status());
        mine.put("owner", "My owner");
        WebClient.Reply late = analyst.post("/actions/" + id, pairs(mine));
        assertEquals(409, late.status());
        assertEquals("My owner", late.html().getElementById("owner").val(), "what the late one typed is kept");
        assertNotNull(late.html().selectFirst(".notice[role=alert]"));
        assertEquals(1, Database.count(jdbc, tx, "SELECT COUNT(*) FROM action_item WHERE id = ? AND owner = 'Their owner'", id));
        // Saving again from the page the conflict showed works: it carries the version now saved.
        assertEquals(303, analyst.post("/actions/" + id, pairs(formFields(late.html()))).status());
        assertEquals(1, Database.count(jdbc, tx, "SELECT COUNT(*) FROM action_item WHERE id = ? AND owner = 'My owner'", id));
    }

    @Test
    void anMvpLeadKeepsToTheirOwnMvp() {
        WebClient lead = StaffSession.newAccount(server, Role.MVP_LEAD);
        String code = Database.text(jdbc, tx, "SELECT code FROM mvp WHERE id = (SELECT MAX(id) FROM mvp)");
        String title = "Our MVP's change " + unique();
        assertNull(lead.get("/actions/new").html().selectFirst("input[name=mvp]"), "a lead does not choose the MVP");
        long id = create(lead, "title", title, "youSaid", "Said", "weDid", "Did", "evidence", "Changed", "owner", "Lead",
                "status", "DONE", "doneOn", "2026-05-01", "mvp", "");
        assertEquals(1, Database.count(jdbc, tx, "SELECT COUNT(*) FROM action_item a JOIN mvp m ON m.id = a.mvp_id"
                + " WHERE a.id = ? AND m.code = ?", id, code));
        assertNotNull(titleOn("/you-said-we-did/" + code + "?lang=en", title), "on the MVP's own page");
        Element onLmns = titleOn("/you-said-we-did?lang=en", title);
        assertTrue(onLmns.parent().text().contains("MVP " + code), "the LMNS page names the MVP: " + onLmns.parent().text());
        String otherTitle = "Another MVP's change " + unique();
        long lmnsWide = create(analyst, "title", otherTitle, "youSaid", "Said", "weDid", "Did", "owner", "LMNS", "status", "IN_PROGRESS");
        assertNull(titleOn("/you-said-we-did/" + code + "?lang=en", otherTitle), "an LMNS-wide action is not on an MVP's page");

        assertEquals(200, lead.get("/actions/" + lmnsWide).status(), "a lead reads the LMNS's actions");
        assertEquals(403, lead.get("/actions/" + lmnsWide + "/edit").status(), "but does not change them");
        assertEquals(404, StaffSession.newAccount(server, Role.MVP_LEAD).get("/actions/" + id).status(), "another MVP's lead");
        assertEquals(404, new WebClient(server.getURI()).get("/you-said-we-did/no-such-mvp").status());
        WebClient.Reply anonymous = new WebClient(server.getURI()).get("/actions");
        assertTrue(anonymous.status() == 303 && anonymous.header("Location").startsWith("/sign-in"), "staff pages need signing in");
        assertEquals(403, StaffSession.newAccount(server, Role.DATA_ENTRY).get("/actions").status());
        WebClient.Reply noToken = analyst.post("/actions", "version", "0", "title", "No token", "youSaid", "S", "weDid", "D",
                "owner", "O", "status", "PLANNED");
        assertEquals(403, noToken.status());
        assertEquals(0, Database.count(jdbc, tx, "SELECT COUNT(*) FROM action_item WHERE title = 'No token'"));
    }

    private long create(WebClient who, String... values) {
        WebClient.Reply form = who.get("/actions/new");
        List<String> pairs = new ArrayList<>(List.of("csrfToken", StaffSession.csrfToken(form), "version", "0"));
        pairs.addAll(List.of(values));
        WebClient.Reply saved = who.post("/actions", pairs.toArray(String[]::new));
        assertEquals(303, saved.status(), saved.body());
        return Long.parseLong(saved.header("Location").substring("/actions/".length()));
    }

    private Element titleOn(String path, String title) {
        return new WebClient(server.getURI()).get(path).html().select(".action-card h3").stream()
                .filter(h -> h.text().equals(title)).findFirst().orElse(null);
    }

    /** The form's fields as the page fills them: hidden fields, ticked choices, texts. */
    private static Map<String, String> formFields(Document page) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        Element form = page.selectFirst("form[action^=/actions]");
        for (Element input : form.select("input[type=hidden], input[type=text], input[type=date], input[checked], textarea")) {
            if (input.attr("name").equals("items") || input.attr("name").equals("themes")) {
                continue;
            }
            fields.put(input.attr("name"), input.tagName().equals("textarea") ? input.wholeText() : input.val());
        }
        return fields;
    }

    private static String[] pairs(Map<String, String> fields) {
        return fields.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray(String[]::new);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
