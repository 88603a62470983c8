package chorus.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.disclosure.RecordKeys;
import chorus.support.Database;
import chorus.support.StaffSession;
import chorus.support.WebClient;
import chorus.system.Role;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Many staff saving actions at once, on H2 and on MariaDB: twelve people adding actions linked to the
 * same theme and item all get theirs saved; twelve saving one action from the same version get one
 * save and eleven "someone saved it first" pages, never an error page, and the links stay whole.
 */
@MicronautTest(transactional = false)
class ConcurrentActionsTest {

    private static final int PEOPLE = 12;

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;
    @Inject
    RecordKeys keys;

    @Test
    void peopleAddingAndSavingActionsAtOnceNeverSeeAnErrorPage() throws Exception {
        long theme = Database.count(jdbc, tx, "SELECT MIN(id) FROM theme WHERE parent_id IS NOT NULL AND retired = FALSE AND merged_into IS NULL");
        String item = UUID.randomUUID().toString();
        Database.update(jdbc, tx, "INSERT INTO said_item (id, source, language, channel, said_on, redacted_text, redaction_edited,"
                + " status, sentiment, safeguarding, double_coded, version, record_key)"
                + " VALUES (?, 'SURVEY', 'en', 'ONLINE', DATE '2094-03-01', 'Words', FALSE, 'CODED', 'NEGATIVE', FALSE, FALSE, 0, ?)",
                item, keys.key("i:" + item));
        Database.update(jdbc, tx, "INSERT INTO theme_coding (item_id, coder, theme_id) VALUES (?, 'fixture', ?)", item, theme);
        String marker = "Together " + UUID.randomUUID().toString().substring(0, 8);

        List<WebClient> staff = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            WebClient analyst = StaffSession.newAccount(server, Role.ANALYST);
            staff.add(analyst);
            tokens.add(StaffSession.csrfToken(analyst.get("/actions/new")));
        }
        List<Integer> added = run(i -> staff.get(i).post("/actions", "csrfToken", tokens.get(i), "version", "0", "mvp", "",
                "title", marker + " " + i, "youSaid", "Said", "weDid", "Did", "owner", "Owner", "status", "PLANNED",
                "themes", Long.toString(theme), "items", item).status());
        assertEquals(java.util.Collections.nCopies(PEOPLE, 303), added, "everyone's action is saved");
        assertEquals(PEOPLE, Database.count(jdbc, tx, "SELECT COUNT(*) FROM action_item a JOIN action_theme t ON t.action_id = a.id"
                + " JOIN action_said s ON s.action_id = a.id WHERE a.title LIKE ?", marker + " %"));

        long id = Database.count(jdbc, tx, "SELECT MIN(id) FROM action_item WHERE title LIKE ?", marker + " %");
        List<Integer> saved = run(i -> staff.get(i).post("/actions/" + id, "csrfToken", tokens.get(i), "version", "0", "mvp", "",
                "title", marker + " saved by " + i, "youSaid", "Said", "weDid", "Did", "owner", "Owner", "status", "IN_PROGRESS",
                "startedOn", "2026-01-01", "themes", Long.toString(theme), "items", item).status());
        assertEquals(1, saved.stream().filter(s -> s == 303).count(), "one save from version 0: " + saved);
        assertEquals(PEOPLE - 1, saved.stream().filter(s -> s == 409).count(), "the rest are told someone saved it first: " + saved);
        assertEquals(1, Database.count(jdbc, tx, "SELECT COUNT(*) FROM action_item WHERE id = ? AND version = 1", id));
        assertEquals(1, Database.count(jdbc, tx, "SELECT COUNT(*) FROM action_theme WHERE action_id = ?", id), "links stay whole");
        assertEquals(1, Database.count(jdbc, tx, "SELECT COUNT(*) FROM action_said WHERE action_id = ?", id));
        assertTrue(new WebClient(server.getURI()).get("/you-said-we-did").status() == 200);
    }

    private interface Request {
        int send(int person) throws Exception;
    }

    /** Each person's request at the same moment; their statuses in order. */
    private static List<Integer> run(Request request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PEOPLE);
        try {
            CyclicBarrier together = new CyclicBarrier(PEOPLE);
            List<Future<Integer>> replies = new ArrayList<>();
            for (int i = 0; i < PEOPLE; i++) {
                int person = i;
                Callable<Integer> call = () -> {
                    together.await();
                    return request.send(person);
                };
                replies.add(pool.submit(call));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> reply : replies) {
                statuses.add(reply.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
