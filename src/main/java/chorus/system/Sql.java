package chorus.system;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * The few steps hand-written SQL repeats (report aggregates, row locks, bulk writes: see the README,
 * "How the code is laid out"), written once.
 */
public final class Sql {

    private Sql() {
    }

    /** Binds values in order, from the first parameter. */
    public static void bind(PreparedStatement statement, List<?> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
    }

    /** {@code n} parameter marks for an IN list: "?, ?, ?". */
    public static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /**
     * Rows come as they are read, not all at once, where a million of them would not fit the heap.
     * Connector/J streams only with this fetch size; H2 reads in pages of its own.
     */
    public static void stream(PreparedStatement select) throws SQLException {
        if (!select.getConnection().getMetaData().getDatabaseProductName().contains("H2")) {
            select.setFetchSize(Integer.MIN_VALUE);
        }
    }

    /** Runs an INSERT, UPDATE or DELETE; returns the rows it changed. */
    public static int update(JdbcOperations jdbc, String sql, Object... values) {
        return jdbc.prepareStatement(sql, update -> {
            bind(update, List.of(values));
            return update.executeUpdate();
        });
    }

    /** Whether the query finds a row. */
    public static boolean exists(JdbcOperations jdbc, String sql, Object... values) {
        return jdbc.prepareStatement(sql + " LIMIT 1", select -> {
            bind(select, List.of(values));
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        });
    }

    /** Locks the one row (id 1) of a table kept for locking, until the transaction ends. */
    public static void lock(JdbcOperations jdbc, String table) {
        jdbc.prepareStatement("SELECT id FROM " + table + " WHERE id = 1 FOR UPDATE", select -> {
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        });
    }
}
