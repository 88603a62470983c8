package chorus.account;

import chorus.system.ThrottleSettings;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * Sign-in attempts for one typed name from one source ({@code sign_in_source}), both as
 * pseudonyms. Each attempt is counted before its password is checked, in one conditional UPDATE:
 * a burst of parallel guesses is let through only until the count starts a wait, and the rest are
 * refused without a check. A name nobody has gets the same treatment, so the waits say nothing
 * about which names exist.
 */
@Singleton
class SignInSources {

    /** Whether an attempt may check its password; if not, how long the pair must still wait. */
    record Reservation(boolean allowed, Duration retryAfter) {
    }

    private final JdbcOperations jdbc;
    private final ThrottleSettings settings;
    private final Clock clock;

    SignInSources(JdbcOperations jdbc, ThrottleSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Counts an attempt unless the pair is waiting. From the {@code failures-before-delay}th attempt
     * since the last success on, each one starts a wait for the next ({@code first-delay}, then
     * doubling up to {@code longest-delay}), which a right password ends. MySQL assigns SET clauses left to
     * right and later ones see earlier results, H2 does not: every expression reads only columns
     * assigned after it, so both compute the same.
     */
    @Transactional
    Reservation reserve(String name, String source, long now) {
        int freeFailures = settings.failuresBeforeDelay();
        long firstDelay = settings.firstDelay().toSeconds();
        long longest = settings.longestDelay().toSeconds();
        // Adds the pair's row if it is new; on a duplicate it takes the row's exclusive lock, as the
        // UPDATE next does, so parallel requests queue instead of deadlocking over shared locks.
        jdbc.prepareStatement("INSERT INTO sign_in_source (name_hash, source_hash, last_seen) VALUES (?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE last_seen = last_seen", insert -> {
                    insert.setString(1, name);
                    insert.setString(2, source);
                    insert.setLong(3, now);
                    return insert.executeUpdate();
                });
        int counted = jdbc.prepareStatement("UPDATE sign_in_source SET"
                + " blocked_until = CASE WHEN failures + 1 >= ? THEN ? + CASE WHEN delay_seconds = 0 THEN ? ELSE LEAST(delay_seconds * 2, ?) END"
                + " ELSE blocked_until END,"
                + " delay_seconds = CASE WHEN failures + 1 >= ? THEN CASE WHEN delay_seconds = 0 THEN ? ELSE LEAST(delay_seconds * 2, ?) END"
                + " ELSE delay_seconds END,"
                + " failures = failures + 1,"
                + " last_seen = ?"
                + " WHERE name_hash = ? AND source_hash = ? AND blocked_until <= ?", update -> {
                    update.setInt(1, freeFailures);
                    update.setLong(2, now);
                    update.setLong(3, firstDelay);
                    update.setLong(4, longest);
                    update.setInt(5, freeFailures);
                    update.setLong(6, firstDelay);
                    update.setLong(7, longest);
                    update.setLong(8, now);
                    update.setString(9, name);
                    update.setString(10, source);
                    update.setLong(11, now);
                    return update.executeUpdate();
                });
        if (counted == 1) {
            return new Reservation(true, Duration.ZERO);
        }
        long until = jdbc.prepareStatement("SELECT blocked_until FROM sign_in_source WHERE name_hash = ? AND source_hash = ?", select -> {
            select.setString(1, name);
            select.setString(2, source);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
        return new Reservation(false, Duration.ofSeconds(Math.max(1, until - now)));
    }

    /**
     * The right password from here: the pair starts afresh and the source becomes known. This also
     * ends a wait that a parallel wrong guess from the same source may have just started; whoever is
     * there has shown they know the password.
     */
    @Transactional
    void succeeded(String name, String source, long now) {
        jdbc.prepareStatement("UPDATE sign_in_source SET failures = 0, delay_seconds = 0, blocked_until = 0, signed_in_at = ?, last_seen = ?"
                + " WHERE name_hash = ? AND source_hash = ?", update -> {
                    update.setLong(1, now);
                    update.setLong(2, now);
                    update.setString(3, name);
                    update.setString(4, source);
                    return update.executeUpdate();
                });
    }

    /** Whether this name signed in from this source at or after {@code since}. */
    @Transactional
    boolean known(String name, String source, long since) {
        return jdbc.prepareStatement("SELECT COUNT(*) FROM sign_in_source WHERE name_hash = ? AND source_hash = ? AND signed_in_at > 0"
                + " AND signed_in_at >= ?", select -> {
                    select.setString(1, name);
                    select.setString(2, source);
                    select.setLong(3, since);
                    try (ResultSet row = select.executeQuery()) {
                        row.next();
                        return row.getLong(1) > 0;
                    }
                });
    }

    /** The names with a pair waiting now. */
    @Transactional
    Set<String> waiting(long now) {
        return jdbc.prepareStatement("SELECT DISTINCT name_hash FROM sign_in_source WHERE blocked_until > ?", select -> {
            select.setLong(1, now);
            Set<String> names = new HashSet<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        });
    }

    /** An administrator's unlock: every source of the name starts afresh; known sources stay known. */
    @Transactional(Transactional.TxType.MANDATORY)
    void clear(String name) {
        jdbc.prepareStatement("UPDATE sign_in_source SET failures = 0, delay_seconds = 0, blocked_until = 0 WHERE name_hash = ?", update -> {
            update.setString(1, name);
            return update.executeUpdate();
        });
    }

    /**
     * Forgets a pair quiet for a day and not waiting, unless the name signed in from there within
     * {@code chorus.throttle.known-source-for}: counts then start again, and the table stays small.
     */
    @Scheduled(fixedDelay = "1h", initialDelay = "4m")
    @Transactional
    void purgeQuiet() {
        long now = clock.instant().getEpochSecond();
        jdbc.prepareStatement("DELETE FROM sign_in_source WHERE last_seen < ? AND blocked_until <= ? AND signed_in_at < ?", delete -> {
            delete.setLong(1, now - Duration.ofDays(1).toSeconds());
            delete.setLong(2, now);
            delete.setLong(3, now - settings.knownSourceFor().toSeconds());
            return delete.executeUpdate();
        });
    }
}
