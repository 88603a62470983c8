package chorus.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.support.SurveyRun;
import chorus.support.WebClient;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Each survey names who runs it (surveys/&lt;survey&gt;/run-by.yml) on its start page, paper form and
 * posters, and an event's pages name its MVP; the thank-you page and the end of the paper form say
 * where to turn for help. In every language, from the survey's translations.
 */
@MicronautTest(transactional = false)
class WhoIsAskingTest {

    static final String PRIVACY = "https://www.example.org/maternity-voices/privacy";
    static final String ORGANISATION = "Example Local Maternity and Neonatal System";

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;

    @Test
    void theStartPageSaysWhoIsAskingAndHowToReachThem() {
        WebClient visitor = new WebClient(server.getURI());
        Document start = visitor.get(SurveyRun.BASE + "?lang=en").html();
        Element who = start.selectFirst(".run-by");
        assertNotNull(who, start.text());
        assertEquals(List.of("Run by", "Questions about this survey", "How your answers are used"), who.select("dt").eachText());
        assertTrue(who.text().contains(ORGANISATION));
        assertNotNull(who.selectFirst("a[href=mailto:maternity.voices@example.org]"));
        assertNotNull(who.selectFirst("a[href=" + PRIVACY + "]"));

        Document polish = visitor.get(SurveyRun.BASE + "?lang=pl").html();
        Element dt = polish.selectFirst(".run-by dt");
        assertFalse(dt.text().equals("Run by"), "the labels are translated");
        assertFalse(dt.hasAttr("lang"), "and not marked as English");
        assertFalse(polish.selectFirst(".run-by dd").hasAttr("lang"), "the organisation's name comes from the survey's translation");
        assertNotNull(polish.selectFirst(".run-by a[href=" + PRIVACY + "]"));
    }

    @Test
    void theThankYouPageAndThePaperFormSayWhereToTurnForHelp() {
        SurveyRun run = new SurveyRun(new WebClient(server.getURI()));
        WebClient.Reply done = run.finish(run.start("ur"), SurveyRun.everyPage());
        Document thanks = run.client().get(done.location()).html();
        Element help = thanks.selectFirst(".help-list");
        assertNotNull(help, thanks.text());
        assertEquals(4, help.select(".help-item").size());
        assertNotNull(help.selectFirst("a[href=tel:999]"), "999 can be dialled from the page");
        assertNotNull(help.selectFirst("a[href=tel:116123]"));
        assertNotNull(help.selectFirst("a[href=https://111.nhs.uk]"));
        assertFalse(help.selectFirst("h2").hasAttr("lang"), "in Urdu");

        Document paper = new WebClient(server.getURI()).get(SurveyRun.BASE + "/paper?lang=en").html();
        assertEquals(PRIVACY, paper.selectFirst(".run-by .run-by-address").text(), "on paper the address is written out");
        assertTrue(paper.selectFirst(".help-list").text().contains("Samaritans"));
        assertTrue(paper.selectFirst(".help-list").text().contains("111.nhs.uk"));
        assertTrue(paper.selectFirst(".help-list").elementSiblingIndex() > paper.selectFirst(".paper-end").elementSiblingIndex(),
                "the help comes at the end of the form");

        Document poster = new WebClient(server.getURI()).get(SurveyRun.BASE + "/poster?lang=en").html();
        assertTrue(poster.selectFirst(".run-by").text().contains(ORGANISATION));
    }

    @Test
    void anEventsPagesNameItsMvp() {
        EventFixtures fixtures = new EventFixtures(server.getURI(), jdbc, tx);
        WebClient lead = fixtures.lead(fixtures.mvp());
        String reference = EventFixtures.event(lead, 10, EventFixtures.unique());

        Document start = new WebClient(server.getURI()).get("/s/about-you?lang=en&event=" + reference).html();
        List<String> terms = start.select(".run-by dt").eachText();
        assertTrue(terms.contains("Maternity and Neonatal Voices Partnership"), terms.toString());
        assertFalse(new WebClient(server.getURI()).get("/s/about-you?lang=en").html().select(".run-by dt").eachText()
                .contains("Maternity and Neonatal Voices Partnership"), "only an event's link names an MVP");

        Document poster = lead.get("/mvp/events/" + reference + "/poster").html();
        assertTrue(poster.selectFirst(".event-poster .run-by-line").text().contains("Maternity and Neonatal Voices Partnership"), poster.text());
        Document pack = lead.get("/mvp/events/" + reference + "/print").html();
        Element slip = pack.selectFirst(".paper-slip");
        assertTrue(slip.selectFirst(".run-by-line").text().contains(ORGANISATION), "a slip has room for one line: who asks");
        assertTrue(poster.selectFirst(".event-poster .run-by-line").text().contains(PRIVACY),
                "the poster the slips are handed out under says where the privacy notice is");
    }
}
