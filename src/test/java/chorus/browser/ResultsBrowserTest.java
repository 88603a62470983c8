package chorus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import chorus.disclosure.RecordKeys;
import chorus.support.Responses;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The survey results report in a real browser: the list of surveys, the report in every interface
 * language (Arabic and Urdu right to left) and with a date error, each passing axe's WCAG 2.2 A and
 * AA rules and reflowing at 320 px.
 */
@MicronautTest(transactional = false)
class ResultsBrowserTest extends BrowserTest {

    private static final String PERIOD = "from=2093-01-01&to=2093-12-31";

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;
    @Inject
    RecordKeys keys;

    @BeforeEach
    void signInAsAdministrator() {
        signIn(server.getURI(), "test-admin", "test-admin-password-1234");
    }

    @Test
    void theResultsAreAccessibleInEveryLanguageAndWithAnError() {
        String[][] people = {{"A", "very_good", "agree"}, {"N", "good", "disagree"}, {"H", "poor", "agree"}, {"Z", "good", "neither"}};
        for (int i = 0; i < 40; i++) {
            String[] person = people[i % people.length];
            new Responses(jdbc, tx, keys).write("maternity-experience", i % 3 == 0 ? "ur" : "en", "ONLINE", LocalDate.of(2093, 2, 1),
                    null, "ethnicity", person[0], "fft", person[1], "antenatal_listened", person[2]);
        }
        open("/admin");
        browser.clickAndWait("a[href='/reports/results']");
        browser.assertAccessible("survey results, the surveys [en]");
        for (String lang : new String[] {"en", "pl", "ro", "ur", "ar", "bn"}) {
            open("/reports/results/maternity-experience?" + PERIOD + "&lang=" + lang);
            assertFalse(browser.findAll("#results-fft .report-chart svg").isEmpty(), "a chart beside its table");
            browser.assertAccessible("survey results by ethnic group [" + lang + "]");
        }
        open("/reports/results/maternity-experience?" + PERIOD + "&by=language");
        browser.assertAccessible("survey results by language [en]");
        open("/reports/results/maternity-experience?from=2093-02-30&to=2093-12-31");
        assertEquals("error-summary", browser.focusedId());
        browser.assertAccessible("survey results with an error [en]");
    }

    private void open(String path) {
        browser.open(server.getURI().resolve(path));
    }
}
