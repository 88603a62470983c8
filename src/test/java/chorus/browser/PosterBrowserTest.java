package chorus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The printable poster in a real browser passes axe's WCAG 2.2 A and AA rules, left to right and right to left. */
@MicronautTest(transactional = false)
class PosterBrowserTest extends BrowserTest {


    @Inject
    EmbeddedServer server;

    @BeforeEach
    void forgetCookies() {
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void thePosterIsAccessibleInEnglishAndUrdu() {
        open("/s/maternity-experience/poster?lang=en");
        assertEquals("img", browser.find("main svg").getDomAttribute("role"));
        browser.assertAccessible("poster [en]");
        open("/s/maternity-experience/poster?lang=ur");
        assertEquals("rtl", browser.find("html").getDomAttribute("dir"));
        browser.assertAccessible("poster [ur]");
        open("/s/maternity-experience/poster?lang=en-x-easy");
        browser.assertAccessible("poster [en-x-easy]");
    }

    private void open(String path) {
        browser.open(server.getURI().resolve(path));
    }
}
