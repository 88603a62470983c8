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
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The staff pages in a real browser: sign-in (in every language, and with its errors), the home
 * page, staff accounts with an error, the refused and expired-form pages. Each must pass axe's
 * WCAG 2.2 A and AA rules and must not scroll sideways at 320 CSS px.
 */
@MicronautTest(transactional = false)
class StaffPagesBrowserTest extends BrowserTest {


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
    void signInIsAccessibleInEveryLanguageWithAndWithoutErrors() {
        for (String tag : List.of("en", "pl", "ro", "ur", "ar", "bn")) {
            open("/sign-in?lang=" + tag);
            assertEquals(tag, browser.find("html").getDomAttribute("lang"));
            browser.assertAccessible("sign-in [" + tag + "]");
            type("username", "nobody");
            browser.clickAndWait("main form button[type=submit]");
            assertEquals(2 - 1, browser.findAll(".error-summary a").size(), "the password is missing");
            assertEquals("error-summary", browser.focusedId());
            assertEquals("nobody", browser.find("#username").getDomProperty("value"), "what was typed is kept");
            browser.assertAccessible("sign-in with an error [" + tag + "]");
        }
    }

    @Test
    void theAdministratorsPagesAreAccessible() {
        // An account waiting after wrong passwords, so the list shows its unlock button too.
        String waiting = "waiting-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(waiting, "a long enough password", Role.ANALYST);
        Database.update(jdbc, tx, "UPDATE user_account SET blocked_until = ? WHERE username = ?",
                java.time.Instant.now().plusSeconds(3600).getEpochSecond(), waiting);
        signIn("test-admin", "test-admin-password-1234");
        assertEquals("/admin", browser.path());
        browser.assertAccessible("staff home [en]");
        open("/admin?lang=ar");
        assertEquals("rtl", browser.find("html").getDomAttribute("dir"));
        browser.assertAccessible("staff home [ar]");
        open("/admin/users?lang=en");
        assertEquals(1, browser.findAll("form[action='/admin/users/unlock']").size());
        browser.assertAccessible("staff accounts [en]");
        type("username", "x");
        browser.clickAndWait("main form[action='/admin/users'] button[type=submit]");
        assertEquals(3, browser.findAll(".error-summary a").size(), "username, password and role");
        browser.assertAccessible("staff accounts with errors [en]");
        for (String tag : new String[] {"en", "ur"}) {
            open("/admin/audit?lang=" + tag);
            assertTrue(browser.findAll("tbody tr").size() > 0, "the sign-in above is listed");
            browser.assertAccessible("audit log [" + tag + "]");
        }
        browser.clickAndWait("header form button[type=submit]");
        assertEquals("/sign-in", browser.path());
        browser.assertAccessible("signed out [en]");
    }

    @Test
    void refusedAndExpiredFormPagesAreAccessible() {
        String name = "analyst-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(name, "analyst password 1", Role.ANALYST);
        signIn(name, "analyst password 1");
        open("/admin/users");
        assertTrue(browser.find("h1").getText().length() > 0);
        browser.assertAccessible("forbidden [en]");
        open("/sign-in");
        browser.driver().manage().deleteCookieNamed("chorus-csrf");
        type("username", name);
        type("password", "analyst password 1");
        browser.clickAndWait("main form button[type=submit]");
        browser.assertAccessible("expired form [en]");
    }

    private void signIn(String username, String password) {
        open("/sign-in");
        type("username", username);
        type("password", password);
        browser.clickAndWait("main form button[type=submit]");
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
