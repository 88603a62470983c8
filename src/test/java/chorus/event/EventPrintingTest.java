package chorus.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.support.WebClient;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * What an MVP lead prints for an event held in Urdu and Bengali (and Sylheti and Dari, which the form
 * does not have): a poster in those languages with one QR code to a short address, and a print pack
 * of the poster and a sheet of two slips per language, each slip carrying the event's reference.
 */
@MicronautTest(transactional = false)
class EventPrintingTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;

    @Test
    void thePosterAndThePrintPackAreInTheEventsLanguagesOnly() {
        EventFixtures fixtures = new EventFixtures(server.getURI(), jdbc, tx);
        WebClient lead = fixtures.lead(fixtures.mvp());
        String reference = EventFixtures.event(lead, 30, EventFixtures.unique());

        Document poster = lead.get("/mvp/events/" + reference + "/poster").html();
        List<String> languages = poster.select(".event-invite").eachAttr("lang");
        assertEquals(List.of("ur", "bn"), languages, "the event's languages that the form has, in the form's order");
        assertEquals("rtl", poster.selectFirst(".event-invite[lang=ur]").attr("dir"));
        assertEquals(1, poster.select(".event-poster svg[role=img]").size(), "one QR code for every language");
        String link = poster.selectFirst(".poster-url a").text();
        assertTrue(link.endsWith("/q/" + reference), link);

        Document pack = lead.get("/mvp/events/" + reference + "/print").html();
        assertEquals(3, pack.select(".print-pack .sheet").size(), "the poster, then a sheet per language");
        List<Element> sheets = pack.select(".sheet-slips");
        assertEquals(List.of("ur", "bn"), sheets.stream().map(s -> s.attr("lang")).toList());
        for (Element sheet : sheets) {
            List<Element> slips = sheet.select(".paper-slip");
            assertEquals(2, slips.size(), "two slips to a sheet");
            for (Element slip : slips) {
                assertTrue(slip.selectFirst(".paper-code").text().endsWith(reference), "the event's reference, for keying");
                assertFalse(slip.select(".paper-end").isEmpty());
            }
        }
        assertTrue(pack.select(".paper-slip .paper-end").stream().anyMatch(p -> !p.hasAttr("lang") && !p.text().isBlank()));
    }

    @Test
    void theShortAddressOpensTheEventsFormAsTypedFromAPoster() {
        EventFixtures fixtures = new EventFixtures(server.getURI(), jdbc, tx);
        WebClient lead = fixtures.lead(fixtures.mvp());
        String reference = EventFixtures.event(lead, 10, EventFixtures.unique());
        WebClient visitor = new WebClient(server.getURI());
        for (String typed : List.of(reference, reference.toLowerCase(Locale.ROOT))) {
            WebClient.Reply reply = visitor.get("/q/" + typed);
            assertEquals(303, reply.status());
            assertEquals("/s/about-you?event=" + reference, reply.header("Location"));
        }
        WebClient.Reply form = visitor.get("/s/about-you?event=" + reference);
        assertEquals(200, form.status());
        assertEquals(404, visitor.get("/q/NOSUCHEV").status());
        assertEquals(404, visitor.get("/q/" + "X".repeat(40)).status());
    }

    @Test
    void aSlipPrintedForAnEventAsksToBeHandedBack() {
        EventFixtures fixtures = new EventFixtures(server.getURI(), jdbc, tx);
        WebClient lead = fixtures.lead(fixtures.mvp());
        String reference = EventFixtures.event(lead, 10, EventFixtures.unique());
        WebClient visitor = new WebClient(server.getURI());
        assertTrue(visitor.get("/s/about-you/paper?lang=en&event=" + reference).body().contains("MVP volunteer"));
        assertFalse(visitor.get("/s/about-you/paper?lang=en").body().contains("MVP volunteer"), "not on a form for anyone");
    }
}
