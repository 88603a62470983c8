package chorus.support;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.ResultSet;

/** Small reads that tests use to check what was stored. */
public final class Database {

    private Database() {
    }

    public static long count(JdbcOperations jdbc, TransactionOperations<Connection> tx, String sql, Object... args) {
        return tx.executeRead(status -> jdbc.prepareStatement(sql, select -> {
            for (int i = 0; i < args.length; i++) {
                select.setObject(i + 1, args[i]);
            }
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }));
    }

    /** The first column of the first row, as text. */
    public static String text(JdbcOperations jdbc, TransactionOperations<Connection> tx, String sql, Object... args) {
        return tx.executeRead(status -> jdbc.prepareStatement(sql, select -> {
            for (int i = 0; i < args.length; i++) {
                select.setObject(i + 1, args[i]);
            }
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }));
    }

    /** Runs one INSERT, UPDATE or DELETE in its own transaction; returns the rows changed. */
    public static int update(JdbcOperations jdbc, TransactionOperations<Connection> tx, String sql, Object... args) {
        return tx.executeWrite(status -> jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement.executeUpdate();
        }));
    }

    /**
     * Tells Chorus a response written straight into the tables, with its answers, is stored, as the
     * response store does in the writing transaction: the kept survey result tallies count it.
     */
    public static void stored(JdbcOperations jdbc, TransactionOperations<Connection> tx, long responseId) {
        update(jdbc, tx, "INSERT INTO result_pending (response_id) VALUES (?)", responseId);
    }
}
