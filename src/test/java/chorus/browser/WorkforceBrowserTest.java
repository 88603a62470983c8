package chorus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The WRES workforce pages in a real browser: the upload page empty and with row errors, and the
 * report with its tables (English and Arabic, right to left). Each must pass axe's WCAG 2.2 A and AA
 * rules and must not scroll sideways at 320 CSS px.
 */
@MicronautTest(transactional = false)
class WorkforceBrowserTest extends BrowserTest {

    private static final String HEADER = "organisation,staff_group,band,ethnicity,headcount,shortlisted,"
            + "appointed_from_shortlisting,entered_disciplinary,accessed_training,board_voting_members";

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;

    @BeforeEach
    void forgetCookies() {
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void theUploadAndReportPagesAreAccessible() throws IOException {
        String org = ("BR-" + UUID.randomUUID().toString().substring(0, 8)).toUpperCase(java.util.Locale.ROOT);
        Database.update(jdbc, tx, "INSERT INTO organisation (code, name) VALUES (?, ?)", org, "Browser test trust " + org);
        signIn();
        open("/reports/wres/workforce/upload");
        browser.assertAccessible("workforce upload [en]");

        type("name", "browser-" + org);
        browser.find("#takenOn").sendKeys("03312026");
        browser.find("#file").sendKeys(csv(HEADER + "\n" + org + ",midwife,band_5,white,-1,0,0,0,0,0\n"
                + org + ",porter,band_5,bme,12,3,4,0,0,0\n").toString());
        browser.clickAndWait("main form button[type=submit]");
        assertEquals("error-summary", browser.focusedId());
        assertEquals(3, browser.findAll("#row-errors li").size(), "negative count, unknown group, appointed > shortlisted");
        browser.assertAccessible("workforce upload with row errors [en]");

        browser.find("#file").sendKeys(csv(HEADER + "\n"
                + org + ",midwife,band_5,white,200,60,30,12,100,0\n"
                + org + ",midwife,band_5,bme,100,50,15,15,30,0\n"
                + org + ",midwife,band_7,bme,7,0,0,0,3,0\n"
                + org + ",non_clinical,vsm,white,20,0,0,0,0,12\n"
                + org + ",non_clinical,vsm,bme,11,0,0,0,0,11\n").toString());
        browser.clickAndWait("main form button[type=submit]");
        assertEquals("/reports/wres/workforce", browser.path());
        assertEquals(5, browser.findAll("main .report-block").size(), "indicators 1, 2, 3, 4 and 9");
        browser.assertAccessible("workforce report [en]");
        browser.assertTablesFit("workforce report [en]");
        String report = browser.driver().getCurrentUrl();
        open(report.substring(report.indexOf("/reports")).replace("uploaded=true", "view=groups") + "&lang=ar");
        assertEquals("rtl", browser.find("html").getDomAttribute("dir"));
        browser.assertAccessible("workforce report by staff group [ar]");
        browser.assertTablesFit("workforce report by staff group [ar]");
    }

    private Path csv(String content) throws IOException {
        Path file = Files.createTempFile("workforce-", ".csv");
        Files.writeString(file, content);
        file.toFile().deleteOnExit();
        return file.toAbsolutePath();
    }

    private void signIn() {
        open("/sign-in");
        type("username", "test-admin");
        type("password", "test-admin-password-1234");
        browser.clickAndWait("main form button[type=submit]");
        assertTrue(browser.path().startsWith("/admin"));
    }

    private void open(String path) {
        browser.open(server.getURI().resolve(path));
    }

    private void type(String id, String text) {
        WebElement input = browser.find("#" + id);
        input.clear();
        input.sendKeys(text);
    }
}
