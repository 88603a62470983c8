package chorus.account;

import chorus.system.Role;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import chorus.support.Database;
import chorus.support.StaffSession;
import chorus.support.WebClient;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Sign-in under attack with the default proxy setting (none trusted). Wrong passwords sent all at
 * once must be counted as if one by one. Before, the count was read
 * and then written (parallel requests lost each other's counts) and a wrong password that did not
 * lock wrote "no lock" over one a parallel request had just set, so after 40 parallel guesses the
 * right password was usually let in. Run on MariaDB too (CHORUS_TEST_DB_URL): row locking differs.
 */
@MicronautTest(transactional = false)
@Property(name = "chorus.throttle.failures-before-delay", value = "5")
class ParallelSignInTest {

    private static final int GUESSES = 40;
    private static final String RIGHT = "the right password";

    @Inject
    EmbeddedServer server;
    @Inject
    AccountService accounts;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;

    @Test
    void fortyWrongPasswordsAtOnceThenTheRightOneIsRefused() throws Exception {
        String name = "parallel-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(name, RIGHT, Role.ADMIN);
        // Every guess has its own browser and form token first, so the 40 posts go out together.
        List<WebClient> browsers = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < GUESSES; i++) {
            WebClient browser = new WebClient(server.getURI());
            tokens.add(StaffSession.csrfToken(browser.get("/sign-in")));
            browsers.add(browser);
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(GUESSES);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < GUESSES; i++) {
            WebClient browser = browsers.get(i);
            String token = tokens.get(i);
            String guess = "wrong guess " + i;
            statuses.add(threads.submit(() -> {
                go.await();
                return browser.post("/sign-in", "csrfToken", token, "username", name, "password", guess).status();
            }));
        }
        go.countDown();
        int checked = 0;
        int refused = 0;
        for (Future<Integer> status : statuses) {
            int code = status.get();
            checked += code == 422 ? 1 : 0;
            refused += code == 429 ? 1 : 0;
        }
        threads.shutdown();

        assertEquals(GUESSES, checked + refused, "every guess was either checked or refused, none failed");
        assertEquals(5, checked, "only the guesses before the wait began had their password checked");
        assertEquals(checked, Database.count(jdbc, tx, "SELECT failed_sign_ins FROM user_account WHERE username = ?", name),
                "no count was lost");
        WebClient owner = new WebClient(server.getURI());
        WebClient.Reply right = StaffSession.trySignIn(owner, name, RIGHT);
        assertEquals(429, right.status(), "the right password from the guessing address must wait");
        assertNotNull(right.header("Retry-After"));
        assertEquals(303, owner.get("/admin").status(), "not signed in");
    }

    @Test
    void aForgedForwardedForDoesNotMakeEachGuessANewSource() {
        String name = "forged-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(name, RIGHT, Role.ANALYST);
        for (int i = 0; i < 5; i++) {
            WebClient guesser = new WebClient(server.getURI()).header("X-Forwarded-For", "192.0.2." + (i + 1));
            assertEquals(422, StaffSession.trySignIn(guesser, name, "wrong " + i).status());
        }
        WebClient next = new WebClient(server.getURI()).header("X-Forwarded-For", "192.0.2.99");
        assertEquals(429, StaffSession.trySignIn(next, name, RIGHT).status(), "still the same source: the connecting address");
    }
}
