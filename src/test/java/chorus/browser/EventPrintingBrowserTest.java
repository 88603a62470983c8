package chorus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import chorus.i18n.Language;
import chorus.i18n.Translations;
import chorus.support.Database;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An event held in every shipped language, printed: its poster fits one A4 page with every language
 * on it, and its print pack is the poster and then one sheet of two "about you" slips per language,
 * each slip half a page. Both pages pass axe's WCAG 2.2 A and AA rules and the Nu checker, in
 * English and right to left.
 */
@MicronautTest(transactional = false)
class EventPrintingBrowserTest extends BrowserTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;
    @Inject
    Translations translations;

    @Test
    void thePosterAndThePrintPackPrintOnWholeSheets() {
        String code = "prt-" + UUID.randomUUID().toString().substring(0, 8);
        Database.update(jdbc, tx, "INSERT INTO mvp (code, name) VALUES (?, 'Printing MVP')", code);
        long mvp = Database.count(jdbc, tx, "SELECT id FROM mvp WHERE code = ?", code);
        String reference = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        Database.update(jdbc, tx, "INSERT INTO listening_event (mvp_id, reference, kind, held_on, attendance)"
                + " VALUES (?, ?, 'COMMUNITY_VISIT', DATE '2026-03-03', 40)", mvp, reference);
        long event = Database.count(jdbc, tx, "SELECT id FROM listening_event WHERE reference = ?", reference);
        List<Language> languages = translations.languages();
        for (Language language : languages) {
            Database.update(jdbc, tx, "INSERT INTO listening_event_language (event_id, language) VALUES (?, ?)", event, language.tag());
        }
        signIn(server.getURI(), "test-admin", "test-admin-password-1234");
        for (String lang : new String[] {"en", "ar"}) {
            open("/mvp/events/" + reference + "/poster?lang=" + lang);
            // Every language of the event: the "about you" form is in all of them, easy read too.
            int printed = browser.findAll(".event-invite").size();
            assertEquals(languages.size(), printed);
            browser.assertAccessible("event poster [" + lang + "]");
            assertEquals(1, printedPages(), "the poster with every language prints on one A4 page [" + lang + "]");
            open("/mvp/events/" + reference + "/print?lang=" + lang);
            browser.assertAccessible("event print pack [" + lang + "]");
            assertEquals(1 + printed, printedPages(),
                    "the poster, then two slips to a sheet for each language [" + lang + "]");
        }
    }

    private void open(String path) {
        browser.open(server.getURI().resolve(path));
    }
}
