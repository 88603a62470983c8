package chorus.system;

import static chorus.support.StaffSurveyFixtures.BASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.account.AccountService;
import chorus.system.Role;
import chorus.i18n.Translations;
import chorus.staff.InvitationCodes;
import chorus.support.Database;
import chorus.support.StaffSession;
import chorus.support.StaffSurveyFixtures;
import chorus.support.TestClock;
import chorus.support.WebClient;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * One source may fail only so often, whatever it guesses at: sign-in (also password spraying, a
 * few guesses at each of many accounts) and invitation codes. Limits are lowered here; sources
 * come from a trusted proxy's X-Forwarded-For.
 */
@MicronautTest(transactional = false)
@Property(name = "chorus.throttle.trusted-proxies", value = "127.0.0.1,::1")
@Property(name = "chorus.throttle.window", value = "10m")
@Property(name = "chorus.throttle.sign-in-failures-per-source", value = "3")
@Property(name = "chorus.throttle.code-failures-per-source", value = "3")
class SourceThrottleTest {

    private static final String PASSWORD = "a long enough password";
    private static final TestClock CLOCK = new TestClock();

    @Inject
    EmbeddedServer server;
    @Inject
    AccountService accounts;
    @Inject
    InvitationCodes codes;
    @Inject
    Translations translations;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;

    @MockBean(Clock.class)
    Clock clock() {
        return CLOCK;
    }

    @Test
    void passwordSprayingFromOneSourceIsStoppedInTheVisitorsLanguage() {
        String sprayer = address();
        for (int i = 0; i < 3; i++) {
            assertEquals(422, signIn(sprayer, "en", account(), "Winter2026!").status(), "one guess at each of many accounts");
        }
        String victim = account();
        WebClient.Reply refused = signIn(sprayer, "pl", victim, PASSWORD);
        assertEquals(429, refused.status(), "even a right password from there waits");
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 600, refused.header("Retry-After"));
        Document page = refused.html();
        assertEquals("pl", page.selectFirst("html").attr("lang"));
        String expected = translations.texts(translations.languages().stream().filter(l -> l.tag().equals("pl")).findFirst().orElseThrow())
                .ui("signin.error.wait_source", java.util.Map.of("time", "")).value();
        assertTrue(page.selectFirst(".error-summary-list").text().startsWith(expected.substring(0, 30)), page.text());

        assertEquals(303, signIn(address(), "en", victim, PASSWORD).status(), "another source is not affected");
        CLOCK.advance(Duration.ofSeconds(retryAfter));
        assertEquals(303, signIn(sprayer, "en", victim, PASSWORD).status(), "a new window");
    }

    @Test
    void signingInSuccessfullyNeverCounts() {
        String office = address();
        String name = account();
        for (int i = 0; i < 6; i++) {
            assertEquals(303, signIn(office, "en", name, PASSWORD).status(), "sign-in " + i);
        }
        for (int i = 0; i < 3; i++) {
            assertEquals(422, signIn(office, "en", name, "wrong " + i).status());
        }
    }

    @Test
    void guessingInvitationCodesFromOneSourceIsStoppedButOtherStaffStart() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        String org = StaffSurveyFixtures.organisation(jdbc, tx);
        long round = StaffSurveyFixtures.onlyRound(jdbc, tx, today.minusDays(1), today.plusDays(10), true);
        List<String> made = codes.generate(round, StaffSurveyFixtures.organisationId(jdbc, tx, org), 3);
        String guesser = address();
        for (String guess : List.of("AAAA-BBBB-CCCC", "AAAA-BBBB-CCCD", "AAAA-BBBB-CCCE")) {
            assertEquals(422, startSurvey(guesser, "en", guess).status());
        }
        WebClient.Reply refused = startSurvey(guesser, "ur", made.get(0));
        assertEquals(429, refused.status(), "even a real code waits: the lookup is not even made");
        assertTrue(Long.parseLong(refused.header("Retry-After")) > 0);
        Document page = refused.html();
        assertEquals("ur", page.selectFirst("html").attr("lang"));
        assertEquals(text("ur", "staff.refused.too_many_codes.title"), page.selectFirst("h1").text());

        assertEquals(303, startSurvey(address(), "en", made.get(0)).status(), "a colleague elsewhere starts with their code");
        String office = address();
        for (int i = 1; i < 3; i++) {
            assertEquals(303, startSurvey(office, "en", made.get(i)).status(), "good codes never count");
        }
        assertEquals(422, startSurvey(office, "en", "AAAA-BBBB-CCCF").status());
    }

    @Test
    void onlyKeyedHashesOfSourcesAreStored() {
        String source = address();
        signIn(source, "en", "nobody-" + UUID.randomUUID(), "wrong");
        for (String table : List.of("throttle", "sign_in_source")) {
            assertEquals(0, Database.count(jdbc, tx, "SELECT COUNT(*) FROM " + table + " WHERE source_hash LIKE ?", "%" + source + "%"));
            assertEquals(0, Database.count(jdbc, tx, "SELECT COUNT(*) FROM " + table + " WHERE LENGTH(source_hash) <> 64"));
        }
        assertEquals(0, Database.count(jdbc, tx, "SELECT COUNT(*) FROM sign_in_source WHERE name_hash LIKE 'nobody%'"));
    }

    private String account() {
        String name = "spray-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(name, PASSWORD, Role.ANALYST);
        return name;
    }

    private String text(String tag, String key) {
        return translations.texts(translations.languages().stream().filter(l -> l.tag().equals(tag)).findFirst().orElseThrow())
                .ui(key).value();
    }

    /** A random address in 198.18.0.0/15 (set aside for tests), as a trusted proxy would pass it on. */
    private static String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198." + (18 + random.nextInt(2)) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    private WebClient.Reply signIn(String from, String language, String username, String password) {
        WebClient browser = new WebClient(server.getURI()).header("X-Forwarded-For", from).header("Accept-Language", language);
        return StaffSession.trySignIn(browser, username, password);
    }

    private WebClient.Reply startSurvey(String from, String language, String code) {
        WebClient phone = new WebClient(server.getURI()).header("X-Forwarded-For", from).header("Accept-Language", language);
        return phone.post(BASE, "lang", "en", "code", code);
    }
}
