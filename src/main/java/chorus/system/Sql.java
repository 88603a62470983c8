package chorus.system;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

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

    /** Reads the current row of a result into a value. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Takes the current row of a result as it streams past. */
    @FunctionalInterface
    public interface RowSink {
        void take(ResultSet row) throws SQLException;
    }

    /** Runs an INSERT, UPDATE or DELETE; returns the rows it changed. */
    public static int update(JdbcOperations jdbc, String sql, Object... values) {
        return jdbc.prepareStatement(sql, update -> {
            bind(update, Arrays.asList(values));
            return update.executeUpdate();
        });
    }

    /**
     * Runs one statement for each list of values, one execution at a time, and returns the rows each
     * changed: a batch's update counts are not reliable with every driver setting, and callers insert
     * the rows an update did not find.
     */
    public static int[] updateEach(JdbcOperations jdbc, String sql, List<? extends List<?>> valueRows) {
        return jdbc.prepareStatement(sql, update -> {
            int[] changed = new int[valueRows.size()];
            for (int i = 0; i < changed.length; i++) {
                bind(update, valueRows.get(i));
                changed[i] = update.executeUpdate();
            }
            return changed;
        });
    }

    /** Runs one statement for each list of values as one JDBC batch: a bulk write in one round trip. */
    public static void batch(JdbcOperations jdbc, String sql, List<? extends List<?>> valueRows) {
        if (valueRows.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(sql, insert -> {
            for (List<?> values : valueRows) {
                bind(insert, values);
                insert.addBatch();
            }
            return insert.executeBatch();
        });
    }

    /** Every row the query finds, in its order. */
    public static <T> List<T> list(JdbcOperations jdbc, String sql, Row<T> row, Object... values) {
        return list(jdbc, sql, row, Arrays.asList(values));
    }

    /** Every row the query finds, in its order, with the values bound in order. */
    public static <T> List<T> list(JdbcOperations jdbc, String sql, Row<T> row, List<?> values) {
        return jdbc.prepareStatement(sql, select -> {
            bind(select, values);
            List<T> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(row.read(rows));
                }
            }
            return found;
        });
    }

    /** The first row the query finds, if any. */
    public static <T> Optional<T> first(JdbcOperations jdbc, String sql, Row<T> row, Object... values) {
        return jdbc.prepareStatement(sql, select -> {
            bind(select, Arrays.asList(values));
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.ofNullable(row.read(rows)) : Optional.empty();
            }
        });
    }

    /** Hands each row to the sink as it is read ({@link #stream(PreparedStatement)}): for more rows than the heap holds. */
    public static void streamRows(JdbcOperations jdbc, String sql, List<?> values, RowSink sink) {
        jdbc.prepareStatement(sql, select -> {
            stream(select);
            bind(select, values);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    sink.take(rows);
                }
            }
            return null;
        });
    }

    /** Whether the query finds a row. */
    public static boolean exists(JdbcOperations jdbc, String sql, Object... values) {
        return first(jdbc, sql + " LIMIT 1", row -> Boolean.TRUE, values).isPresent();
    }

    /** Locks the one row (id 1) of a table kept for locking, until the transaction ends. */
    public static void lock(JdbcOperations jdbc, String table) {
        lock(jdbc, table, "id");
    }

    /**
     * Locks the one row (id 1) of a table kept for locking, until the transaction ends, and reads a
     * number kept on it (a sync mark): 0 when the row is missing.
     */
    public static long lock(JdbcOperations jdbc, String table, String column) {
        return first(jdbc, "SELECT " + column + " FROM " + table + " WHERE id = 1 FOR UPDATE", row -> row.getLong(1))
                .orElse(0L);
    }
}
