package chorus.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import chorus.i18n.Language;
import chorus.i18n.Translations;
import chorus.support.SurveyRun;
import chorus.support.TcpProxy;
import chorus.support.WebClient;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The database goes away while people are answering, then comes back. Pages say so at once, in
 * the person's language, with Retry-After; nothing needs a restart; a page sent again afterwards
 * is stored once. The connection to the MySQL server runs through a proxy the test can cut.
 */
class DatabaseOutageTest {

    private static final String MYSQL_URL = System.getenv("CHORUS_TEST_DB_URL");

    private TcpProxy proxy;
    private EmbeddedServer server;

    @BeforeEach
    void start() throws Exception {
        // The embedded H2 database lives inside the Chorus process, so it cannot go away while Chorus
        // runs: an outage is a MySQL server's, and this test runs in the suite's MySQL pass.
        assumeTrue(MYSQL_URL != null && MYSQL_URL.startsWith("jdbc:mysql:"), "needs a database server (CHORUS_TEST_DB_URL)");
        String user = System.getenv().getOrDefault("CHORUS_TEST_DB_USER", "root");
        String password = System.getenv().getOrDefault("CHORUS_TEST_DB_PASSWORD", "");
        String hostAndPort = MYSQL_URL.substring("jdbc:mysql://".length(), MYSQL_URL.indexOf('/', "jdbc:mysql://".length()));
        try (Connection admin = DriverManager.getConnection("jdbc:mysql://" + hostAndPort + "/", user, password);
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS chorus_outage_test");
            statement.execute("CREATE DATABASE chorus_outage_test CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        String[] parts = hostAndPort.split(":");
        proxy = new TcpProxy(parts[0], parts.length > 1 ? Integer.parseInt(parts[1]) : 3306);
        Map<String, Object> properties = new HashMap<>();
        properties.put("datasources.default.url", "jdbc:mysql://127.0.0.1:" + proxy.port()
                + "/chorus_outage_test?characterEncoding=UTF-8&connectTimeout=1000");
        properties.put("datasources.default.username", user);
        properties.put("datasources.default.password", password);
        properties.put("datasources.default.connection-timeout", "2000");
        properties.put("chorus.database.watch.interval", "300ms");
        server = ApplicationContext.run(EmbeddedServer.class, properties, "test");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void pagesSayTheServiceIsUnavailableInThePersonsLanguageAndChorusRecoversByItself() {
        WebClient health = new WebClient(server.getURI());
        assertEquals(200, health.get("/health").status());
        SurveyRun person = new SurveyRun(new WebClient(server.getURI()));
        WebClient.Reply first = person.start("en");
        String firstPage = SurveyRun.pageId(first);
        String[] answers = SurveyRun.everyPage().get(firstPage);

        proxy.cut();

        long asked = System.nanoTime();
        assertEquals(503, health.get("/health").status());
        long millis = (System.nanoTime() - asked) / 1_000_000;
        assertTrue(millis < 2_000, "health answered in " + millis + " ms");

        Translations translations = server.getApplicationContext().getBean(Translations.class);
        Language polish = translations.language("pl").orElseThrow();
        WebClient.Reply page = new WebClient(server.getURI()).get(SurveyRun.BASE + "?lang=pl");
        assertEquals(503, page.status());
        assertEquals("30", page.header("Retry-After"));
        assertTrue(page.html().title().contains(translations.texts(polish).ui("unavailable.title").value()), page.html().title());
        WebClient.Reply sent = person.post(firstPage, answers);
        assertEquals(503, sent.status(), "a page sent during the outage is refused, not half stored");
        assertEquals("30", sent.header("Retry-After"));

        proxy.restore();
        int status = 0;
        for (int tries = 0; tries < 100 && status != 200; tries++) {
            sleep(100);
            status = health.get("/health").status();
        }
        assertEquals(200, status, "back without a restart");

        String marker = UUID.randomUUID().toString();
        Map<String, String[]> rest = new HashMap<>(SurveyRun.everyPage());
        rest.put("overall", new String[] {"fft", "good", "do_better", marker});
        WebClient.Reply again = person.post(firstPage, answers);
        assertEquals(303, again.status(), "the same page sent again is accepted");
        person.finish(person.remember(person.client().get(again.location())), rest);
    }

    @Test
    void aPageThatMeetsTheOutageFirstExplainsItselfRatherThanFailing() {
        WebClient visitor = new WebClient(server.getURI());
        assertEquals(200, visitor.get(SurveyRun.BASE + "?lang=en").status());
        SurveyRun person = new SurveyRun(visitor);
        WebClient.Reply first = person.start("en");

        proxy.cut();

        WebClient.Reply sent = person.post(SurveyRun.pageId(first), SurveyRun.everyPage().get(SurveyRun.pageId(first)));
        assertEquals(503, sent.status(), sent.body());
        assertTrue(sent.html().title().startsWith("Sorry, the service is not available"), sent.html().title());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
