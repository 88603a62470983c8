package chorus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.disclosure.RecordKeys;
import chorus.support.Browser;
import chorus.support.Database;
import chorus.support.Responses;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;

/**
 * The board report in every interface language and right to left, with its error state and with
 * JavaScript off: axe, the Nu checker, 320 px and 200% text; at 1280 px no table is wider than the
 * page; printed on A4 by Chromium, page 1 is the summary and every page carries the scope and period.
 */
@MicronautTest(transactional = false)
class BoardBrowserTest extends BrowserTest {

    static final String Q2 = "/reports/board?from=2094-04-01&to=2094-06-30";

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;
    @Inject
    RecordKeys keys;

    @BeforeEach
    void signIn() {
        if (Database.count(jdbc, tx, "SELECT COUNT(*) FROM response WHERE submitted_on = ?", java.sql.Date.valueOf("2094-05-02")) == 0) {
            for (int i = 0; i < 24; i++) {
                response(i % 3 == 0 ? "N" : "A", i % 4 == 0 ? "poor" : "very_good", LocalDate.of(2094, 5, 2));
                response("A", i % 2 == 0 ? "good" : "poor", LocalDate.of(2094, 2, 2));
            }
        }
        browser.driver().manage().deleteAllCookies();
        open("/sign-in");
        WebElement user = browser.find("#username");
        user.sendKeys("test-admin");
        browser.find("#password").sendKeys("test-admin-password-1234");
        browser.clickAndWait("main form button[type=submit]");
    }

    @Test
    void theReportIsAccessibleInEveryLanguageAndNoTableIsWiderThanThePage() {
        for (String lang : List.of("en", "pl", "ro", "ur", "ar", "bn")) {
            open(Q2 + "&lang=" + lang);
            assertFalse(browser.findAll("#board-summary").isEmpty(), lang);
            browser.assertAccessible("board report [" + lang + "]");
        }
        open(Q2 + "&lang=en");
        Dimension before = browser.driver().manage().window().getSize();
        try {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            for (WebElement wrap : browser.findAll(".table-wrap")) {
                long scroll = ((Number) browser.script("return arguments[0].scrollWidth;", wrap)).longValue();
                long client = ((Number) browser.script("return arguments[0].clientWidth;", wrap)).longValue();
                assertTrue(scroll <= client, "a table wider than the page at 1280 px: " + wrap.getDomAttribute("aria-label"));
            }
        } finally {
            browser.driver().manage().window().setSize(before);
        }

        open("/reports/board?from=2094-04-01&to=2094-05-31&lang=en");
        assertEquals(1, browser.findAll(".error-summary a").size(), "a period that is not a whole quarter");
        browser.assertAccessible("board report refusing a period [en]");
        open("/reports/board?from=2094-04-01&to=2094-05-31&lang=ar");
        browser.assertAccessible("board report refusing a period [ar]");
    }

    @Test
    void itWorksWithJavaScriptOff() {
        try (Browser plain = Browser.startWithoutJavaScript()) {
            plain.open(server.getURI().resolve("/sign-in"));
            plain.find("#username").sendKeys("test-admin");
            plain.find("#password").sendKeys("test-admin-password-1234");
            plain.clickAndWait("main form button[type=submit]");
            plain.open(server.getURI().resolve(Q2 + "&lang=en"));
            // The form is a plain GET: sending it again shows the report of the quarter it holds.
            plain.clickAndWait("main form button[type=submit]");
            assertTrue(plain.path().startsWith("/reports/board"));
            assertFalse(plain.findAll("#board-summary").isEmpty(), "the report for the quarter chosen");
            assertEquals("2094-04-01", plain.find("#from").getDomProperty("value"));
        }
    }

    /** Printed on A4 by Chromium and read back with pdftotext. */
    @Test
    void itPrintsOnA4WithTheSummaryFirstAndARunningHeader() throws IOException, InterruptedException {
        PaperFormBrowserTest.requirePdfToText();
        open(Q2 + "&lang=en");
        Map<String, Object> result = ((HasCdp) browser.driver()).executeCdpCommand("Page.printToPDF",
                Map.of("printBackground", true, "preferCSSPageSize", true));
        Path pdf = Files.createTempFile("chorus-board-", ".pdf");
        try {
            Files.write(pdf, Base64.getDecoder().decode((String) result.get("data")));
            String[] pages = PaperFormBrowserTest.pdfToText(pdf).split("\f");
            String first = pages[0].replaceAll("\\s+", " ");
            assertTrue(first.contains("Summary") && first.contains("Headline measures"), "page 1 is the summary:\n" + first);
            assertFalse(first.contains("Priority 1"), "the sections start on page 2:\n" + first);
            assertFalse(first.contains("Show the report"), "the form is not printed");
            long withHeader = java.util.Arrays.stream(pages).filter(p -> !p.isBlank())
                    .filter(p -> p.replaceAll("\\s+", " ").contains("Board report: The whole LMNS, April 2094 to June 2094")).count();
            assertEquals(java.util.Arrays.stream(pages).filter(p -> !p.isBlank()).count(), withHeader,
                    "every printed page names the scope and period");
        } finally {
            Files.deleteIfExists(pdf);
        }
    }

    private void response(String ethnicity, String fft, LocalDate sent) {
        new Responses(jdbc, tx, keys).write("maternity-experience", "en", "ONLINE", sent, null, "ethnicity", ethnicity, "fft", fft);
    }

    private void open(String path) {
        browser.open(server.getURI().resolve(path));
    }
}
