package chorus.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import chorus.support.Database;
import chorus.support.StaffSession;
import chorus.support.SurveyRun;
import chorus.support.WebClient;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two Chorus instances on one database, as behind a load balancer without sticky sessions: a
 * person signed in on one is signed in on the other, a survey answered across both is stored
 * once, and killing one (kill -9) in the middle of submissions loses nothing that was confirmed
 * and stores nothing twice when people send their page again to the instance that is left.
 */
@MicronautTest(transactional = false)
class SeveralInstancesTest {

    private static final String MYSQL_URL = System.getenv("CHORUS_TEST_DB_URL");

    @Inject
    EmbeddedServer first;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;

    private EmbeddedServer second;
    private final AtomicInteger served = new AtomicInteger();
    private final AtomicInteger moved = new AtomicInteger();

    @BeforeEach
    void startSecond() {
        second = ApplicationContext.run(EmbeddedServer.class, Map.of(), "test");
    }

    @AfterEach
    void stopSecond() {
        second.close();
    }

    @Test
    void aStaffMemberSignedInOnOneInstanceCarriesOnOnTheOther() {
        WebClient onFirst = StaffSession.admin(first.getURI());
        WebClient onSecond = onFirst.at(second.getURI());
        WebClient.Reply users = onSecond.get("/admin/users");
        assertEquals(200, users.status(), "signed in on the other instance too");

        String name = "moved-" + UUID.randomUUID().toString().substring(0, 8);
        WebClient.Reply added = onSecond.post("/admin/users", "csrfToken", StaffSession.csrfToken(onFirst.get("/admin/users")),
                "username", name, "password", "a long enough password", "role", "ANALYST");
        assertEquals(303, added.status(), "a form shown by one instance is accepted by the other");
        assertEquals(1, Database.count(jdbc, tx, "SELECT COUNT(*) FROM user_account WHERE username = ?", name));

        WebClient.Reply out = onFirst.post("/sign-out", "csrfToken", StaffSession.csrfToken(onFirst.get("/admin")));
        assertEquals(303, out.status());
        assertEquals(303, onSecond.header("Accept", "text/html").get("/admin/users").status(), "signed out everywhere");
    }

    @Test
    void aSurveyAnsweredAcrossBothInstancesIsStoredOnce() {
        String marker = UUID.randomUUID().toString();
        Map<String, String[]> answers = new HashMap<>(SurveyRun.everyPage());
        answers.put("overall", new String[] {"fft", "good", "do_better", marker});
        WebClient phone = new WebClient(first.getURI());
        List<WebClient> instances = List.of(phone, phone.at(second.getURI()));
        SurveyRun run = new SurveyRun(phone);
        WebClient.Reply page = run.start("en");
        for (int step = 0; step < 20; step++) {
            String pageId = SurveyRun.pageId(page);
            WebClient.Reply sent = instances.get(step % 2).post(SurveyRun.path(pageId),
                    fields(run.formToken(), answers.getOrDefault(pageId, new String[0])));
            assertEquals(303, sent.status(), sent.body());
            if (sent.location().endsWith("/done")) {
                break;
            }
            page = run.remember(instances.get((step + 1) % 2).get(sent.location()));
        }
        assertEquals(1, Database.count(jdbc, tx, "SELECT COUNT(*) FROM answer WHERE text_value = ?", marker));
    }

    /**
     * A third instance in its own process is killed with SIGKILL while people submit through it;
     * they send their page again to an instance that is left, as a browser's retry would.
     */
    @Test
    void killingAnInstanceMidLoadLosesNothingConfirmedAndStoresNothingTwice() throws Exception {
        assumeTrue(MYSQL_URL != null && MYSQL_URL.startsWith("jdbc:mysql:"),
                "a second process needs a database server: the embedded H2 database belongs to one process");
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "chorus.Application").redirectErrorStream(true).redirectOutput(new File("target/killed-instance.log"));
        builder.environment().put("CHORUS_PORT", Integer.toString(port));
        builder.environment().put("CHORUS_DB_URL", MYSQL_URL);
        builder.environment().put("CHORUS_DB_USER", System.getenv().getOrDefault("CHORUS_TEST_DB_USER", "root"));
        builder.environment().put("CHORUS_DB_PASSWORD", System.getenv().getOrDefault("CHORUS_TEST_DB_PASSWORD", ""));
        builder.environment().put("CHORUS_ADMIN_USERNAME", "test-admin");
        builder.environment().put("CHORUS_ADMIN_PASSWORD", "test-admin-password-1234");
        Process doomed = builder.start();
        try {
            // The same host name as the first instance, so the browser sends its cookies to both.
            URI doomedUri = URI.create("http://" + first.getURI().getHost() + ":" + port);
            waitForHealth(doomedUri, doomed);

            int people = 24;
            Map<String, Boolean> confirmedByDoomed = new ConcurrentHashMap<>();
            ExecutorService pool = Executors.newFixedThreadPool(people);
            List<Future<String>> done = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                int person = i;
                done.add(pool.submit(() -> answerSurvivingAKill(doomedUri, person, confirmedByDoomed)));
            }
            // Killed once about a third of everyone's pages have been answered, so some people are
            // mid-survey, some mid-request and some done.
            for (int waited = 0; served.get() < people * 3 && waited < 600; waited++) {
                Thread.sleep(50);
            }
            doomed.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            List<String> markers = new ArrayList<>();
            for (Future<String> future : done) {
                markers.add(future.get(120, TimeUnit.SECONDS));
            }
            pool.shutdownNow();
            for (String marker : markers) {
                assertEquals(1, Database.count(jdbc, tx, "SELECT COUNT(*) FROM answer WHERE text_value = ?", marker),
                        "exactly one response for " + marker + (confirmedByDoomed.containsKey(marker) ? " (confirmed before the kill)" : ""));
            }
            assertTrue(!doomed.isAlive());
            assertTrue(moved.get() > 0, "the kill came while people were answering");
        } finally {
            doomed.destroyForcibly();
        }
    }

    /** Answers every page, three rounds each, through the doomed instance until it fails, then through the first. */
    private String answerSurvivingAKill(URI doomed, int person, Map<String, Boolean> confirmedByDoomed) {
        String marker = UUID.randomUUID().toString();
        Map<String, String[]> answers = new HashMap<>(SurveyRun.everyPage());
        answers.put("overall", new String[] {"fft", "good", "do_better", marker});
        WebClient onDoomed = new WebClient(doomed);
        WebClient onFirst = onDoomed.at(first.getURI());
        WebClient current = onDoomed;
        String formToken = null;
        WebClient.Reply page = null;
        while (page == null) {
            try {
                current.get(SurveyRun.BASE + "?lang=en");
                WebClient.Reply started = current.post(SurveyRun.BASE, "lang", "en");
                page = current.get(started.location());
            } catch (UncheckedIOException e) {
                current = onFirst;
            }
        }
        for (int step = 0; step < 40; step++) {
            formToken = WebClient.hiddenFields(page.html()).get("form-token");
            String pageId = SurveyRun.pageId(page);
            String[] fields = fields(formToken, answers.getOrDefault(pageId, new String[0]));
            WebClient.Reply sent;
            try {
                sent = current.post(SurveyRun.path(pageId), fields);
            } catch (UncheckedIOException e) {
                current = onFirst;
                moved.incrementAndGet();
                sent = current.post(SurveyRun.path(pageId), fields);
            }
            assertEquals(303, sent.status(), sent.body());
            if (current == onDoomed) {
                served.incrementAndGet();
            }
            if (sent.location().endsWith("/done")) {
                if (current == onDoomed) {
                    confirmedByDoomed.put(marker, true);
                }
                return marker;
            }
            try {
                page = current.get(sent.location());
            } catch (UncheckedIOException e) {
                current = onFirst;
                moved.incrementAndGet();
                page = current.get(sent.location());
            }
            assertEquals(200, page.status(), page.body());
        }
        throw new AssertionError("person " + person + " did not finish");
    }

    private static String[] fields(String formToken, String[] answers) {
        String[] fields = new String[answers.length + 2];
        fields[0] = "form-token";
        fields[1] = formToken;
        System.arraycopy(answers, 0, fields, 2, answers.length);
        return fields;
    }

    private static void waitForHealth(URI uri, Process process) throws InterruptedException {
        WebClient health = new WebClient(uri);
        for (int tries = 0; tries < 240; tries++) {
            if (!process.isAlive()) {
                throw new AssertionError("the second process stopped; see target/killed-instance.log");
            }
            try {
                if (health.get("/health").status() == 200) {
                    return;
                }
            } catch (UncheckedIOException e) {
                // Not listening yet.
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the second process did not become healthy; see target/killed-instance.log");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
