package chorus.representation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.disclosure.RecordKeys;
import chorus.i18n.Translations;
import chorus.report.Figures;
import chorus.support.Database;
import chorus.support.Responses;
import chorus.support.StaffSession;
import chorus.support.WebClient;
import chorus.system.Role;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Who answered the surveys against who gives birth: respondents of 2089, a year no other test uses,
 * compared with a births baseline by ethnic group, in total and by channel. Counts are even, which
 * the cell key method publishes as they are, so the figures are worked out by hand.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RespondentsRepresentationTest {

    private static final String PERIOD = "from=2089-01-01&to=2089-12-31";

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;
    @Inject
    RecordKeys keys;
    @Inject
    Translations translations;

    private WebClient analyst;
    private String mvpCode;

    @BeforeAll
    void fixture() {
        analyst = StaffSession.newAccount(server, Role.ANALYST);
        String area = "Births test " + UUID.randomUUID().toString().substring(0, 6);
        // The same area, source and year as population figures, which a births file must not replace.
        importBaseline("POPULATION", area + ",Registrations,2089,NHS,A,500\n" + area + ",Registrations,2089,NHS,H,500\n");
        importBaseline("BIRTHS", area + ",Registrations,2089,NHS,A,700\n" + area + ",Registrations,2089,NHS,H,150\n"
                + area + ",Registrations,2089,NHS,M,100\n" + area + ",Registrations,2089,NHS,D,50\n");
        WebClient lead = StaffSession.newAccount(server, Role.MVP_LEAD);
        mvpCode = Database.text(jdbc, tx, "SELECT code FROM mvp WHERE id = (SELECT MAX(id) FROM mvp)");
        long mvp = Database.count(jdbc, tx, "SELECT id FROM mvp WHERE code = ?", mvpCode);
        String reference = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Database.update(jdbc, tx, "INSERT INTO listening_event (mvp_id, reference, kind, held_on, attendance)"
                + " VALUES (?, ?, 'LISTENING_EVENT', DATE '2089-05-01', 30)", mvp, reference);
        long event = Database.count(jdbc, tx, "SELECT id FROM listening_event WHERE reference = ?", reference);
        respond(30, "A", "ONLINE", null);
        respond(10, "H", "ONLINE", null);
        respond(10, "A", "PAPER", null);
        respond(6, "D", "EVENT", event);
        respond(4, null, "ONLINE", null);
        // The "about you" of an event is a voice, counted in the table above, not a survey respondent.
        for (int i = 0; i < 8; i++) {
            response("about-you", "M", "EVENT", event);
        }
        lead.get("/");
    }

    @Test
    void respondentsAreComparedWithBirthsInTotalAndByChannel() {
        Document page = analyst.get("/reports/representation?" + PERIOD).html();
        List<List<String>> groups = rows(page, "respondents");
        // 56 respondents with a group: White 40 (71.4%), Mixed 6, Asian 10, Black 0, against births of
        // 70%, 5%, 15% and 10%.
        assertEquals(List.of("White", "40", percent(100.0 * 40 / 56), "70.0%"), groups.get(0).subList(0, 4));
        assertEquals(List.of("Asian or Asian British", "10"), groups.get(2).subList(0, 2));
        List<String> black = groups.get(3);
        assertEquals("0", black.get(1));
        assertEquals("10.0%", black.get(3), "the births share");
        assertEquals("Yes, not heard", black.get(5), "nobody Black answered, though 1 in 10 births is");
        assertEquals("56", groups.get(groups.size() - 1).get(1));
        assertTrue(page.getElementById("table-respondents").text().contains("Share of births"));
        assertTrue(page.text().contains("Under-represented among the respondents: Black"), page.text());

        List<List<String>> channels = rows(page, "channels");
        assertEquals(List.of("Online", "40", percent(75.0), percent(0), percent(25.0), percent(0), percent(0)), channels.get(0).subList(0, 7),
                "online: 30 White and 10 Asian of 40 with a group (4 without one are not in the shares)");
        assertTrue(channels.get(0).get(7).contains("Black"), channels.get(0).toString());
        assertEquals("10", channels.get(1).get(1), "paper");
        assertEquals("6", channels.get(2).get(1), "at an event");

        WebClient.Reply csv = analyst.get("/reports/representation/csv?table=respondents&" + PERIOD);
        assertEquals(200, csv.status());
        assertTrue(csv.body().contains("Share of births"), csv.body());
    }

    @Test
    void anMvpsReportCountsTheResponsesMadeAtItsEvents() {
        Document page = analyst.get("/reports/representation/mvp/" + mvpCode + "?" + PERIOD).html();
        List<List<String>> groups = rows(page, "respondents");
        assertEquals("6", groups.get(groups.size() - 1).get(1), "the six answered at its event");
    }

    @Test
    void aBirthsFileKeepsThePopulationFiguresOfTheSameSourceAndYear() {
        Document baselines = analyst.get("/reports/baselines").html();
        List<String> kinds = baselines.select("tbody tr").stream().filter(r -> r.text().contains("Registrations"))
                .map(r -> r.selectFirst("td").text()).toList();
        assertEquals(List.of("Births: babies born to mothers living in the area, by the mother's ethnic group",
                "Population: everyone living in the area"), kinds.stream().sorted().toList());
    }

    private void importBaseline(String kind, String rows) {
        WebClient.Reply page = analyst.get("/reports/baselines");
        WebClient.Reply done = analyst.post("/reports/baselines", "csrfToken", StaffSession.csrfToken(page), "kind", kind,
                "csv", "area,source,year,classification,category,count\n" + rows);
        assertEquals(303, done.status(), done.body());
    }

    private void respond(int people, String ethnicity, String channel, Long event) {
        for (int i = 0; i < people; i++) {
            response("maternity-experience", ethnicity, channel, event);
        }
    }

    private void response(String survey, String ethnicity, String channel, Long event) {
        new Responses(jdbc, tx, keys).write(survey, "en", channel, java.time.LocalDate.of(2089, 6, 1), event, "ethnicity", ethnicity);
    }

    private String percent(double value) {
        return Figures.percent(value, translations.texts(translations.source())).value();
    }

    private static List<List<String>> rows(Document page, String table) {
        Element found = page.getElementById("table-" + table);
        if (found == null) {
            throw new AssertionError("no table " + table + " in " + page.text());
        }
        return found.select("tbody tr").stream().map(tr -> tr.select("th, td").stream().map(Element::text).toList()).toList();
    }
}
