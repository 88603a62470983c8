package chorus.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import chorus.support.Database;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The mark below which every survey answer is in the inbox moves only to an answer id seen at least
 * ten minutes before a search that has since finished, so an answer committed a moment after a higher
 * one is never skipped; answers above the mark keep coming in.
 */
@MicronautTest(transactional = false)
class SaidSyncTest {

    @Inject
    SaidStore store;
    @Inject
    Inbox inbox;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;

    @Test
    void theMarkFollowsOnlyASettledSearch() {
        inbox.bringIn();
        long newest = store.newestAnswer();
        // Far in the future, so the searches of the running application cannot move the candidate meanwhile.
        // This search may settle the application's own earlier candidate; the newest answer is the next one.
        Instant start = Instant.parse("2199-01-01T00:00:00Z");
        store.searched(start, newest);
        assertEquals(newest, Database.count(jdbc, tx, "SELECT answers_candidate FROM said_sync WHERE id = 1"));
        long mark = mark();
        assertEquals(true, mark <= newest, "never past what was seen");

        store.searched(start.plus(Duration.ofMinutes(9)), newest + 5);
        assertEquals(mark, mark(), "nine minutes on, an answer below the candidate could still be committing");
        assertEquals(newest, Database.count(jdbc, tx, "SELECT answers_candidate FROM said_sync WHERE id = 1"));

        store.searched(start.plus(SaidStore.COMMIT_MARGIN), newest);
        assertEquals(Math.max(mark, newest), mark(), "ten minutes on, a finished search has found everything up to it");

        String text = "Waited for hours " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        Database.update(jdbc, tx, "INSERT INTO response (survey_id, survey_version, language, channel, submitted_on,"
                + " submission_key, record_key) VALUES ('maternity-experience', 1, 'en', 'ONLINE', CURRENT_DATE, ?, 0)", key);
        long response = Database.count(jdbc, tx, "SELECT id FROM response WHERE submission_key = ?", key);
        Database.update(jdbc, tx, "INSERT INTO answer (response_id, question_id, text_value) VALUES (?, 'do_better', ?)",
                response, text);
        inbox.bringIn();
        assertEquals(1, Database.count(jdbc, tx, "SELECT COUNT(*) FROM said_item i JOIN answer a ON a.id = i.answer_id"
                + " WHERE a.text_value = ?", text), "an answer above the mark comes in, once");
        inbox.bringIn();
        assertEquals(1, Database.count(jdbc, tx, "SELECT COUNT(*) FROM said_item i JOIN answer a ON a.id = i.answer_id"
                + " WHERE a.text_value = ?", text));
    }

    private long mark() {
        return Database.count(jdbc, tx, "SELECT answers_done_below FROM said_sync WHERE id = 1");
    }
}
