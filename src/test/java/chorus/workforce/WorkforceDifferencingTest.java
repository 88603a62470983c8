package chorus.workforce;

import static chorus.workforce.WorkforceFixtures.csv;
import static chorus.workforce.WorkforceFixtures.file;
import static chorus.workforce.WorkforceFixtures.organisation;
import static chorus.workforce.WorkforceFixtures.row;
import static chorus.workforce.WorkforceFixtures.unique;
import static chorus.workforce.WorkforceFixtures.upload;
import static chorus.workforce.WorkforceFixtures.uploaded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.disclosure.DisclosurePolicy;
import chorus.disclosure.RecordKeys;
import chorus.i18n.Translations;
import chorus.support.StaffSession;
import chorus.support.WebClient;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A snapshot is fixed, but its views overlap. Three BME midwives appointed at one trust are hidden in
 * that trust's own table; the LMNS by staff group shows all BME midwives appointed (23), and the other
 * trust's table shows its 20. Before the cell key method, 23 - 20 gave the hidden 3. Now the two shown
 * figures are perturbed each by its own records: 22 or 24 less 20, so 2 or 4, never 3.
 */
@MicronautTest(transactional = false)
class WorkforceDifferencingTest {

    private static final String HIDDEN = "hidden (fewer than 11, or to protect a smaller number)";

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;
    @Inject
    RecordKeys keys;
    @Inject
    WorkforceStore store;
    @Inject
    Translations translations;

    @Test
    void theLmnsLessTheOtherTrustDoesNotGiveTheHiddenCount() {
        String small = organisation(jdbc, tx, "Small trust");
        String large = organisation(jdbc, tx, "Large trust");
        WebClient analyst = StaffSession.admin(server.getURI());
        String name = unique("differencing");
        String[] lines = {small + ",midwife,band_5,white,60,40,20,0,0,0", small + ",midwife,band_5,bme,30,12,3,0,0,0",
                large + ",midwife,band_5,white,200,100,50,0,0,0", large + ",midwife,band_5,bme,100,60,20,0,0,0"};
        long snapshot = uploaded(upload(analyst, name, "2026-03-31", file(lines)));

        Map<String, String> own = row(csv(analyst, snapshot, "organisation-" + small, "indicator-2"), "Midwives");
        assertEquals(HIDDEN, own.get("BME: counted"), "3 appointed, hidden in the trust's own table");
        Map<String, String> other = row(csv(analyst, snapshot, "organisation-" + large, "indicator-2"), "Midwives");
        assertEquals("20", other.get("BME: counted"), "an even count, published as it is");
        Map<String, String> lmns = row(csv(analyst, snapshot, "groups", "indicator-2"), "Midwives");
        int difference = Integer.parseInt(lmns.get("BME: counted")) - Integer.parseInt(other.get("BME: counted"));
        assertTrue(difference == 2 || difference == 4, "23 read 22 or 24, so the difference is " + difference);
        assertEquals(expected(name, "groups", lines, keys), lmns.get("BME: counted"), "the figure of those 23 records");
    }

    /** Over 2000 secrets, the difference is 2 or 4, each for about half: the hidden 3 never shows. */
    @Test
    void overEverySecretTheDifferenceIsTwoOrFourNeverThree() {
        String small = organisation(jdbc, tx, "Small trust");
        String large = organisation(jdbc, tx, "Large trust");
        String[] lines = {small + ",midwife,band_5,bme,30,12,3,0,0,0", large + ",midwife,band_5,bme,100,60,20,0,0,0"};
        Random random = new Random(23);
        Map<Integer, Integer> differences = new HashMap<>();
        for (int i = 0; i < 2000; i++) {
            byte[] secret = new byte[32];
            random.nextBytes(secret);
            RecordKeys installation = new RecordKeys(secret);
            int lmns = Integer.parseInt(expected("s", "groups", lines, installation));
            int other = Integer.parseInt(expected("s", "organisation-" + large, lines, installation));
            differences.merge(lmns - other, 1, Integer::sum);
        }
        assertEquals(List.of(2, 4), differences.keySet().stream().sorted().toList());
        assertTrue(differences.get(2) > 900 && differences.get(2) < 1100, differences.toString());
    }

    /** BME midwives appointed as the view publishes them for the rows of the file. */
    private String expected(String snapshot, String view, String[] lines, RecordKeys installation) {
        Map<String, Long> ids = store.organisationIds();
        List<CountRow> rows = java.util.Arrays.stream(lines).map(line -> {
            String[] c = line.split(",");
            return new CountRow(ids.get(c[0]), StaffGroup.ofCode(c[1]).orElseThrow(), Band.ofCode(c[2]).orElseThrow(),
                    Ethnicity.ofCode(c[3]).orElseThrow(), new Counts(Integer.parseInt(c[4]), Integer.parseInt(c[5]),
                    Integer.parseInt(c[6]), Integer.parseInt(c[7]), Integer.parseInt(c[8]), Integer.parseInt(c[9])));
        }).toList();
        WorkforceReport.View chosen = view.startsWith("organisation-")
                ? new WorkforceReport.View(view, ids.get(view.substring("organisation-".length())))
                : new WorkforceReport.View(view, null);
        return new WorkforceReport(snapshot, rows, installation, store.organisations(), chosen, DisclosurePolicy.staff(),
                translations.texts(translations.source()), "").tables().get(1).rows().stream()
                .filter(r -> r.header().value().equals("Midwives")).findFirst().orElseThrow().cells().get(2).value();
    }
}
