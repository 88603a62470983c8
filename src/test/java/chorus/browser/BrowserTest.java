package chorus.browser;

import chorus.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * One headless Chromium for each browser test class. Without Chromium every test is skipped,
 * saying why, or fails where CHORUS_REQUIRE_BROWSER=true (as in CI). The class's summary line of
 * pages checked is printed when it ends.
 */
abstract class BrowserTest {

    static Browser browser;

    @BeforeAll
    static void startBrowser() {
        if (Browser.installed()) {
            browser = Browser.start();
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

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            System.out.println(browser.summary());
            browser.close();
            browser = null;
        }
    }
}
