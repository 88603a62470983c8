package chorus.representation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import chorus.disclosure.RecordKeys;
import chorus.support.StaffSession;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The first languages of the people an MVP heard, typed "Urdu", "urdu" and "اردو" before Chorus stored
 * codes and "ur" since: one row, named in the reader's language. Events of 1987, a year no other test uses.
 */
@MicronautTest(transactional = false)
class FirstLanguagesTableTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;
    @Inject
    RecordKeys keys;

    @Test
    void aLanguageTypedInDifferentWaysIsOneRow() {
        Voices voices = new Voices(jdbc, tx, keys);
        String code = Voices.unique("lang-");
        long mvp = voices.mvp(code);
        long event = voices.event(mvp, "LISTENING_EVENT", LocalDate.of(1987, 5, 5), 40);
        for (String typed : List.of("Urdu", "urdu", "اردو", "ur")) {
            for (int i = 0; i < 2; i++) {
                voices.aboutYou(event, "EVENT", "H", null, false, typed);
            }
        }
        String report = "/reports/representation/mvp/" + code + "?from=1987-01-01&to=1987-12-31";
        List<List<String>> rows = StaffSession.admin(server.getURI()).get(report).html().getElementById("table-languages")
                .select("tbody tr").stream().map(tr -> tr.select("th, td").stream().map(Element::text).toList()).toList();
        assertEquals(List.of("Urdu", "8"), rows.get(0).subList(0, 2), rows.toString());
        List<List<String>> inPolish = StaffSession.admin(server.getURI()).get(report + "&lang=pl").html()
                .getElementById("table-languages").select("tbody tr").stream()
                .map(tr -> tr.select("th, td").stream().map(Element::text).toList()).toList();
        assertEquals("urdu", inPolish.get(0).get(0), "named in the reader's language");
    }
}
