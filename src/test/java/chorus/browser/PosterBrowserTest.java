package chorus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import chorus.support.Browser;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The printable poster in a real browser passes axe's WCAG 2.2 A and AA rules, left to right and right to left. */
@MicronautTest(transactional = false)
class PosterBrowserTest {

    static Browser browser;

    @Inject
    EmbeddedServer server;

    @BeforeAll
    static void startBrowser() {
        if (Browser.installed()) {
            browser = Browser.start();
        }
    }

    @BeforeEach
    void needBrowser() {
        Browser.requireInstalled();
        browser.driver().manage().deleteAllCookies();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            System.out.println(browser.summary());
            browser.close();
        }
    }

    @Test
    void thePosterIsAccessibleInEnglishAndUrdu() {
        open("/s/maternity-experience/poster?lang=en");
        assertEquals("img", browser.find("main svg").getDomAttribute("role"));
        browser.assertAccessible("poster [en]");
        open("/s/maternity-experience/poster?lang=ur");
        assertEquals("rtl", browser.find("html").getDomAttribute("dir"));
        browser.assertAccessible("poster [ur]");
    }

    private void open(String path) {
        browser.open(server.getURI().resolve(path));
    }
}
