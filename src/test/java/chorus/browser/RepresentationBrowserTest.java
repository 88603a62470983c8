package chorus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.i18n.Language;
import chorus.report.Figures;
import chorus.representation.Voices;
import chorus.support.Database;
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
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;

/**
 * The baseline and deprivation imports (with the errors of a refused file) and the representation
 * report with its charts, in English and right to left: zero axe violations, no sideways scrolling
 * at 320 px.
 */
@MicronautTest(transactional = false)
class RepresentationBrowserTest extends BrowserTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;
    @Inject
    chorus.disclosure.RecordKeys keys;

    @BeforeEach
    void signIn() {
        browser.driver().manage().deleteAllCookies();
        open("/sign-in");
        type("username", "test-admin");
        type("password", "test-admin-password-1234");
        browser.clickAndWait("main form button[type=submit]");
    }

    @Test
    void theImportPagesAreAccessibleWithAndWithoutErrors() throws Exception {
        open("/reports/baselines");
        browser.assertAccessible("population baselines [en]");
        type("csv", "area,source,year,classification,category,count\nNowhere,Census,2021,ONS,Martian,5\nNowhere,Census,2021,ONS,Indian,-1\n");
        browser.clickAndWait("main form button[type=submit]");
        assertEquals(2, browser.findAll(".error-summary a").size(), "the unknown category and the negative count");
        assertEquals("error-summary", browser.focusedId());
        browser.assertAccessible("population baselines with errors [en]");
        paste("csv", Files.readString(Path.of("src/main/resources/samples/norfolk-waveney-ethnic-group-2019.csv")));
        browser.clickAndWait("main form button[type=submit]");
        assertTrue(browser.findAll(".error-summary").isEmpty());
        browser.assertAccessible("population baselines imported [en]");

        open("/reports/deprivation?lang=ar");
        assertEquals("rtl", browser.find("html").getDomAttribute("dir"));
        browser.assertAccessible("deprivation lookup [ar]");
        type("csv", "postcode_district,quintile\nNR 1 3SR,1\n");
        browser.clickAndWait("main form button[type=submit]");
        assertEquals(1, browser.findAll(".error-summary a").size());
        browser.assertAccessible("deprivation lookup with errors [ar]");
        open("/reports/deprivation?lang=en");
        browser.assertAccessible("deprivation lookup [en]");
    }

    @Test
    void theReportIsAccessibleInEnglishAndRightToLeft() throws Exception {
        Voices voices = new Voices(jdbc, tx, keys);
        long mvp = voices.mvp(Voices.unique("brw-"));
        long event = voices.event(mvp, "LISTENING_EVENT", LocalDate.of(1994, 4, 4), 60);
        voices.aboutYou(event, "EVENT", "A", 12);
        voices.aboutYou(event, "PAPER", "N", 6);
        for (int i = 0; i < 5; i++) {
            voices.aboutYou(event, "EVENT", "H", "NR3", false, "ur");
        }
        voices.tally(event, "M", 3);
        voices.tally(event, "Z", 5);
        for (String[] respondent : new String[][] {{"A", "ONLINE"}, {"H", "ONLINE"}, {"A", "PAPER"}, {"M", "EVENT"}}) {
            for (int i = 0; i < 6; i++) {
                respondent(respondent[0], respondent[1]);
            }
        }
        open("/reports/baselines");
        paste("csv", Files.readString(Path.of("src/main/resources/samples/norfolk-waveney-ethnic-group-2019.csv")));
        browser.clickAndWait("main form button[type=submit]");
        long baseline = Database.count(jdbc, tx, "SELECT id FROM population_baseline WHERE area = 'Norfolk and Waveney'");

        open("/admin");
        browser.clickAndWait("a[href='/reports/representation']");
        assertEquals("/reports/representation", browser.path());
        browser.assertAccessible("representation report, default period [en]");
        for (String lang : new String[] {"en", "ar"}) {
            open("/reports/representation?from=1994-01-01&to=1994-12-31&baseline=" + baseline + "&lang=" + lang);
            assertFalse(browser.findAll(".report-chart svg").isEmpty(), "charts beside their tables");
            assertTrue(browser.find("#table-groups").getText().length() > 0);
            assertTrue(browser.find("#table-channels").getText().length() > 0, "survey respondents by channel");
            browser.assertAccessible("representation report [" + lang + "]");
            browser.assertTablesFit("representation report [" + lang + "]");
        }
        printedStartsWithWhatItIsOf(baseline);
        open("/reports/representation?from=1994-13-01&to=1994-12-31");
        assertEquals("error-summary", browser.focusedId());
        browser.assertAccessible("representation report with an error [en]");
    }

    /** A maternity-experience response of 1994, with an ethnic group and how it was answered. */
    private void respondent(String ethnicity, String channel) {
        String key = java.util.UUID.randomUUID().toString();
        Database.update(jdbc, tx, "INSERT INTO response (survey_id, survey_version, language, channel, submitted_on, submission_key,"
                + " record_key) VALUES ('maternity-experience', 1, 'en', ?, DATE '1994-05-05', ?, ?)", channel, key,
                chorus.disclosure.RecordKeys.fresh());
        long id = Database.count(jdbc, tx, "SELECT id FROM response WHERE submission_key = ?", key);
        Database.update(jdbc, tx, "INSERT INTO answer (response_id, question_id, option_value) VALUES (?, 'ethnicity', ?)", id, ethnicity);
        Database.stored(jdbc, tx, id);
    }

    /**
     * Printed on A4 by Chromium and read back with pdftotext: before the summary, the first page says
     * which events, whose, compared with what, and on which day the copy was made.
     */
    private void printedStartsWithWhatItIsOf(long baseline) throws IOException, InterruptedException {
        PaperFormBrowserTest.requirePdfToText();
        open("/reports/representation?from=1994-01-01&to=1994-12-31&baseline=" + baseline + "&lang=en");
        Map<String, Object> result = ((HasCdp) browser.driver()).executeCdpCommand("Page.printToPDF",
                Map.of("printBackground", true, "preferCSSPageSize", true));
        Path pdf = Files.createTempFile("chorus-representation-", ".pdf");
        try {
            Files.write(pdf, Base64.getDecoder().decode((String) result.get("data")));
            String first = PaperFormBrowserTest.pdfToText(pdf).split("\f")[0].replaceAll("\\s+", " ");
            int summary = first.indexOf("Summary");
            for (String fact : List.of("Events held", "1 January 1994 to 31 December 1994", "Report for", "Whole LMNS",
                    "Compared with", "Norfolk and Waveney", "Produced on",
                    Figures.date(LocalDate.now(), new Language("en", "English", false)).value())) {
                int at = first.indexOf(fact);
                assertTrue(at >= 0 && at < summary, "\"" + fact + "\" before the summary on the first printed page:\n" + first);
            }
            assertFalse(first.contains("Show the report"), "the form is not printed");
        } finally {
            Files.deleteIfExists(pdf);
        }
    }

    private void open(String path) {
        browser.open(server.getURI().resolve(path));
    }

    private void type(String id, String text) {
        WebElement input = browser.find("#" + id);
        input.clear();
        input.sendKeys(text);
    }

    /** A long file is set at once, as pasting does: typing it key by key would take minutes. */
    private void paste(String id, String text) {
        browser.script("document.getElementById(arguments[0]).value = arguments[1];", id, text);
    }
}
