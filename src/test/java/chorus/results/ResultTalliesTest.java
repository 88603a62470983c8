package chorus.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.answer.Channel;
import chorus.answer.ResponseStore;
import chorus.answer.ResponseStore.AnswerRow;
import chorus.support.StaffSession;
import chorus.support.WebClient;
import chorus.system.Role;
import chorus.system.TransientFailures;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The survey results Chorus keeps counted as responses arrive (V27) must always equal a count of the
 * answers themselves: after many people send at once while counting runs beside them, after paper
 * forms are corrected before and after they were counted, and on the page. Years 2087 and 2088 are
 * used by no other test.
 */
@MicronautTest(transactional = false)
class ResultTalliesTest {

    private static final String SURVEY = "maternity-experience";
    private static final String[] ETHNICITY = {"A", "N", "M", "H", "Z"};
    private static final String[] FFT = {"very_good", "good", "poor", "dont_know"};

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;
    @Inject
    TransientFailures transactions;
    @Inject
    ResponseStore responses;
    @Inject
    ResultTallies tallies;
    @Inject
    ResultTallyStore store;
    @Inject
    TallyPlans plans;

    @Test
    void keptCountsEqualARecountFromTheAnswersAfterConcurrentArrivalsAndCorrections() throws Exception {
        LocalDate day = LocalDate.of(2087, 5, 1);
        List<Long> ids = Collections.synchronizedList(new ArrayList<>());
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicBoolean sending = new AtomicBoolean(true);
        // Counting runs over and over while 12 people send 20 responses each, over three days.
        List<Thread> counters = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            counters.add(started(() -> {
                while (sending.get()) {
                    run(failures, tallies::countWaiting);
                }
            }));
        }
        List<Thread> people = new ArrayList<>();
        for (int p = 0; p < 12; p++) {
            int person = p;
            people.add(started(() -> {
                for (int i = 0; i < 20; i++) {
                    int n = person * 20 + i;
                    run(failures, () -> ids.add(transactions.write(() -> responses.insert(response(day.plusDays(n % 3),
                            ETHNICITY[n % ETHNICITY.length], FFT[n % FFT.length], n % 2 == 0 ? "agree" : "not_applicable")))));
                }
            }));
        }
        for (Thread t : people) {
            t.join();
        }
        sending.set(false);
        for (Thread t : counters) {
            t.join();
        }
        assertTrue(failures.isEmpty(), () -> "no transaction failed: " + failures);
        assertEquals(240, ids.size());

        // Corrections of responses already counted, and of some not counted yet.
        tallies.countWaiting();
        for (long id : ids.subList(0, 10)) {
            transactions.write(() -> {
                responses.replaceAnswers(id, "ethnicity", List.of(new AnswerRow("ethnicity", "R", null, null)));
                responses.replaceAnswers(id, "fft", List.of(new AnswerRow("fft", "very_poor", null, null)));
                return null;
            });
        }
        transactions.write(() -> responses.insert(response(day, "A", "good", "agree")));
        long late = transactions.write(() -> responses.insert(response(day, "A", "good", "agree")));
        transactions.write(() -> {
            responses.replaceAnswers(late, "ethnicity", List.of(new AnswerRow("ethnicity", "S", null, null)));
            return null;
        });
        tallies.countWaiting();
        Map<String, Long> kept = counts(day);
        assertFalse(kept.isEmpty());
        assertEquals(242L, kept.get("ETHNICITY|fft|all"), "every FFT answer counted once");
        assertEquals(10L, kept.getOrDefault("ETHNICITY|R|fft|very_poor", 0L), "the corrections moved their people");
        assertEquals(1L, kept.getOrDefault("ETHNICITY|S|fft|good", 0L), "a correction before counting counts as corrected");

        // Counting the survey again from every answer, in bulk, gives exactly the same counts.
        transactions.write(() -> {
            jdbc.prepareStatement("DELETE FROM result_tally_plan WHERE survey_id = ?", delete -> {
                delete.setString(1, SURVEY);
                return delete.executeUpdate();
            });
            return store.recountIfChanged(plans.of(SURVEY).orElseThrow());
        });
        assertEquals(kept, counts(day));
    }

    @Test
    void aCorrectedEthnicGroupMovesItsPeopleOnThePage() {
        LocalDate day = LocalDate.of(2088, 2, 1);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(transactions.write(() -> responses.insert(response(day, "A", "very_good", "agree"))));
        }
        WebClient analyst = StaffSession.newAccount(server, Role.ANALYST);
        String page = "/reports/results/maternity-experience?from=2088-01-01&to=2088-12-31&by=ethnicity";
        assertEquals("6", row(analyst.get(page), "White British").get(1));
        for (long id : ids) {
            transactions.write(() -> {
                responses.replaceAnswers(id, "ethnicity", List.of(new AnswerRow("ethnicity", "N", null, null)));
                return null;
            });
        }
        WebClient.Reply after = analyst.get(page);
        assertEquals("0", row(after, "White British").get(1));
        assertEquals("6", row(after, "Black or Black British").get(1));
    }

    private static ResponseStore.NewResponse response(LocalDate day, String ethnicity, String fft, String listened) {
        return new ResponseStore.NewResponse(SURVEY, 1, "en", Channel.PAPER, null, day, UUID.randomUUID().toString(),
                List.of(new AnswerRow("ethnicity", ethnicity, null, null), new AnswerRow("fft", fft, null, null),
                        new AnswerRow("antenatal_listened", listened, null, null)));
    }

    /** The kept counts of the days, by breakdown, group, question and option, and each breakdown's FFT total. */
    private Map<String, Long> counts(LocalDate from) {
        return tx.executeRead(status -> jdbc.prepareStatement("SELECT breakdown, group_value, question_id, option_value,"
                + " SUM(people) FROM result_tally WHERE survey_id = ? AND submitted_on BETWEEN ? AND ?"
                + " GROUP BY breakdown, group_value, question_id, option_value", select -> {
                    select.setString(1, SURVEY);
                    select.setDate(2, java.sql.Date.valueOf(from));
                    select.setDate(3, java.sql.Date.valueOf(from.plusDays(2)));
                    Map<String, Long> counts = new TreeMap<>();
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            if (rows.getLong(5) != 0) {
                                counts.put(rows.getString(1) + "|" + rows.getString(2) + "|" + rows.getString(3) + "|"
                                        + rows.getString(4), rows.getLong(5));
                                if (rows.getString(3).equals("fft")) {
                                    counts.merge(rows.getString(1) + "|fft|all", rows.getLong(5), Long::sum);
                                }
                            }
                        }
                    }
                    return counts;
                }));
    }

    private static List<String> row(WebClient.Reply reply, String group) {
        return reply.html().getElementById("results-fft").select("tbody tr").stream()
                .map(tr -> tr.select("th, td").stream().map(org.jsoup.nodes.Element::text).toList())
                .filter(cells -> cells.get(0).equals(group)).findFirst().orElseThrow();
    }

    private static Thread started(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }

    private interface Work {
        void run() throws Exception;
    }

    private static void run(ConcurrentLinkedQueue<Throwable> failures, Work work) {
        try {
            work.run();
        } catch (Throwable e) {
            failures.add(e);
        }
    }
}
