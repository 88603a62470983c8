package chorus.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import chorus.support.Database;
import chorus.support.SurveyRun;
import chorus.support.WebClient;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Many people answering at once, as at a listening event or when a campaign text goes out: on
 * MySQL this met InnoDB deadlocks on the draft answers and showed people an error page. Every
 * request must succeed and every person's response be stored exactly once, on H2 and on MariaDB.
 */
@MicronautTest(transactional = false)
class ConcurrentRespondentsTest {

    private static final int RESPONDENTS = 50;
    private static final int DOUBLE_SUBMITTERS = 20;

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;

    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

    @Test
    void fiftyPeopleAnsweringTogetherAllGetTheirResponseStoredOnce() throws Exception {
        List<String> markers = new ArrayList<>();
        List<Callable<Void>> people = new ArrayList<>();
        CyclicBarrier together = new CyclicBarrier(RESPONDENTS);
        for (int i = 0; i < RESPONDENTS; i++) {
            String marker = UUID.randomUUID().toString();
            markers.add(marker);
            people.add(() -> {
                together.await();
                SurveyRun run = new SurveyRun(watched(new WebClient(server.getURI())));
                run.finish(run.start(i(marker) % 2 == 0 ? "en" : "ur"), answers(marker));
                return null;
            });
        }
        runAll(people);
        assertEquals(List.of(), List.copyOf(failures), "no error page for anyone");
        for (String marker : markers) {
            assertEquals(1, stored(marker), "one response for " + marker);
        }
    }

    @Test
    void twentyPeopleDoubleTappingSubmitAtOnceEachStoreOneResponse() throws Exception {
        List<SurveyRun> runs = new ArrayList<>();
        List<String> markers = new ArrayList<>();
        Map<SurveyRun, String> lastPage = new HashMap<>();
        for (int i = 0; i < DOUBLE_SUBMITTERS; i++) {
            String marker = UUID.randomUUID().toString();
            SurveyRun run = new SurveyRun(watched(new WebClient(server.getURI())));
            WebClient.Reply page = run.start("en");
            Map<String, String[]> answers = answers(marker);
            // Answer every page; the answers are then sent twice at the same moment from the check page.
            while (!SurveyRun.pageId(page).equals(SurveyRun.CHECK)) {
                String pageId = SurveyRun.pageId(page);
                WebClient.Reply posted = run.post(pageId, answers.getOrDefault(pageId, new String[0]));
                assertEquals(303, posted.status(), posted.body());
                page = run.remember(run.client().get(posted.location()));
            }
            runs.add(run);
            markers.add(marker);
            lastPage.put(run, SurveyRun.CHECK);
        }
        List<Callable<Void>> taps = new ArrayList<>();
        CyclicBarrier together = new CyclicBarrier(DOUBLE_SUBMITTERS * 2);
        for (SurveyRun run : runs) {
            for (int tap = 0; tap < 2; tap++) {
                taps.add(() -> {
                    together.await();
                    WebClient.Reply done = run.post(lastPage.get(run));
                    if (done.status() != 303 || !done.location().endsWith("/done")) {
                        failures.add("a tap got " + done.status());
                    }
                    return null;
                });
            }
        }
        runAll(taps);
        assertEquals(List.of(), List.copyOf(failures), "both taps see the thank-you page");
        for (String marker : markers) {
            assertEquals(1, stored(marker), "one response for " + marker);
        }
    }

    private static int i(String marker) {
        return marker.charAt(0);
    }

    private static Map<String, String[]> answers(String marker) {
        Map<String, String[]> answers = new HashMap<>(SurveyRun.everyPage());
        answers.put("overall", new String[] {"fft", "good", "do_better", marker});
        return answers;
    }

    private long stored(String marker) {
        return Database.count(jdbc, tx, "SELECT COUNT(*) FROM answer WHERE question_id = 'do_better' AND text_value = ?", marker);
    }

    /** A client whose every 5xx answer is recorded as a failure, whichever step met it. */
    private WebClient watched(WebClient client) {
        return client.onReply(reply -> {
            if (reply.status() >= 500) {
                failures.add(reply.status() + ": " + reply.body().substring(0, Math.min(200, reply.body().length())));
            }
        });
    }

    private void runAll(List<Callable<Void>> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(work.size());
        try {
            for (Future<Void> done : pool.invokeAll(work)) {
                try {
                    done.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(String.valueOf(e.getCause()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
