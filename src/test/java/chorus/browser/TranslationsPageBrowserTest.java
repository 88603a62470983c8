package chorus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/**
 * /admin/translations in a real browser: the coverage table and upload form, in English and
 * right to left, and after an upload refused with a message per id. Zero axe WCAG 2.2 A/AA
 * violations and no sideways scrolling at 320 CSS px. The refused upload writes nothing.
 */
@MicronautTest(transactional = false)
class TranslationsPageBrowserTest extends BrowserTest {

    @Inject
    EmbeddedServer server;
    @TempDir
    Path folder;

    @Test
    void theTranslationsPageIsAccessibleWithAndWithoutErrors() throws Exception {
        browser.driver().manage().deleteAllCookies();
        open("/sign-in");
        type("username", "test-admin");
        type("password", "test-admin-password-1234");
        browser.clickAndWait("main form button[type=submit]");

        open("/admin/translations?lang=en");
        assertTrue(browser.findAll("tbody tr").size() >= 12, "the interface and each survey per language");
        browser.assertAccessible("translations [en]");
        open("/admin/translations?lang=ar");
        assertEquals("rtl", browser.find("html").getDomAttribute("dir"));
        browser.assertAccessible("translations [ar]");

        open("/admin/translations?lang=en");
        Path file = folder.resolve("chorus-interface-pl.xlf");
        Files.writeString(file, exportAsTheBrowser("/admin/translations/export?text=interface&lang=pl")
                .replace("<trans-unit id=\"app.name\">", "<trans-unit id=\"app.no_such_key\">"));
        new org.openqa.selenium.support.ui.Select(browser.find("#lang")).selectByValue("pl");
        browser.find("#file").sendKeys(file.toAbsolutePath().toString());
        browser.clickAndWait("main form button[type=submit]");

        assertEquals("app.no_such_key: there is no text with this id in the English", browser.find(".error-summary-list a").getText());
        assertEquals("error-summary", browser.focusedId());
        assertTrue(browser.title().startsWith("Error: "), browser.title());
        browser.assertAccessible("translations with a refused file [en]");
    }

    /** Downloads with the browser's session cookie, as the Export link would. */
    private String exportAsTheBrowser(String path) throws IOException, InterruptedException {
        Cookie session = browser.driver().manage().getCookieNamed("chorus-session");
        HttpRequest request = HttpRequest.newBuilder(server.getURI().resolve(path))
                .header("Cookie", session.getName() + "=" + session.getValue()).build();
        HttpResponse<String> reply = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, reply.statusCode());
        return reply.body();
    }

    private void open(String path) {
        browser.open(server.getURI().resolve(URI.create(path)));
    }

    private void type(String id, String text) {
        WebElement input = browser.find("#" + id);
        input.clear();
        input.sendKeys(text);
    }
}
