package chorus.representation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.disclosure.RecordKeys;
import chorus.support.Database;
import chorus.support.StaffSession;
import chorus.support.WebClient;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the representation report shows before anyone chooses: the whole LMNS as the population (here
 * the configured area, though an area before it in the alphabet exists), the period and population at
 * the top in words, a group nobody was heard from named as not heard, and a period without events
 * said plainly. Events of this class are held in 1995.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "chorus.representation.lmns-area", value = "Testshire LMNS")
class RepresentationDefaultsTest {

    private static final String PERIOD = "from=1995-01-01&to=1995-12-31";

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;
    @Inject
    RecordKeys keys;

    String mvp;
    long aardvark;

    @BeforeAll
    void fixture() {
        WebClient admin = StaffSession.admin(server.getURI());
        RepresentationReportTest.importFile(admin, "/reports/baselines", "area,source,year,classification,category,share\n"
                + "Aardvark District,Defaults test,2090,NHS,A,50\nAardvark District,Defaults test,2090,NHS,H,50\n"
                + "Testshire LMNS,Defaults test,2090,NHS,A,80\nTestshire LMNS,Defaults test,2090,NHS,H,20\n");
        aardvark = Database.count(jdbc, tx, "SELECT id FROM population_baseline WHERE area = 'Aardvark District'");
        Voices voices = new Voices(jdbc, tx, keys);
        mvp = Voices.unique("def-");
        // 30 people: 20 White British and 10 Indian in a tally, even counts, published as they are.
        long event = voices.event(voices.mvp(mvp), "LISTENING_EVENT", LocalDate.of(1995, 5, 5), 30);
        voices.tally(event, "A", 20);
        voices.tally(event, "H", 10);
    }

    private Document report(String query) {
        WebClient.Reply reply = StaffSession.admin(server.getURI()).get("/reports/representation/mvp/" + mvp + "?" + query);
        assertEquals(200, reply.status(), reply.body());
        return reply.html();
    }

    private static List<String> group(Document page, int row) {
        return page.getElementById("table-groups").select("tbody tr").get(row).children().eachText();
    }

    private static String fact(Document page, String term) {
        return page.select("dl.summary > div").stream().filter(d -> d.selectFirst("dt").text().equals(term)).findFirst()
                .map(d -> d.selectFirst("dd").text()).orElseThrow(() -> new AssertionError("no " + term));
    }

    @Test
    void theWholeLmnsIsTheDefaultAndAnAreaCanStillBeChosen() {
        Document page = report(PERIOD);
        Element chosen = page.selectFirst("#baseline option[selected]");
        assertEquals("lmns", chosen.val());
        assertEquals("The whole LMNS (Testshire LMNS, Defaults test, 2090)", chosen.text());
        assertEquals("The whole LMNS (Testshire LMNS, Defaults test, 2090)", fact(page, "Compared with"));
        assertEquals("80.0%", group(page, 0).get(3), "White: the LMNS's share, not Aardvark's 50%");
        assertTrue(page.select("#table-groups a[download]").attr("href").contains("&baseline=lmns&"));

        Document area = report(PERIOD + "&baseline=" + aardvark);
        assertEquals(String.valueOf(aardvark), area.selectFirst("#baseline option[selected]").val());
        assertEquals("Aardvark District, Defaults test, 2090", fact(area, "Compared with"));
        assertEquals("50.0%", group(area, 0).get(3));
        assertEquals("lmns", report(PERIOD + "&baseline=999999999").selectFirst("#baseline option[selected]").val(),
                "an unknown baseline is the whole LMNS");
    }

    @Test
    void aGroupNobodyWasHeardFromIsNotHeardAndUnderRepresented() {
        // Nobody Black was heard, but nobody Black is in Testshire's population either: nothing to flag.
        Document page = report(PERIOD);
        assertEquals(List.of("Black, Black British, Caribbean or African", "0", "0.0%", "0.0%", "No population figure", "Cannot tell"), group(page, 3));
        assertFalse(page.text().contains("(not heard)"));

        // An MVP that heard 40 White British people and nobody Asian, 20% of the population.
        Voices voices = new Voices(jdbc, tx, keys);
        String white = Voices.unique("def-w-");
        long event = voices.event(voices.mvp(white), "LISTENING_EVENT", LocalDate.of(1995, 6, 6), 40);
        voices.tally(event, "A", 40);
        Document heardNone = StaffSession.admin(server.getURI()).get("/reports/representation/mvp/" + white + "?" + PERIOD).html();
        assertEquals(List.of("Asian or Asian British", "0", "0.0%", "20.0%", "Not heard", "Yes, not heard"), group(heardNone, 2));
        assertTrue(heardNone.text().contains(
                "Heard less often than their share of the population (under-represented): Asian or Asian British (not heard)"),
                heardNone.select("main p strong").text());
    }

    @Test
    void theTopSaysWhatTheReportIsOfInWords() {
        Document page = report(PERIOD);
        assertEquals("1 January 1995 to 31 December 1995", fact(page, "Events held"));
        assertEquals("MVP " + mvp, fact(page, "Report for"));
        assertTrue(fact(page, "Produced on").matches("\\d{1,2} [A-Z][a-z]+ \\d{4}"), fact(page, "Produced on"));
        assertEquals("1 January 1994 to 31 December 1994", page.getElementById("table-trend").select("thead th").get(2).text(),
                "the period before, in words too");
        assertEquals("1 stycznia 1995 – 31 grudnia 1995", report(PERIOD + "&lang=pl").selectFirst("dl.summary dd").text());
    }

    @Test
    void aPeriodWithoutEventsSaysSoPlainly() {
        Document page = report("from=1901-01-01&to=1901-12-31");
        assertTrue(page.text().contains("No listening events were recorded for this period, so there is nothing to report."));
        assertTrue(page.select("table").isEmpty(), "no tables of zeros");
        assertEquals("1 January 1901 to 31 December 1901", fact(page, "Events held"));
    }
}
