package chorus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import chorus.disclosure.RecordKeys;
import chorus.support.Database;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What people said, in a real browser: the coding queue, an item (right to left, and with an error),
 * proposing and approving quotes, agreement, the codebook, the redaction list and the themes report.
 * The pages coders and readers use most are checked in every interface language, the rest in English
 * and a right-to-left language; each passes axe's WCAG 2.2 A and AA rules and the Nu checker, and
 * reflows at 320 px and at 200% text.
 */
@MicronautTest(transactional = false)
class ThemesBrowserTest extends BrowserTest {

    private static final String[] LANGUAGES = {"en", "pl", "ro", "ur", "ar", "bn"};
    private static final String URDU = "ترجمان نہیں آیا اور مجھے بہت دیر تک انتظار کرنا پڑا۔";

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;

    @BeforeEach
    void signInAsAdministrator() {
        signIn(server.getURI(), "test-admin", "test-admin-password-1234");
    }

    @Test
    void theThemePagesAreAccessible() {
        long theme = Database.count(jdbc, tx, "SELECT MIN(id) FROM theme WHERE parent_id IS NOT NULL AND retired = FALSE"
                + " AND merged_into IS NULL");
        String item = item(URDU, "ur");
        String coded = item("Nobody explained why we waited so long.", "en");
        Database.update(jdbc, tx, "UPDATE said_item SET status = 'CODED', sentiment = 'NEGATIVE', decided_by = 'fixture'"
                + " WHERE id = ?", coded);
        Database.update(jdbc, tx, "INSERT INTO theme_coding (item_id, coder, theme_id) VALUES (?, 'fixture', ?)", coded, theme);
        Database.update(jdbc, tx, "INSERT INTO theme_quote (id, item_id, theme_id, quote_text, proposed_by, status, version)"
                + " VALUES (?, ?, ?, 'Nobody explained why', 'fixture', 'PROPOSED', 0)", UUID.randomUUID().toString(), coded, theme);

        for (String lang : LANGUAGES) {
            open("/themes?source=SURVEY&status=ALL&from=2095-01-01&to=2095-12-31&lang=" + lang);
            assertFalse(browser.findAll("tbody tr").isEmpty(), "the items of 2095 are listed");
            browser.assertAccessible("coding queue [" + lang + "]");
            open("/themes/items/" + item + "?lang=" + lang);
            assertEquals("rtl", browser.find(".said").getDomAttribute("dir"), "Urdu words right to left in any interface");
            browser.assertAccessible("an item to code [" + lang + "]");
            open("/reports/themes?from=2095-01-01&to=2095-12-31&lang=" + lang);
            browser.assertAccessible("themes report [" + lang + "]");
            open("/themes/quotes?lang=" + lang);
            assertFalse(browser.findAll("form[action^='/themes/quotes/']").isEmpty(), "a quote to decide");
            browser.assertAccessible("quotes waiting [" + lang + "]");
        }
        for (String lang : new String[] {"en", "ar"}) {
            open("/themes/items/" + item + "?lang=" + lang);
            browser.clickAndWait("main form[action^='/themes/items/'] button[type=submit]");
            assertEquals("error-summary", browser.focusedId());
            browser.assertAccessible("an item with errors [" + lang + "]");
            open("/themes/items/" + coded + "/quote?lang=" + lang);
            browser.find("#quote").clear();
            browser.find("#quote").sendKeys("Words nobody said");
            browser.clickAndWait("main form button[type=submit]");
            assertEquals("error-summary", browser.focusedId());
            browser.assertAccessible("proposing a quote with errors [" + lang + "]");
            open("/themes/agreement?lang=" + lang);
            browser.assertAccessible("agreement and suggestions [" + lang + "]");
            open("/admin/themes?lang=" + lang);
            browser.assertAccessible("codebook [" + lang + "]");
            open("/admin/themes/" + theme + "?lang=" + lang);
            browser.assertAccessible("a theme of the codebook [" + lang + "]");
            open("/admin/redaction?lang=" + lang);
            browser.assertAccessible("names to redact [" + lang + "]");
        }
    }

    /** An item of a response dated 2095, a year no other browser test uses. */
    private String item(String text, String language) {
        String key = UUID.randomUUID().toString();
        Database.update(jdbc, tx, "INSERT INTO response (survey_id, survey_version, language, channel, submitted_on,"
                + " submission_key, record_key) VALUES ('maternity-experience', 1, ?, 'ONLINE', DATE '2095-02-01', ?, ?)",
                language, key, RecordKeys.fresh());
        long response = Database.count(jdbc, tx, "SELECT id FROM response WHERE submission_key = ?", key);
        Database.update(jdbc, tx, "INSERT INTO answer (response_id, question_id, text_value) VALUES (?, 'do_better', ?)",
                response, text);
        long answer = Database.count(jdbc, tx, "SELECT id FROM answer WHERE response_id = ?", response);
        String id = UUID.randomUUID().toString();
        Database.update(jdbc, tx, "INSERT INTO said_item (id, source, answer_id, question_id, response_id, survey_id, language,"
                + " channel, said_on, redacted_text, redaction_edited, status, safeguarding, double_coded, version, record_key)"
                + " VALUES (?, 'SURVEY', ?, 'do_better', ?, 'maternity-experience', ?, 'ONLINE', DATE '2095-02-01', ?, FALSE,"
                + " 'NEW', FALSE, FALSE, 0, ?)", id, answer, response, language, text, RecordKeys.fresh());
        return id;
    }

    private void open(String path) {
        browser.open(server.getURI().resolve(path));
    }
}
