package chorus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.account.AccountService;
import chorus.system.Role;
import chorus.support.Database;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The MVP pages in a real browser: the events list, the event form with its errors, an event's
 * page, its tally form with errors, comments and QR code, the MVPs page; and the "about you"
 * survey in every language. Each passes axe's WCAG 2.2 A and AA rules and reflows at 320 CSS px.
 */
@MicronautTest(transactional = false)
class MvpPagesBrowserTest extends BrowserTest {

    private static final String PASSWORD = "lead password 12345";

    @Inject
    EmbeddedServer server;
    @Inject
    AccountService accounts;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;

    @BeforeEach
    void forgetCookies() {
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void anMvpLeadsPagesAreAccessibleWithAndWithoutErrors() {
        String code = "mvp-" + UUID.randomUUID().toString().substring(0, 8);
        Database.update(jdbc, tx, "INSERT INTO mvp (code, name) VALUES (?, ?)", code, "West Norfolk MVP " + code);
        long mvp = Database.count(jdbc, tx, "SELECT id FROM mvp WHERE code = ?", code);
        String lead = "lead-" + code;
        accounts.create(lead, PASSWORD, Role.MVP_LEAD, mvp);
        signIn(lead);
        browser.assertAccessible("staff home, MVP lead [en]");

        open("/mvp/events");
        browser.assertAccessible("events list, empty [en]");
        open("/mvp/events/new");
        browser.assertAccessible("new event [en]");
        browser.script("document.getElementById('heldOn').value = arguments[0];", LocalDate.now().plusDays(2).toString());
        type("attendance", "many");
        browser.clickAndWait("main form button[type=submit]");
        assertEquals(3, browser.findAll(".error-summary a").size(), "type, future date and attendance");
        assertEquals("many", browser.find("#attendance").getDomProperty("value"), "what was typed is kept");
        browser.assertAccessible("new event with errors [en]");

        browser.find("label[for=kind]").click();
        browser.script("document.getElementById('heldOn').value = arguments[0];", LocalDate.now().minusDays(1).toString());
        type("place", "Children's centre");
        type("otherLanguages", "Sylheti, Dari");
        browser.find("label[for=languages-ur]").click();
        type("attendance", "12");
        browser.clickAndWait("main form button[type=submit]");
        assertTrue(browser.path().startsWith("/mvp/events/"), browser.path());
        String event = browser.path();
        browser.assertAccessible("event page [en]");

        open(event + "/tally");
        browser.assertAccessible("tally form [en]");
        type("count-A", "-2");
        type("count-J", "20");
        browser.clickAndWait("main form button[type=submit]");
        assertEquals(1, browser.findAll(".error-summary a").size());
        browser.assertAccessible("tally form with errors [en]");
        type("count-A", "2");
        type("count-J", "3");
        browser.clickAndWait("main form button[type=submit]");
        assertEquals("7", browser.find("#not-asked").getText());

        open(event + "/comments");
        browser.assertAccessible("comment form [en]");
        browser.clickAndWait("main form button[type=submit]");
        assertEquals(2, browser.findAll(".error-summary a").size(), "text and language");
        browser.assertAccessible("comment form with errors [en]");
        type("text", "The interpreter came late to every appointment.");
        browser.find("#language").sendKeys("Sylheti");
        browser.clickAndWait("main form button[type=submit]");
        assertTrue(browser.find(".comments").getText().contains("interpreter came late"));
        browser.assertAccessible("event page with a tally and a comment [en]");

        open(event + "?lang=ar");
        assertEquals("rtl", browser.find("html").getDomAttribute("dir"));
        browser.assertAccessible("event page [ar]");
        open(event + "/tally?lang=ur");
        browser.assertAccessible("tally form [ur]");
        open(event + "/qr?lang=bn");
        assertEquals("img", browser.find("main svg").getDomAttribute("role"));
        browser.assertAccessible("event QR code [bn]");
        open("/mvp/events?from=2000-01-01");
        browser.assertAccessible("events list [en]");
        open("/mvp/events?from=yesterday");
        browser.assertAccessible("events list with an error [en]");
    }

    @Test
    void theAdministratorsMvpPagesAreAccessible() {
        signIn("test-admin", "test-admin-password-1234");
        open("/admin/mvps");
        browser.assertAccessible("MVPs [en]");
        type("code", "has space");
        browser.clickAndWait("main form button[type=submit]");
        assertEquals(2, browser.findAll(".error-summary a").size(), "code and name");
        browser.assertAccessible("MVPs with errors [en]");
        open("/admin/users?lang=ar");
        browser.assertAccessible("staff accounts with MVPs [ar]");
    }

    @Test
    void theAboutYouSurveyIsAccessibleInEveryLanguage() {
        for (String tag : List.of("en", "pl", "ro", "ur", "ar", "bn")) {
            browser.driver().manage().deleteAllCookies();
            open("/s/about-you?lang=" + tag);
            assertEquals(tag, browser.find("html").getDomAttribute("lang"));
            browser.assertAccessible("about you, start [" + tag + "]");
            browser.clickAndWait("main form button[type=submit]");
            assertEquals("/s/about-you/p/about_you", browser.path());
            browser.assertAccessible("about you, page 1 [" + tag + "]");
            type("postcode_district", "NR1 3SR");
            browser.clickAndWait("main form button[type=submit]");
            browser.assertAccessible("about you, page 1 with an error [" + tag + "]");
            type("postcode_district", "NR1");
            browser.clickAndWait("main form button[type=submit]");
            assertEquals("/s/about-you/p/more_about_you", browser.path());
            browser.assertAccessible("about you, page 2 [" + tag + "]");
            open("/s/about-you/paper?lang=" + tag);
            browser.assertAccessible("about you, printed slip [" + tag + "]");
        }
    }

    private void signIn(String username) {
        signIn(username, PASSWORD);
    }

    private void signIn(String username, String password) {
        open("/sign-in");
        type("username", username);
        type("password", password);
        browser.clickAndWait("main form button[type=submit]");
        assertEquals("/admin", browser.path());
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
