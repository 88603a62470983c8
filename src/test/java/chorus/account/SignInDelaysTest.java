package chorus.account;

import chorus.system.Role;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.support.Database;
import chorus.support.StaffSession;
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
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Wrong passwords slow guessing down where it happens without locking the owner out. Each browser
 * here comes from its own address, told by a trusted proxy's X-Forwarded-For, and time is moved on
 * by a test clock rather than waited for.
 */
@MicronautTest(transactional = false)
@Property(name = "chorus.throttle.trusted-proxies", value = "127.0.0.1,::1")
@Property(name = "chorus.throttle.failures-before-delay", value = "5")
@Property(name = "chorus.throttle.first-delay", value = "1m")
@Property(name = "chorus.throttle.longest-delay", value = "8m")
@Property(name = "chorus.throttle.account-failures-before-delay", value = "12")
@Property(name = "chorus.throttle.account-first-delay", value = "2m")
@Property(name = "chorus.throttle.account-longest-delay", value = "4m")
class SignInDelaysTest {

    private static final String RIGHT = "the right password";
    private static final TestClock CLOCK = new TestClock();

    @Inject
    EmbeddedServer server;
    @Inject
    AccountService accounts;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;

    @MockBean(Clock.class)
    Clock clock() {
        return CLOCK;
    }

    @Test
    void wrongPasswordsFromOnePlaceMakeThatPlaceWaitButTheOwnerSignsInFromAnother() {
        String name = account();
        String guesser = address();
        for (int i = 0; i < 5; i++) {
            assertEquals(422, attempt(guesser, name, "wrong " + i).status());
        }
        WebClient.Reply refused = attempt(guesser, name, RIGHT);
        assertEquals(429, refused.status(), "even the right password waits there");
        assertEquals("60", refused.header("Retry-After"));
        Document page = refused.html();
        assertTrue(page.title().startsWith("Error: "));
        assertTrue(page.selectFirst(".error-summary-list").text().contains("too many wrong passwords for this username"),
                page.selectFirst(".error-summary-list").text());
        assertEquals(name, page.getElementById("username").val());

        assertEquals(303, attempt(address(), name, RIGHT).status(), "the owner, elsewhere, is not kept out");
    }

    @Test
    void eachFurtherWrongPasswordDoublesTheWaitUpToTheLongest() {
        String name = account();
        String guesser = address();
        for (int i = 0; i < 5; i++) {
            attempt(guesser, name, "wrong " + i);
        }
        for (long expected : new long[] {60, 120, 240, 480, 480}) {
            WebClient.Reply waiting = attempt(guesser, name, "too soon");
            assertEquals(429, waiting.status());
            assertEquals(Long.toString(expected), waiting.header("Retry-After"));
            CLOCK.advance(Duration.ofSeconds(expected - 1));
            assertEquals(429, attempt(guesser, name, "still too soon").status(), "a second early");
            CLOCK.advance(Duration.ofSeconds(1));
            assertEquals(422, attempt(guesser, name, "another wrong one").status());
        }
        CLOCK.advance(Duration.ofMinutes(8));
        assertEquals(303, attempt(guesser, name, RIGHT).status(), "the right password after the wait");
        assertEquals(422, attempt(guesser, name, "a typo").status(), "and the place starts afresh");
    }

    @Test
    void aNameThatDoesNotExistWaitsJustTheSameSoWaitsRevealNoNames() {
        String guesser = address();
        String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            assertEquals(422, attempt(guesser, nobody, "wrong " + i).status());
        }
        WebClient.Reply refused = attempt(guesser, nobody, "wrong again");
        assertEquals(429, refused.status());
        assertEquals("60", refused.header("Retry-After"));
    }

    @Test
    void guessingSpreadOverManyPlacesMakesNewPlacesWaitButNotWhereTheOwnerSignsIn() {
        String name = account();
        String desk = address();
        assertEquals(303, attempt(desk, name, RIGHT).status());
        for (int place = 0; place < 4; place++) {
            String guesser = address();
            for (int i = 0; i < 3; i++) {
                assertEquals(422, attempt(guesser, name, "wrong " + place + i).status());
            }
        }
        WebClient.Reply newPlace = attempt(address(), name, RIGHT);
        assertEquals(429, newPlace.status(), "12 wrong passwords in all: places never used wait");
        assertEquals("120", newPlace.header("Retry-After"));
        assertTrue(newPlace.html().selectFirst(".error-summary-list").text().contains("only be signed in to from places"));

        long blockedUntil = Database.count(jdbc, tx, "SELECT blocked_until FROM user_account WHERE username = ?", name);
        assertEquals(422, attempt(desk, name, "a typo at the desk").status(), "the owner's desk still checks passwords");
        assertTrue(Database.count(jdbc, tx, "SELECT blocked_until FROM user_account WHERE username = ?", name) >= blockedUntil,
                "a wrong password never shortens or clears a wait");
        assertEquals(303, attempt(desk, name, RIGHT).status(), "the owner signs in at their desk during the attack");
        assertEquals(429, attempt(address(), name, RIGHT).status(), "a success does not end a wait set against guessing");

        CLOCK.advance(Duration.ofSeconds(Long.parseLong(attempt(address(), name, RIGHT).header("Retry-After"))));
        assertEquals(303, attempt(address(), name, RIGHT).status(), "the wait ends by itself");
    }

    @Test
    void anAdministratorEndsEveryWaitOfAnAccount() {
        String name = account();
        String guesser = address();
        for (int i = 0; i < 12; i++) {
            attempt(i < 5 ? guesser : address(), name, "wrong " + i);
        }
        assertEquals(429, attempt(guesser, name, RIGHT).status());
        assertEquals(429, attempt(address(), name, RIGHT).status());

        WebClient admin = StaffSession.admin(server.getURI());
        WebClient.Reply list = admin.get("/admin/users");
        Document page = list.html();
        String unlockLabel = "Unlock " + name;
        assertTrue(page.select("form[action=/admin/users/unlock] button").eachText().contains(unlockLabel), "an unlock button");
        String token = StaffSession.csrfToken(list);
        assertEquals(403, admin.post("/admin/users/unlock", "username", name).status(), "no token");
        assertEquals(403, admin.post("/admin/users/unlock", "csrfToken", "forged", "username", name).status());
        assertEquals(403, StaffSession.newAccount(server, Role.ANALYST).post("/admin/users/unlock", "csrfToken", token,
                "username", name).status(), "administrators only");
        assertEquals(429, attempt(guesser, name, RIGHT).status(), "nothing was unlocked by the refused posts");
        assertEquals(404, admin.post("/admin/users/unlock", "csrfToken", token, "username", "no-such-account").status());

        WebClient.Reply unlocked = admin.post("/admin/users/unlock", "csrfToken", token, "username", name);
        assertEquals(303, unlocked.status());
        Document after = admin.get(unlocked.raw().headers().firstValue("Location").orElseThrow()).html();
        assertTrue(after.selectFirst("[role=status]").text().contains(name + " can sign in again"));
        assertTrue(after.select("form[action=/admin/users/unlock] button").eachText().stream().noneMatch(unlockLabel::equals));
        assertEquals(303, attempt(address(), name, RIGHT).status(), "a new place");
        assertEquals(303, attempt(guesser, name, RIGHT).status(), "and the place that guessed");
    }

    private String account() {
        String name = "delays-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(name, RIGHT, Role.ANALYST);
        return name;
    }

    /** A random address in 10.0.0.0/8, as a trusted proxy would pass it on. */
    private static String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    private WebClient.Reply attempt(String from, String username, String password) {
        WebClient browser = new WebClient(server.getURI()).header("X-Forwarded-For", from);
        return StaffSession.trySignIn(browser, username, password);
    }
}
