package chorus.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.disclosure.RecordKeys;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Upgrading a database that holds staff responses in the shared response table (before V12): they
 * move to their own tables with their answers, and the service-user rows close up behind them, so no
 * gap in the ids dates a staff response. Runs on H2, and on MySQL when the suite does.
 */
class StaffResponsesMoveTest {

    private static final String MYSQL_URL = System.getenv("CHORUS_TEST_DB_URL");

    @Test
    void movingStaffResponsesLeavesNoGapThatDatesThem() throws SQLException {
        String url;
        String user = "sa";
        String password = "";
        if (MYSQL_URL != null && MYSQL_URL.startsWith("jdbc:mysql:")) {
            user = System.getenv().getOrDefault("CHORUS_TEST_DB_USER", "root");
            password = System.getenv().getOrDefault("CHORUS_TEST_DB_PASSWORD", "");
            String server = MYSQL_URL.substring(0, MYSQL_URL.indexOf('/', "jdbc:mysql://".length()));
            try (Connection admin = DriverManager.getConnection(server + "/", user, password);
                 Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS chorus_move_test");
                statement.execute("CREATE DATABASE chorus_move_test CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            url = server + "/chorus_move_test";
        } else {
            url = "jdbc:h2:mem:move-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                    + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;IGNORECASE=TRUE";
        }
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").target("11").load().migrate();
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            update(db, "INSERT INTO organisation (id, code, name) VALUES (7, 'RXX', 'A trust')");
            update(db, "INSERT INTO survey_round (id, survey_id, name, opens_on, closes_on) VALUES (3, 'staff-experience', '2026',"
                    + " DATE '2026-09-01', DATE '2026-10-31')");
            // Service users on 1, 3 and 4 October; staff in between, on 2 and 3 October.
            long first = serviceUser(db, "2026-10-01", "m1");
            String staffKey1 = staff(db, "a1");
            long second = serviceUser(db, "2026-10-03", "m2");
            update(db, "INSERT INTO answer_mark (response_id, question_id, mark) VALUES (?, 'q9', 'NOT_ANSWERED')", second);
            String staffKey2 = staff(db, "a2");
            long third = serviceUser(db, "2026-10-04", "m3");
            assertEquals(List.of(first, first + 2, first + 4), List.of(first, second, third), "the staff rows sit between");

            Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();

            assertEquals(List.of(1L, 2L, 3L), longs(db, "SELECT id FROM response ORDER BY id"), "no gaps left");
            assertEquals(List.of("m1", "m2", "m3"), strings(db, "SELECT a.text_value FROM response r JOIN answer a"
                    + " ON a.response_id = r.id WHERE a.question_id = 'went_well' ORDER BY r.id"), "answers follow their response");
            assertEquals(List.of("2026-10-01", "2026-10-03", "2026-10-04"),
                    strings(db, "SELECT submitted_on FROM response ORDER BY id"));
            assertEquals(List.of(2L), longs(db, "SELECT response_id FROM answer_mark"), "marks follow their response");
            List<Long> answerIds = longs(db, "SELECT id FROM answer ORDER BY id");
            assertEquals(answerIds.size(), answerIds.get(answerIds.size() - 1), "answer ids close up too");
            assertEquals(0, longs(db, "SELECT COUNT(*) FROM response WHERE survey_id = 'staff-experience'").get(0));

            assertEquals(List.of(staffKey1, staffKey2).stream().sorted().toList(),
                    strings(db, "SELECT id FROM staff_response ORDER BY id"));
            assertEquals(List.of("a1", "a2"), strings(db, "SELECT a.option_value FROM staff_answer a"
                    + " WHERE a.question_id = 'ethnicity' ORDER BY a.option_value"));
            assertEquals(List.of("x:1", "y:2"), strings(db, "SELECT CONCAT(option_value, ':', seq) FROM staff_answer"
                    + " WHERE response_id = '" + staffKey1 + "' AND question_id = 'support' ORDER BY seq"),
                    "a multiple-choice answer keeps each value, numbered within the response");

            // V19: every row keeps the cell key it had while keys were worked out from identities, so
            // figures published before the upgrade are published the same after it.
            RecordKeys keys = new RecordKeys(HexFormat.of().parseHex(strings(db, "SELECT secret FROM disclosure_secret").get(0)));
            assertEquals(longs(db, "SELECT id FROM response ORDER BY id").stream().map(id -> (long) keys.key("r:" + id)).toList(),
                    longs(db, "SELECT record_key FROM response ORDER BY id"));
            assertEquals(strings(db, "SELECT id FROM staff_response ORDER BY id").stream().map(id -> (long) keys.key("s:" + id))
                    .toList(), longs(db, "SELECT record_key FROM staff_response ORDER BY id"));
            long next = insert(db, "INSERT INTO response (survey_id, survey_version, language, channel, submitted_on, submission_key,"
                    + " record_key) VALUES ('maternity-experience', 1, 'en', 'ONLINE', DATE '2026-10-05', '" + UUID.randomUUID() + "', 7)");
            assertEquals(4, next, "the next response follows on without a hole the size of the moved rows");
            assertThrows(SQLException.class, () -> serviceUser(db, "2026-10-06", "m5"),
                    "a response written without its key is refused, not given the key 0");
        }
    }

    private static long serviceUser(Connection db, String date, String marker) throws SQLException {
        long id = insert(db, "INSERT INTO response (survey_id, survey_version, language, channel, submitted_on, submission_key)"
                + " VALUES ('maternity-experience', 1, 'en', 'ONLINE', DATE '" + date + "', '" + UUID.randomUUID() + "')");
        insert(db, "INSERT INTO answer (response_id, question_id, text_value) VALUES (" + id + ", 'went_well', '" + marker + "')");
        return id;
    }

    private static String staff(Connection db, String ethnicity) throws SQLException {
        String key = UUID.randomUUID().toString();
        long id = insert(db, "INSERT INTO response (survey_id, survey_version, language, channel, submitted_on, submission_key,"
                + " round_id, organisation_id) VALUES ('staff-experience', 1, 'en', 'ONLINE', DATE '2026-09-01', '" + key + "', 3, 7)");
        insert(db, "INSERT INTO answer (response_id, question_id, option_value) VALUES (" + id + ", 'ethnicity', '" + ethnicity + "')");
        insert(db, "INSERT INTO answer (response_id, question_id, option_value) VALUES (" + id + ", 'support', 'x')");
        insert(db, "INSERT INTO answer (response_id, question_id, option_value) VALUES (" + id + ", 'support', 'y')");
        return key;
    }

    private static long insert(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void update(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    private static List<Long> longs(Connection db, String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
        }
        return values;
    }

    private static List<String> strings(Connection db, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        assertTrue(values.stream().allMatch(v -> v != null), sql);
        return values;
    }
}
