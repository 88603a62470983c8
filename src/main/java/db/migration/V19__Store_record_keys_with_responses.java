package db.migration;

import chorus.disclosure.RecordKeys;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Each response and staff response keeps its cell key with it (chorus.disclosure.RecordKeys), so a
 * report can count people and add up their keys in one SQL aggregate instead of reading every answer
 * into Chorus to work the key out. Rows stored so far get the key they have always had, the HMAC of
 * their identity ("r:" and the id, "s:" and the id) under the installation's secret: every figure
 * published before this migration is published the same after it. A figure given two different
 * noises could have its noise averaged away. New rows get a random key when they are written.
 *
 * <p>The column ends NOT NULL with no default, so a way of writing a response that forgot the key
 * fails at once instead of giving every record the key 0 and every cell a noise that could be
 * predicted. Written in Java because SQL alone has no HMAC on both H2 and MySQL.
 */
public class V19__Store_record_keys_with_responses extends BaseJavaMigration {

    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        RecordKeys keys = new RecordKeys(secret(connection));
        for (String table : new String[] {"response", "staff_response"}) {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("ALTER TABLE " + table + " ADD COLUMN record_key SMALLINT NULL");
            }
        }
        backfill(connection, keys, "SELECT id FROM response", "UPDATE response SET record_key = ? WHERE id = ?", "r:");
        backfill(connection, keys, "SELECT id FROM staff_response", "UPDATE staff_response SET record_key = ? WHERE id = ?",
                "s:");
        for (String table : new String[] {"response", "staff_response"}) {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("ALTER TABLE " + table + " MODIFY record_key SMALLINT NOT NULL");
            }
        }
    }

    private static void backfill(Connection connection, RecordKeys keys, String select, String update, String prefix)
            throws SQLException {
        try (Statement ids = connection.createStatement(); ResultSet rows = ids.executeQuery(select);
             PreparedStatement set = connection.prepareStatement(update)) {
            int batched = 0;
            while (rows.next()) {
                String id = rows.getString(1);
                set.setInt(1, keys.key(prefix + id));
                set.setString(2, id);
                set.addBatch();
                if (++batched == BATCH) {
                    set.executeBatch();
                    batched = 0;
                }
            }
            if (batched > 0) {
                set.executeBatch();
            }
        }
    }

    /** The stored secret, made here when no report has needed it yet, as DisclosureSecret would. */
    private static byte[] secret(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT secret FROM disclosure_secret WHERE id = 1")) {
            if (row.next()) {
                return HexFormat.of().parseHex(row.getString(1));
            }
        }
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO disclosure_secret (id, secret) VALUES (1, ?)")) {
            insert.setString(1, HexFormat.of().formatHex(fresh));
            insert.executeUpdate();
        }
        return fresh;
    }
}
