package chorus.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import chorus.support.Database;
import chorus.support.SurveyRun;
import chorus.support.WebClient;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A survey opened from a listening event's link counts as answered at that event. */
@MicronautTest(transactional = false)
class EventLinkTest {

    @Inject
    EmbeddedServer server;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> tx;

    @Test
    void anEventLinkStoresChannelEventAndTheEvent() {
        String reference = listeningEvent();
        WebClient client = new WebClient(server.getURI());
        WebClient.Reply start = client.get(SurveyRun.BASE + "?lang=pl&event=" + reference);
        assertEquals(reference, WebClient.hiddenFields(start.html()).get("event"));

        String marker = finish(client, "pl", reference);

        assertEquals(1, Database.count(jdbc, tx, "SELECT COUNT(*) FROM response r JOIN answer a ON a.response_id = r.id"
                + " JOIN listening_event e ON e.id = r.event_id WHERE r.channel = 'EVENT' AND e.reference = ?"
                + " AND a.text_value = ?", reference, marker));
    }

    @Test
    void anUnknownEventReferenceStillLetsPeopleAnswerOnline() {
        WebClient client = new WebClient(server.getURI());
        WebClient.Reply start = client.get(SurveyRun.BASE + "?lang=en&event=NOSUCH");
        assertNull(WebClient.hiddenFields(start.html()).get("event"));

        String marker = finish(client, "en", "NOSUCH");

        assertEquals(1, Database.count(jdbc, tx, "SELECT COUNT(*) FROM response r JOIN answer a ON a.response_id = r.id"
                + " WHERE r.channel = 'ONLINE' AND r.event_id IS NULL AND a.text_value = ?", marker));
    }

    private static String finish(WebClient client, String lang, String event) {
        String marker = UUID.randomUUID().toString();
        SurveyRun run = new SurveyRun(client);
        WebClient.Reply first = run.remember(client.follow(client.post(SurveyRun.BASE, "lang", lang, "event", event)));
        java.util.HashMap<String, String[]> answers = new java.util.HashMap<>(SurveyRun.everyPage());
        answers.put("overall", new String[] {"fft", "good", "do_better", marker});
        run.finish(first, Map.copyOf(answers));
        return marker;
    }

    private String listeningEvent() {
        String code = UUID.randomUUID().toString().substring(0, 8);
        Database.update(jdbc, tx, "INSERT INTO mvp (code, name) VALUES (?, ?)", code, "MVP " + code);
        long mvp = Database.count(jdbc, tx, "SELECT id FROM mvp WHERE code = ?", code);
        Database.update(jdbc, tx, "INSERT INTO listening_event (mvp_id, reference, kind, held_on, attendance)"
                + " VALUES (?, ?, 'COMMUNITY_VISIT', CURRENT_DATE, 12)", mvp, code.toUpperCase());
        return code.toUpperCase();
    }
}
