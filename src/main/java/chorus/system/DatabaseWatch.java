package chorus.system;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Knows whether the database answers, so that during an outage every page says so at once (503
 * with Retry-After) instead of each request waiting for a connection that will not come. A
 * request that fails to reach the database marks it down; a probe every few seconds marks it up
 * again when it answers, so Chorus recovers without a restart.
 */
@Singleton
public class DatabaseWatch {

    /** How long a probe may wait for an answer, and how long the 503 page asks people to wait. */
    @ConfigurationProperties("chorus.database.watch")
    public record Settings(@Bindable(defaultValue = "1500ms") Duration probeTimeout,
                           @Bindable(defaultValue = "30s") Duration retryAfter) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseWatch.class);

    private final DataSource dataSource;
    private final Settings settings;
    private final ExecutorService probes = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "database-probe");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean down;

    DatabaseWatch(DataSource dataSource, DataSourceResolver resolver, Settings settings) {
        // The pool itself: the injected DataSource hands out only the current transaction's connection.
        this.dataSource = resolver.resolve(dataSource);
        this.settings = settings;
    }

    public boolean isDown() {
        return down;
    }

    public Duration retryAfter() {
        return settings.retryAfter();
    }

    /** Whether the database answered a probe within the probe timeout; records the outcome. */
    public boolean probe() {
        Future<Boolean> answer = probes.submit(this::answers);
        boolean up;
        try {
            up = answer.get(settings.probeTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            answer.cancel(true);
            up = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            up = false;
        }
        record(up);
        return up;
    }

    @Scheduled(fixedDelay = "${chorus.database.watch.interval:2s}", initialDelay = "${chorus.database.watch.interval:2s}")
    void watch() {
        probe();
    }

    /** A request met this failure: if it means the database cannot be reached, say so from now on. */
    public boolean noteFailure(Throwable failure) {
        if (isOutage(failure)) {
            record(false);
            return true;
        }
        return false;
    }

    /**
     * A failure to reach the database at all, as opposed to a statement it refused: a connection
     * error (SQL state class 08), or the pool giving up waiting for a connection while the
     * database is not answering.
     */
    public static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && state.startsWith("08")) {
                    return true;
                }
                if (sql instanceof SQLTransientConnectionException) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A real statement rather than Connection.isValid: a statement that fails on a dead connection
     * makes the pool throw that connection away, whereas a false from isValid would hand the same
     * dead connection to the next probe.
     */
    private boolean answers() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement select = connection.createStatement()) {
            select.setQueryTimeout((int) Math.max(1, settings.probeTimeout().toSeconds()));
            try (ResultSet row = select.executeQuery("SELECT 1")) {
                return row.next();
            }
        }
    }

    private void record(boolean up) {
        if (up == down) {
            if (up) {
                LOG.warn("The database answers again");
            } else {
                LOG.error("The database does not answer: pages say so until it does");
            }
        }
        down = !up;
    }
}
