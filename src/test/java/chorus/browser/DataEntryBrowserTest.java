package chorus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Paper data entry in a real browser: the start page (and its errors), the keying page with errors,
 * the review page before and after a correction and confirmation, and the batch page; English, and
 * right to left in Arabic. Each must pass axe's WCAG 2.2 A and AA rules and must not scroll sideways
 * at 320 CSS px.
 */
@MicronautTest(transactional = false)
class DataEntryBrowserTest extends BrowserTest {

    @Inject
    EmbeddedServer server;

    @Test
    void theDataEntryPagesAreAccessible() {
        browser.driver().manage().deleteAllCookies();
        open("/sign-in");
        type("username", "test-admin");
        type("password", "test-admin-password-1234");
        browser.clickAndWait("main form button[type=submit]");
        assertEquals(1, browser.findAll("main a[href='/data-entry']").size(), "the home page links data entry");

        open("/data-entry");
        browser.assertAccessible("data entry start [en]");
        browser.clickAndWait("form[action='/data-entry/start'] button[type=submit]");
        assertEquals(3, browser.findAll(".error-summary a").size(), "form, batch and code");
        browser.assertAccessible("data entry start with errors [en]");

        String reference = "B-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        type("reference", reference);
        new Select(browser.find("#batch-survey")).selectByValue("maternity-experience");
        browser.clickAndWait("form[action='/data-entry/batches'] button[type=submit]");
        assertTrue(browser.path().startsWith("/data-entry/batches/"), browser.path());
        browser.assertAccessible("empty batch [en]");
        String batchPath = browser.path();

        browser.clickAndWait("main p a[href^='/data-entry?']");
        assertEquals(reference, browser.find("#batch").getDomProperty("value"), "the batch is filled in");
        new Select(browser.find("#language")).selectByValue("ur");
        type("code", "maternity-experience v1 ur");
        browser.clickAndWait("form[action='/data-entry/start'] button[type=submit]");
        assertTrue(browser.path().endsWith("/key"), browser.path());
        browser.assertAccessible("keying page [en]");

        type("booking_weeks", "50");
        browser.clickAndWait("main form[method=post] button[type=submit]");
        assertTrue(browser.title().startsWith("Error:"), browser.title());
        assertEquals("50", browser.find("#booking_weeks").getDomProperty("value"));
        browser.assertAccessible("keying page with errors [en]");

        browser.find("#booking_weeks").clear();
        browser.script("document.querySelectorAll('input[id$=\"-not-answered\"]').forEach(i => { if (!i.checked) i.click(); });"
                + "document.getElementById('booking_weeks-not-answered').click();");
        type("booking_weeks", "14");
        browser.clickAndWait("main form[method=post] button[type=submit]");
        assertTrue(browser.path().startsWith("/data-entry/forms/"), browser.path() + " " + browser.title());
        browser.assertAccessible("review, pending [en]");
        String review = browser.path();

        browser.find("label[for=fft-good]").click();
        browser.clickAndWait("form[action='" + review + "'] button[type=submit]");
        assertEquals(1, browser.findAll("main table tbody tr").size(), "one correction listed");
        browser.assertAccessible("review with a correction [en]");

        browser.clickAndWait("form[action='" + review + "/confirm'] button[type=submit]");
        browser.assertAccessible("review, confirmed [en]");

        open(batchPath + "/key?version=1&printed=ur&code=maternity-experience%20v1%20ur");
        browser.script("document.querySelectorAll('input[id$=\"-not-answered\"]').forEach(i => { if (!i.checked) i.click(); });");
        browser.clickAndWait("main form[method=post] button[name=then]");
        assertTrue(browser.path().endsWith("/key"), browser.path() + " " + browser.title());
        assertEquals("maternity-experience v1 ur", browser.find("#code").getDomProperty("value"), "the form code is kept");
        browser.assertAccessible("keying the next form [en]");
        open(batchPath + "/key?version=1&printed=ur&code=maternity-experience%20v1%20ur&lang=ar");
        browser.assertAccessible("keying page [ar]");

        open(batchPath);
        assertEquals(2, browser.findAll("main table tbody tr").size());
        browser.assertAccessible("batch with two forms [en]");

        open(review + "?lang=ar");
        assertEquals("rtl", browser.find("html").getDomAttribute("dir"));
        browser.assertAccessible("review [ar]");
        open("/data-entry?lang=ar");
        browser.assertAccessible("data entry start [ar]");
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
