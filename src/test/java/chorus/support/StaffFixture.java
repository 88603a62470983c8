package chorus.support;

import chorus.disclosure.RecordKeys;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Staff survey answers written straight into the database, as the staff survey would store them:
 * rounds, organisations, and groups of responses whose answers are given column by column. Given the
 * installation's record keys, a response is stored with the key of its identity ("s:" and its id), as
 * the V19 migration gave older ones, so a test can work out the figures a report must publish;
 * otherwise with a random key, as the staff survey stores it.
 */
public final class StaffFixture {

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> tx;
    private final RecordKeys keys;

    public StaffFixture(JdbcOperations jdbc, TransactionOperations<Connection> tx) {
        this(jdbc, tx, null);
    }

    public StaffFixture(JdbcOperations jdbc, TransactionOperations<Connection> tx, RecordKeys keys) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.keys = keys;
    }

    public long organisation(String code, String name) {
        return insert("INSERT INTO organisation (code, name) VALUES (?, ?)", code, name);
    }

    public long round(String name, LocalDate opensOn) {
        return insert("INSERT INTO survey_round (survey_id, name, opens_on, closes_on) VALUES ('staff-experience', ?, ?, ?)",
                name, opensOn, opensOn.plusDays(30));
    }

    /** A value repeated: repeat("1_2", 5, "never", 15) is 5 × "1_2" then 15 × "never"; null is no answer. */
    public static List<String> repeat(Object... valuesAndCounts) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < valuesAndCounts.length; i += 2) {
            values.addAll(Collections.nCopies((Integer) valuesAndCounts[i + 1], (String) valuesAndCounts[i]));
        }
        return values;
    }

    /**
     * {@code size} responses in a round and organisation, each with the ethnicity code (null: not
     * answered) and staff group; person i answers question q with {@code columns.get(q).get(i)}.
     *
     * @return the responses' ids, person i's at i, for tests that work out the record keys behind a figure
     */
    public List<String> group(int size, long roundId, Long organisationId, String ethnicity, String staffGroup,
                              Map<String, List<String>> columns) {
        columns.forEach((question, values) -> {
            if (values.size() != size) {
                throw new IllegalArgumentException(question + " has " + values.size() + " answers for " + size + " people");
            }
        });
        return tx.executeWrite(status -> {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                ids.add(person(i, roundId, organisationId, ethnicity, staffGroup, columns));
            }
            return ids;
        });
    }

    private String person(int person, long roundId, Long organisationId, String ethnicity, String staffGroup,
                          Map<String, List<String>> columns) {
        String response = UUID.randomUUID().toString();
        Database.update(jdbc, tx, "INSERT INTO staff_response (id, survey_id, survey_version, language, round_id, organisation_id,"
                + " record_key) VALUES (?, 'staff-experience', 1, 'en', ?, ?, ?)", response, roundId, organisationId,
                keys == null ? RecordKeys.fresh() : keys.key("s:" + response));
        Map<String, String> answers = new LinkedHashMap<>();
        if (ethnicity != null) {
            answers.put("ethnicity", ethnicity);
        }
        if (staffGroup != null) {
            answers.put("staff_group", staffGroup);
        }
        columns.forEach((question, values) -> {
            if (values.get(person) != null) {
                answers.put(question, values.get(person));
            }
        });
        answers.forEach((question, value) -> Database.update(jdbc, tx,
                "INSERT INTO staff_answer (response_id, question_id, seq, option_value) VALUES (?, ?, 1, ?)", response, question, value));
        return response;
    }

    private long insert(String sql, Object... args) {
        return tx.executeWrite(status -> jdbc.execute(connection -> {
            try (var statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 0; i < args.length; i++) {
                    Object arg = args[i] instanceof LocalDate date ? java.sql.Date.valueOf(date) : args[i];
                    if (arg == null) {
                        statement.setNull(i + 1, Types.BIGINT);
                    } else {
                        statement.setObject(i + 1, arg);
                    }
                }
                statement.executeUpdate();
                try (var keys = statement.getGeneratedKeys()) {
                    return keys.next() ? keys.getLong(1) : 0L;
                }
            }
        }));
    }
}
