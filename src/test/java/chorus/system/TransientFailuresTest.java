package chorus.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.transaction.TransactionCallback;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.TransactionStatus;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TransientFailuresTest {

    @Test
    void deadlocksAndLockWaitsAreTransientOtherErrorsAreNot() {
        assertTrue(TransientFailures.isTransient(wrapped(new SQLTransactionRollbackException("Deadlock found", "40001", 1213))));
        assertTrue(TransientFailures.isTransient(wrapped(new SQLException("Lock wait timeout exceeded", "HY000", 1205))));
        assertTrue(TransientFailures.isTransient(wrapped(new SQLException("Timeout trying to lock table", "HYT00", 50200))));
        assertFalse(TransientFailures.isTransient(wrapped(new SQLException("Duplicate entry", "23000", 1062))));
        assertFalse(TransientFailures.isTransient(new IllegalStateException("not SQL")));
    }

    @Test
    void aTransientFailureIsRetriedUpToTheLimitAndThenGivenUp() {
        AtomicInteger tries = new AtomicInteger();
        TransientFailures retrying = new TransientFailures(new Immediate(), new TransientFailures.Settings(3, Duration.ofMillis(1)));

        assertEquals("stored", retrying.write(() -> {
            if (tries.incrementAndGet() < 3) {
                throw wrapped(new SQLTransactionRollbackException("Deadlock found", "40001", 1213));
            }
            return "stored";
        }));
        assertEquals(3, tries.get());

        tries.set(0);
        assertThrows(RuntimeException.class, () -> retrying.write(() -> {
            tries.incrementAndGet();
            throw wrapped(new SQLTransactionRollbackException("Deadlock found", "40001", 1213));
        }));
        assertEquals(3, tries.get(), "three tries in all");

        tries.set(0);
        assertThrows(RuntimeException.class, () -> retrying.write(() -> {
            tries.incrementAndGet();
            throw wrapped(new SQLException("Duplicate entry", "23000", 1062));
        }));
        assertEquals(1, tries.get(), "a lasting error is not retried");
    }

    private static RuntimeException wrapped(SQLException e) {
        return new RuntimeException("Error executing SQL", e);
    }

    /** Runs the callback directly, as a transaction that always begins. */
    private static final class Immediate implements TransactionOperations<Connection> {

        @Override
        public Optional<? extends TransactionStatus<?>> findTransactionStatus() {
            return Optional.empty();
        }

        @Override
        public <R> R execute(TransactionDefinition definition, TransactionCallback<Connection, R> callback) {
            try {
                return callback.call(null);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Connection getConnection() {
            return null;
        }

        @Override
        public boolean hasConnection() {
            return false;
        }
    }
}
