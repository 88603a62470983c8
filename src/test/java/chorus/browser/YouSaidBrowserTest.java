package chorus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import chorus.support.Database;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * "You said, we did" in a real browser: the public page and its poster in every shipped language (the
 * poster printing on one A4 page), and the staff pages in English and a right-to-left language, each
 * passing axe's WCAG 2.2 A and AA rules and the Nu checker and reflowing at 320 px and 200% text.
 */
@MicronautTest(transactional = false)
class YouSaidBrowserTest extends BrowserTest {

    private static final String[] LANGUAGES = {"en", "en-x-easy", "pl", "ro", "ur", "ar", "bn"};

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;

    @Test
    void thePublicPageAndItsPosterAreAccessibleInEveryLanguage() {
        String code = "ysd-" + UUID.randomUUID().toString().substring(0, 8);
        Database.update(jdbc, tx, "INSERT INTO mvp (code, name) VALUES (?, 'Riverside MVP')", code);
        long mvp = Database.count(jdbc, tx, "SELECT id FROM mvp WHERE code = ?", code);
        for (int i = 0; i < 5; i++) {
            action(mvp, "DONE", "Longer appointments for first-time parents " + i,
                    "Appointments felt rushed and there was no time for questions.",
                    "Booking appointments are now an hour long, with an interpreter booked when asked.\nEvery leaflet says so.",
                    "9 in 10 parents said in October that they had time to ask everything.");
        }
        action(null, "IN_PROGRESS", "Quieter wards at night", "The ward was too loud to sleep.", "Lights and noise go down at 22:00.", null);
        browser.driver().manage().deleteAllCookies();
        for (String lang : LANGUAGES) {
            open("/you-said-we-did?lang=" + lang);
            assertFalse(browser.findAll(".action-card").isEmpty(), "actions are listed");
            browser.assertAccessible("you said, we did [" + lang + "]");
            open("/you-said-we-did/" + code + "?lang=" + lang);
            browser.assertAccessible("you said, we did for an MVP [" + lang + "]");
            open("/you-said-we-did/poster?lang=" + lang);
            assertEquals("img", browser.find("main svg").getDomAttribute("role"));
            browser.assertAccessible("you said, we did poster [" + lang + "]");
            assertEquals(1, printedPages(), "the poster prints on one A4 page [" + lang + "]");
        }
    }

    @Test
    void theStaffPagesAreAccessible() {
        long id = action(null, "PLANNED", "Information in Urdu about induction", "Nobody explained induction in Urdu.",
                "A leaflet and a video in Urdu.", null);
        signIn(server.getURI(), "test-admin", "test-admin-password-1234");
        for (String lang : new String[] {"en", "ar"}) {
            open("/actions?lang=" + lang);
            browser.assertAccessible("actions [" + lang + "]");
            open("/actions/" + id + "?lang=" + lang);
            browser.assertAccessible("an action [" + lang + "]");
            open("/actions/" + id + "/edit?lang=" + lang);
            browser.assertAccessible("changing an action [" + lang + "]");
            open("/actions/new?lang=" + lang);
            browser.clickAndWait("main form button.button:not(.button-secondary)");
            assertEquals("error-summary", browser.focusedId());
            browser.assertAccessible("an action with errors [" + lang + "]");
        }
    }

    private long action(Long mvp, String status, String title, String youSaid, String weDid, String evidence) {
        Database.update(jdbc, tx, "INSERT INTO action_item (mvp_id, title, you_said, we_did, evidence, owner, status, started_on,"
                + " done_on, changed_by, version) VALUES (?, ?, ?, ?, ?, 'Head of Midwifery', ?, DATE '2026-01-05', ?, 'fixture', 0)",
                mvp, title, youSaid, weDid, evidence, status, status.equals("DONE") ? java.sql.Date.valueOf("2026-03-20") : null);
        return Database.count(jdbc, tx, "SELECT MAX(id) FROM action_item");
    }

    private void open(String path) {
        browser.open(server.getURI().resolve(path));
    }
}
