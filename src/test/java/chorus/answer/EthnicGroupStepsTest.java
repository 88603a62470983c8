package chorus.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.support.Database;
import chorus.support.WebClient;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * On screen the ethnic-group question is asked in two steps, the group and then the background
 * within it, with JavaScript off (plain forms and redirects); what is stored is the one NHS
 * category, as on paper.
 */
@MicronautTest(transactional = false)
class EthnicGroupStepsTest {

    static final String BASE = "/s/about-you";

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;

    @Test
    void theGroupThenTheBackgroundWithinItIsStoredAsOneCategory() {
        WebClient phone = new WebClient(server.getURI());
        WebClient.Reply first = start(phone);
        Document page = first.html();
        List<String> groups = page.select("input[name=ethnicity.group]").eachAttr("value");
        assertEquals(List.of("white", "mixed", "asian", "black", "other", "not_stated"), groups,
                "six choices on the page, not seventeen");
        assertTrue(page.select("input[name=ethnicity]").isEmpty(), "no category is asked on the first step");
        assertNotNull(page.selectFirst("label[for=ethnicity-group-not-stated]"));

        WebClient.Reply posted = phone.post(BASE + "/p/about_you", "form-token", token(page), "ethnicity.group", "asian",
                "age_band", "30_34");
        assertEquals(BASE + "/p/about_you/ethnicity", posted.header("Location"));
        Document second = phone.get(posted.header("Location")).html();
        assertEquals(List.of("H", "J", "K", "L"), second.select("input[name=ethnicity]").eachAttr("value"),
                "only the backgrounds of the group chosen");
        assertTrue(second.selectFirst("legend").text().contains("Asian or Asian British background"), second.text());
        assertNotNull(second.selectFirst("input[name=ethnicity.self]"), "words of the person's own can be given instead");
        assertEquals(BASE + "/p/about_you", second.selectFirst("a.back-link").attr("href"));

        WebClient.Reply empty = phone.post(BASE + "/p/about_you/ethnicity", "form-token", token(second));
        assertEquals(422, empty.status());
        assertNotNull(empty.html().selectFirst(".error-summary a[href=#ethnicity-H]"), empty.body());
        assertTrue(empty.html().selectFirst("#ethnicity-error").text().contains("fits you best"));

        WebClient.Reply forged = phone.post(BASE + "/p/about_you/ethnicity", "form-token", token(second), "ethnicity", "M");
        assertEquals(400, forged.status(), "a background outside the group chosen is a forged form");

        WebClient.Reply chosen = phone.post(BASE + "/p/about_you/ethnicity", "form-token", token(second), "ethnicity", "K",
                "ethnicity.self", "Sylheti");
        assertEquals(BASE + "/p/more_about_you", chosen.header("Location"));

        // Back to the page: the group is still chosen and going on keeps the background already given.
        Document again = phone.get(BASE + "/p/about_you").html();
        assertTrue(again.selectFirst("#ethnicity-group-asian").hasAttr("checked"));
        assertEquals("30_34", again.selectFirst("input[name=age_band][checked]").val(), "the page's other answers are kept");
        WebClient.Reply same = phone.post(BASE + "/p/about_you", "form-token", token(again), "ethnicity.group", "asian",
                "age_band", "30_34");
        Document kept = phone.get(same.header("Location")).html();
        assertTrue(kept.selectFirst("#ethnicity-K").hasAttr("checked"), "the background given before is kept");
        assertEquals("Sylheti", kept.selectFirst("input[name=ethnicity.self]").val());
        finish(phone, kept, "ethnicity", "K", "ethnicity.self", "Sylheti");

        long response = latest();
        assertEquals(1, Database.count(jdbc, tx, "SELECT COUNT(*) FROM answer WHERE response_id = ? AND question_id = 'ethnicity'"
                + " AND option_value = 'K' AND text_value = 'Sylheti'", response), "one category and the person's own words");
        assertEquals(0, Database.count(jdbc, tx, "SELECT COUNT(*) FROM answer WHERE response_id = ? AND question_id LIKE 'ethnicity.%'",
                response), "the group is the draft's only: the category says it");
    }

    @Test
    void aDifferentGroupAsksAgainAndPreferNotToSayNeedsNoSecondStep() {
        WebClient phone = new WebClient(server.getURI());
        Document page = start(phone).html();
        WebClient.Reply asian = phone.post(BASE + "/p/about_you", "form-token", token(page), "ethnicity.group", "asian");
        Document second = phone.get(asian.header("Location")).html();
        phone.post(BASE + "/p/about_you/ethnicity", "form-token", token(second), "ethnicity", "J");

        WebClient.Reply black = phone.post(BASE + "/p/about_you", "form-token", token(page), "ethnicity.group", "black");
        Document other = phone.get(black.header("Location")).html();
        assertEquals(List.of("M", "N", "P"), other.select("input[name=ethnicity]").eachAttr("value"));
        assertTrue(other.select("input[name=ethnicity][checked]").isEmpty(), "a background of the old group is not carried over");
        // Leaving the second step unanswered leaves the page unfinished: the check page sends the person back.
        assertEquals(BASE + "/p/about_you", phone.get(BASE + "/check").header("Location"));

        WebClient.Reply notStated = phone.post(BASE + "/p/about_you", "form-token", token(page), "ethnicity.group", "not_stated");
        assertEquals(BASE + "/p/more_about_you", notStated.header("Location"), "prefer not to say is an answer in itself");
        finish(phone, phone.get(notStated.header("Location")).html());
        assertEquals(1, Database.count(jdbc, tx, "SELECT COUNT(*) FROM answer WHERE response_id = ? AND question_id = 'ethnicity'"
                + " AND option_value = 'Z'", latest()));
    }

    @Test
    void theChangeLinkOnTheCheckPageLeadsThroughBothStepsAndBack() {
        WebClient phone = new WebClient(server.getURI());
        Document page = start(phone).html();
        WebClient.Reply posted = phone.post(BASE + "/p/about_you", "form-token", token(page), "ethnicity.group", "white");
        Document second = phone.get(posted.header("Location")).html();
        WebClient.Reply next = phone.post(BASE + "/p/about_you/ethnicity", "form-token", token(second), "ethnicity", "B");
        Document more = phone.get(next.header("Location")).html();
        WebClient.Reply toCheck = phone.post(BASE + "/p/more_about_you", "form-token", token(more));
        Document check = phone.get(toCheck.header("Location")).html();
        assertTrue(check.text().contains("Irish"), check.text());
        String change = check.select("a[href*=/p/about_you?]").first().attr("href");
        assertTrue(change.contains("return=check") && change.endsWith("#ethnicity-group-white"), change);

        Document group = phone.get(change.replaceFirst("#.*", "")).html();
        WebClient.Reply changed = phone.post(BASE + "/p/about_you", "form-token", token(group), "return", "check",
                "ethnicity.group", "mixed");
        assertEquals(BASE + "/p/about_you/ethnicity?return=check", changed.header("Location"));
        Document mixed = phone.get(changed.header("Location")).html();
        assertTrue(mixed.selectFirst("a.back-link").attr("href").endsWith("return=check"));
        WebClient.Reply back = phone.post(BASE + "/p/about_you/ethnicity", "form-token", token(mixed), "return", "check",
                "ethnicity", "F");
        assertEquals(BASE + "/check", back.header("Location"), "back to checking once both steps are answered");
        assertTrue(phone.get(BASE + "/check").html().text().contains("White and Asian"));
        assertFalse(phone.get(BASE + "/check").html().text().contains("Irish"));
    }

    @Test
    void aPageServedBeforeTheTwoStepsStillStoresTheCategoryItSends() {
        WebClient phone = new WebClient(server.getURI());
        Document page = start(phone).html();
        WebClient.Reply posted = phone.post(BASE + "/p/about_you", "form-token", token(page), "ethnicity", "M", "ethnicity.self", "Jamaican");
        assertEquals(BASE + "/p/more_about_you", posted.header("Location"), "the answer is whole: no second step to ask");
        finish(phone, phone.get(posted.header("Location")).html());
        assertEquals(1, Database.count(jdbc, tx, "SELECT COUNT(*) FROM answer WHERE response_id = ? AND question_id = 'ethnicity'"
                + " AND option_value = 'M' AND text_value = 'Jamaican'", latest()));
    }

    private static WebClient.Reply start(WebClient phone) {
        assertEquals(200, phone.get(BASE + "?lang=en").status());
        return phone.follow(phone.post(BASE, "lang", "en"));
    }

    private void finish(WebClient phone, Document page, String... fields) {
        WebClient.Reply reply = null;
        for (int guard = 0; guard < 6; guard++) {
            String action = page.selectFirst("form[method=post]").attr("action");
            String[] all = new String[fields.length + 2];
            all[0] = "form-token";
            all[1] = token(page);
            System.arraycopy(fields, 0, all, 2, fields.length);
            reply = phone.post(action, all);
            assertEquals(303, reply.status(), reply.body());
            if (reply.header("Location").endsWith("/done")) {
                return;
            }
            page = phone.get(reply.header("Location")).html();
        }
        throw new AssertionError("the survey did not end");
    }

    private long latest() {
        return Database.count(jdbc, tx, "SELECT MAX(id) FROM response WHERE survey_id = 'about-you'");
    }

    private static String token(Document page) {
        return WebClient.hiddenFields(page).get("form-token");
    }
}
