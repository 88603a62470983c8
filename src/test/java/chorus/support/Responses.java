package chorus.support;

import chorus.disclosure.RecordKeys;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Service-user responses written straight into the tables, as the known data of a report test. Each
 * gets the record key of its identity ("r:" and its id), so figures worked by hand with
 * {@link RecordKeys} hold, and Chorus is told it is stored, as the response store does, so the
 * counts kept for the reports include it.
 */
public final class Responses {

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> tx;
    private final RecordKeys keys;

    public Responses(JdbcOperations jdbc, TransactionOperations<Connection> tx, RecordKeys keys) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.keys = keys;
    }

    /**
     * One response and its id. {@code answers} are question id and chosen option in turn; an option
     * that is null is left out, as when someone skips the question.
     */
    public long write(String survey, String language, String channel, LocalDate sent, Long event, String... answers) {
        String key = UUID.randomUUID().toString();
        Database.update(jdbc, tx, "INSERT INTO response (survey_id, survey_version, language, channel, submitted_on,"
                + " submission_key, event_id, record_key) VALUES (?, 1, ?, ?, ?, ?, ?, 0)", survey, language, channel,
                java.sql.Date.valueOf(sent), key, event);
        long id = Database.count(jdbc, tx, "SELECT id FROM response WHERE submission_key = ?", key);
        Database.update(jdbc, tx, "UPDATE response SET record_key = ? WHERE id = ?", keys.key("r:" + id), id);
        for (int i = 0; i < answers.length; i += 2) {
            if (answers[i + 1] != null) {
                Database.update(jdbc, tx, "INSERT INTO answer (response_id, question_id, option_value) VALUES (?, ?, ?)",
                        id, answers[i], answers[i + 1]);
            }
        }
        Database.stored(jdbc, tx, id);
        return id;
    }
}
