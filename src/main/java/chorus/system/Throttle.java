package chorus.system;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;

/**
 * Counts failed attempts of one kind (sign-in, invitation code) from one source in fixed windows,
 * in the database so that every instance behind a load balancer shares the count. An attempt is
 * counted before it is checked and forgiven when it succeeds: counting afterwards would let a burst
 * of parallel guesses all pass the check before any was counted. A fixed window lets a source make
 * up to twice its limit across a window's end; the limits are set with that in mind.
 */
@Singleton
public class Throttle {

    /** What is counted; each has its own limit per source and window. */
    public enum Kind {
        SIGN_IN("sign-in"), INVITATION_CODE("invitation-code");

        private final String stored;

        Kind(String stored) {
            this.stored = stored;
        }
    }

    /** One counted attempt: allowed, or refused until {@code retryAfter} has passed. */
    public record Attempt(Kind kind, String source, long windowStart, boolean allowed, Duration retryAfter) {
    }

    private final JdbcOperations jdbc;
    private final ThrottleSettings settings;
    private final Clock clock;

    Throttle(JdbcOperations jdbc, ThrottleSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** Counts an attempt from {@code source} (a pseudonym from {@link RequestSources}) and says whether it may go ahead. */
    @Transactional
    public Attempt attempt(Kind kind, String source) {
        long now = clock.instant().getEpochSecond();
        long window = settings.window().toSeconds();
        long start = now - Math.floorMod(now, window);
        // One statement adds the row or counts on it, atomically on H2 and MySQL alike; the row stays
        // locked to this transaction, so the count read next is this attempt's own.
        jdbc.prepareStatement("INSERT INTO throttle (kind, source_hash, window_start, hits) VALUES (?, ?, ?, 1)"
                + " ON DUPLICATE KEY UPDATE hits = hits + 1", upsert -> {
                    upsert.setString(1, kind.stored);
                    upsert.setString(2, source);
                    upsert.setLong(3, start);
                    return upsert.executeUpdate();
                });
        int hits = jdbc.prepareStatement("SELECT hits FROM throttle WHERE kind = ? AND source_hash = ? AND window_start = ?", select -> {
            select.setString(1, kind.stored);
            select.setString(2, source);
            select.setLong(3, start);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        });
        return new Attempt(kind, source, start, hits <= limit(kind), Duration.ofSeconds(start + window - now));
    }

    /** Takes back a counted attempt that succeeded: only failures count against a source. */
    @Transactional
    public void forgive(Attempt attempt) {
        jdbc.prepareStatement("UPDATE throttle SET hits = hits - 1 WHERE kind = ? AND source_hash = ? AND window_start = ? AND hits > 0",
                update -> {
                    update.setString(1, attempt.kind().stored);
                    update.setString(2, attempt.source());
                    update.setLong(3, attempt.windowStart());
                    return update.executeUpdate();
                });
    }

    @Scheduled(fixedDelay = "10m", initialDelay = "3m")
    @Transactional
    void purgeEnded() {
        jdbc.prepareStatement("DELETE FROM throttle WHERE window_start < ?", delete -> {
            delete.setLong(1, clock.instant().getEpochSecond() - settings.window().toSeconds());
            return delete.executeUpdate();
        });
    }

    private int limit(Kind kind) {
        return kind == Kind.SIGN_IN ? settings.signInFailuresPerSource() : settings.codeFailuresPerSource();
    }
}
