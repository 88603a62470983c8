package chorus.system;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a write in its own transaction and runs it again when the database gave up on it for a
 * reason that passes: an InnoDB deadlock or lock wait timeout (MySQL's manual says applications
 * must be ready to retry these), or H2's equivalents. The whole transaction is repeated, so the
 * work must read what it needs inside it. Anything else fails at once.
 */
@Singleton
public class TransientFailures {

    /** How often to try in all, and the first pause (doubled each time, with jitter). */
    @ConfigurationProperties("chorus.database.retry")
    public record Settings(@Bindable(defaultValue = "5") int attempts, @Bindable(defaultValue = "20ms") Duration pause) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(TransientFailures.class);
    /** MySQL/MariaDB: deadlock, lock wait timeout. H2: deadlock, lock timeout, concurrent update. */
    private static final int[] MYSQL_CODES = {1213, 1205};
    private static final int[] H2_CODES = {40001, 50200, 90131};

    private final TransactionOperations<Connection> transactions;
    private final Settings settings;

    TransientFailures(TransactionOperations<Connection> transactions, Settings settings) {
        this.transactions = transactions;
        this.settings = settings;
    }

    /**
     * Runs {@code batch}, each time a transaction of its own retried as {@link #write} does, for as
     * long as {@code waiting} says work waits and the last batch did some; returns how much was done.
     */
    public long drain(java.util.function.BooleanSupplier waiting, Supplier<Integer> batch) {
        long done = 0;
        int last;
        do {
            last = waiting.getAsBoolean() ? write(batch) : 0;
            done += last;
        } while (last > 0);
        return done;
    }

    public <T> T write(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.executeWrite(status -> work.get());
            } catch (RuntimeException e) {
                if (attempt >= settings.attempts() || !isTransient(e)) {
                    throw e;
                }
                LOG.info("Retrying a transaction the database rolled back ({} of {}): {}", attempt, settings.attempts(),
                        sqlError(e));
                pause(attempt);
            }
        }
    }

    /** A deadlock or lock wait anywhere in the cause chain. */
    static boolean isTransient(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                if ("40001".equals(sql.getSQLState()) || contains(MYSQL_CODES, sql.getErrorCode())
                        || contains(H2_CODES, sql.getErrorCode())) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static String sqlError(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return "SQL state " + sql.getSQLState() + ", code " + sql.getErrorCode();
            }
        }
        return e.getClass().getSimpleName();
    }

    private static boolean contains(int[] codes, int code) {
        for (int c : codes) {
            if (c == code) {
                return true;
            }
        }
        return false;
    }

    private void pause(int attempt) {
        long base = settings.pause().toMillis() << (attempt - 1);
        try {
            Thread.sleep(base + ThreadLocalRandom.current().nextLong(base + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry", e);
        }
    }
}
