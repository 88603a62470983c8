package chorus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.staff.InvitationCodes;
import chorus.support.StaffSurveyFixtures;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The staff survey in a real browser: the start page with the anonymity statement, a bad code, a
 * question page with errors, the thank-you page, closed and not-yet-open rounds (also right to
 * left), and the administrators' staff pages. Each must pass axe's WCAG 2.2 A and AA rules and
 * must not scroll sideways at 320 CSS px. The survey is offered in English only; its refusals and
 * the staff pages are checked in Arabic too, for right to left.
 */
@MicronautTest(transactional = false)
class StaffSurveyBrowserTest extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final String BASE = StaffSurveyFixtures.BASE;

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;
    @Inject
    InvitationCodes codes;

    @BeforeEach
    void forgetCookies() {
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void answeringWithAnInvitationCodeIsAccessible() {
        String org = StaffSurveyFixtures.organisation(jdbc, tx);
        long round = StaffSurveyFixtures.onlyRound(jdbc, tx, TODAY.minusDays(1), TODAY.plusDays(20), true);
        String code = codes.generate(round, StaffSurveyFixtures.organisationId(jdbc, tx, org), 1).get(0);

        open(BASE);
        assertEquals(5, browser.findAll(".anonymity li").size(), "the five points of the anonymity statement");
        browser.assertAccessible("staff start with the anonymity statement [en]");
        type("code", "AAAA-BBBB-CCCC");
        submit();
        assertEquals("error-summary", browser.focusedId());
        browser.assertAccessible("staff start with a code that cannot be used [en]");
        type("code", code);
        submit();

        browser.assertAccessible("staff question page [en]");
        submit();
        assertEquals(3, browser.findAll(".error-summary a").size(), "the three required questions");
        browser.assertAccessible("staff question page with errors [en]");
        choose("harassment_public-never");
        choose("harassment_manager-1_2");
        choose("harassment_colleagues-never");
        submit();
        choose("career_progression-yes");
        choose("discrimination_colleagues-no");
        choose("discrimination_public-no");
        submit();
        browser.assertAccessible("staff question page with free text [en]");
        submit();
        browser.assertAccessible("staff question page about you [en]");
        submit();
        assertTrue(browser.path().endsWith("/check"), browser.path());
        browser.assertAccessible("staff check your answers [en]");
        submit();
        assertTrue(browser.path().endsWith("/done"), browser.path());
        browser.assertAccessible("staff thank-you [en]");
    }

    @Test
    void refusalsAreAccessibleLeftToRightAndRightToLeft() {
        String org = StaffSurveyFixtures.organisation(jdbc, tx);
        StaffSurveyFixtures.onlyRound(jdbc, tx, TODAY.minusDays(30), TODAY.minusDays(2), false);
        open(BASE + "?org=" + org);
        browser.assertAccessible("staff round closed [en]");
        open(BASE + "?lang=ar&org=" + org);
        assertEquals("rtl", browser.find("html").getDomAttribute("dir"));
        browser.assertAccessible("staff round closed [ar]");

        StaffSurveyFixtures.onlyRound(jdbc, tx, TODAY.plusDays(3), TODAY.plusDays(30), false);
        open(BASE + "?lang=en&org=" + org);
        browser.assertAccessible("staff round not open yet [en]");
        StaffSurveyFixtures.onlyRound(jdbc, tx, TODAY, TODAY.plusDays(30), false);
        open(BASE + "?lang=en&org=no-such-organisation");
        browser.assertAccessible("staff link without an organisation [en]");
    }

    @Test
    void theAdministratorsStaffPagesAreAccessible() {
        String org = StaffSurveyFixtures.organisation(jdbc, tx);
        StaffSurveyFixtures.onlyRound(jdbc, tx, TODAY, TODAY.plusDays(30), true);
        open("/sign-in");
        type("username", "test-admin");
        type("password", "test-admin-password-1234");
        submit();

        open("/admin/staff?lang=en");
        browser.assertAccessible("staff survey rounds [en]");
        type("code", "Not OK!");
        browser.clickAndWait("form[action='/admin/staff/organisations'] button[type=submit]");
        assertEquals(2, browser.findAll(".error-summary a").size(), "code and name");
        browser.assertAccessible("staff survey rounds with errors [en]");
        browser.clickAndWait("form[action='/admin/staff/rounds'] button[type=submit]");
        browser.assertAccessible("staff survey rounds with round errors [en]");
        open("/admin/staff?lang=ar");
        browser.assertAccessible("staff survey rounds [ar]");

        open("/admin/staff/codes?lang=en");
        browser.assertAccessible("invitation codes [en]");
        type("count", "none");
        submit();
        browser.assertAccessible("invitation codes with an error [en]");
        org.openqa.selenium.support.ui.Select organisations = new org.openqa.selenium.support.ui.Select(browser.find("#organisation"));
        organisations.selectByVisibleText("Trust " + org);
        type("count", "4");
        submit();
        assertEquals(4, browser.findAll(".invitation-code").size());
        browser.assertAccessible("printable invitation codes [en]");

        open("/admin/staff/submissions?lang=en");
        browser.assertAccessible("staff survey submissions [en]");
        open("/admin/staff/submissions?lang=ar");
        browser.assertAccessible("staff survey submissions [ar]");
        open("/admin/surveys/staff-experience/responses.csv?lang=en");
        browser.assertAccessible("staff answers download refused [en]");
    }

    private void open(String path) {
        browser.open(server.getURI().resolve(path));
    }

    private void submit() {
        browser.clickAndWait("main form button[type=submit]");
    }

    private void choose(String inputId) {
        browser.find("label[for='" + inputId + "']").click();
        assertTrue(browser.find("[id='" + inputId + "']").isSelected(), inputId);
    }

    private void type(String id, String text) {
        WebElement input = browser.find("#" + id);
        input.clear();
        input.sendKeys(text);
    }
}
