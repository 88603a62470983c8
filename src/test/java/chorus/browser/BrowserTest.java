package chorus.browser;

import chorus.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The headless Chromium the browser test classes of one JVM share ({@link Browser#shared()}). Without Chromium every test is skipped,
 * saying why, or fails where CHORUS_REQUIRE_BROWSER=true (as in CI). The class's summary line of
 * pages checked is printed when it ends.
 */
abstract class BrowserTest {

    static Browser browser;

    @BeforeAll
    static void startBrowser() {
        if (Browser.installed()) {
            browser = Browser.shared();
        }
    }

    @BeforeEach
    void needBrowser() {
        Browser.requireInstalled();
    }

    /** Signs the browser in through the sign-in page, with no cookies of an earlier test. */
    static void signIn(java.net.URI server, String username, String password) {
        browser.driver().manage().deleteAllCookies();
        browser.open(server.resolve("/sign-in"));
        browser.find("#username").sendKeys(username);
        browser.find("#password").sendKeys(password);
        browser.clickAndWait("main form button[type=submit]");
    }

    private static final java.util.regex.Pattern PDF_PAGE = java.util.regex.Pattern.compile("/Type\\s*/Page[^s]");

    /** Prints the open page as Chromium does to PDF, on A4, and counts the sheets it takes. */
    static int printedPages() {
        org.openqa.selenium.print.PrintOptions options = new org.openqa.selenium.print.PrintOptions();
        options.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0));
        byte[] pdf = java.util.Base64.getDecoder().decode(((org.openqa.selenium.PrintsPage) browser.driver()).print(options).getContent());
        return (int) PDF_PAGE.matcher(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).results().count();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            System.out.println(browser.summary());
            browser = null;
        }
    }
}
