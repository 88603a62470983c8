package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * V12 moved staff responses out of the response and answer tables, leaving holes in their
 * auto-increment ids. A hole between two service-user responses dated 3 October would still say
 * that a staff response was stored on 3 October, so the rows after each hole move down to close
 * it. Written in Java because SQL alone cannot renumber a key that other tables reference on both
 * H2 and MySQL. Ids are not shown to anyone, and nothing outside the database keeps them.
 */
public class V12_1__Close_id_gaps_left_by_staff_responses extends BaseJavaMigration {

    private static final String RESPONSE_COLUMNS =
            "survey_id, survey_version, language, channel, submitted_on, event_id";
    private static final String[] RESPONSE_CHILDREN = {"answer", "answer_mark", "event_comment", "keyed_form"};

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        closeResponseGaps(connection);
        closeAnswerGaps(connection);
    }

    /** Response ids are referenced without ON UPDATE CASCADE, so each row is copied down, relinked, then deleted. */
    private static void closeResponseGaps(Connection connection) throws SQLException {
        long next = 1;
        for (long id : ids(connection, "response")) {
            if (id != next) {
                String key = string(connection, "SELECT submission_key FROM response WHERE id = ?", id);
                update(connection, "UPDATE response SET submission_key = ? WHERE id = ?", UUID.randomUUID().toString(), id);
                update(connection, "INSERT INTO response (id, submission_key, " + RESPONSE_COLUMNS + ") SELECT ?, ?, "
                        + RESPONSE_COLUMNS + " FROM response WHERE id = ?", next, key, id);
                for (String child : RESPONSE_CHILDREN) {
                    update(connection, "UPDATE " + child + " SET response_id = ? WHERE response_id = ?", next, id);
                }
                update(connection, "DELETE FROM response WHERE id = ?", id);
            }
            next++;
        }
        restartIds(connection, "response", next);
    }

    /** Nothing references an answer row, and moving each row down in id order never meets a taken id. */
    private static void closeAnswerGaps(Connection connection) throws SQLException {
        long next = 1;
        try (PreparedStatement move = connection.prepareStatement("UPDATE answer SET id = ? WHERE id = ?")) {
            int batched = 0;
            for (long id : ids(connection, "answer")) {
                if (id != next) {
                    move.setLong(1, next);
                    move.setLong(2, id);
                    move.addBatch();
                    if (++batched % 1000 == 0) {
                        move.executeBatch();
                    }
                }
                next++;
            }
            move.executeBatch();
        }
        restartIds(connection, "answer", next);
    }

    private static List<Long> ids(Connection connection, String table) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("SELECT id FROM " + table + " ORDER BY id")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    /** The next id follows on from the last, so the first new row leaves no hole the size of the moved rows either. */
    private static void restartIds(Connection connection, String table, long next) throws SQLException {
        String sql = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("h2")
                ? "ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next
                : "ALTER TABLE " + table + " AUTO_INCREMENT = " + next;
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String string(Connection connection, String sql, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static void update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
