package chorus.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/** Counters changed only by single statements, so parallel guesses cannot lose each other's counts. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface SignInSourceRepository extends GenericRepository<SignInSource, SignInSource.Key> {

    /**
     * Adds the pair's row if it is new; on a duplicate it takes the row's exclusive lock, as the
     * UPDATE after it does, so parallel requests queue instead of deadlocking over shared locks.
     */
    @Query("INSERT INTO sign_in_source (name_hash, source_hash, last_seen) VALUES (:name, :source, :now)"
            + " ON DUPLICATE KEY UPDATE last_seen = last_seen")
    void touch(String name, String source, long now);

    /**
     * Counts an attempt unless the pair is waiting; 1 if counted. MySQL assigns SET clauses left to
     * right and later ones see earlier results, H2 does not: every expression reads only columns
     * assigned after it, so both compute the same.
     */
    @Query("UPDATE sign_in_source SET"
            + " blocked_until = CASE WHEN failures + 1 >= :freeFailures THEN :now + CASE WHEN delay_seconds = 0 THEN :firstDelay"
            + " ELSE LEAST(delay_seconds * 2, :longest) END ELSE blocked_until END,"
            + " delay_seconds = CASE WHEN failures + 1 >= :freeFailures THEN CASE WHEN delay_seconds = 0 THEN :firstDelay"
            + " ELSE LEAST(delay_seconds * 2, :longest) END ELSE delay_seconds END,"
            + " failures = failures + 1,"
            + " last_seen = :now"
            + " WHERE name_hash = :name AND source_hash = :source AND blocked_until <= :now")
    int count(String name, String source, long now, int freeFailures, long firstDelay, long longest);

    @Query("SELECT blocked_until FROM sign_in_source WHERE name_hash = :name AND source_hash = :source")
    Optional<Long> blockedUntil(String name, String source);

    @Query("UPDATE sign_in_source SET failures = 0, delay_seconds = 0, blocked_until = 0, signed_in_at = :now, last_seen = :now"
            + " WHERE name_hash = :name AND source_hash = :source")
    void succeeded(String name, String source, long now);

    @Query("SELECT COUNT(*) > 0 FROM sign_in_source WHERE name_hash = :name AND source_hash = :source AND signed_in_at > 0"
            + " AND signed_in_at >= :since")
    boolean known(String name, String source, long since);

    @Query("SELECT DISTINCT name_hash FROM sign_in_source WHERE blocked_until > :now")
    List<String> waiting(long now);

    @Query("UPDATE sign_in_source SET failures = 0, delay_seconds = 0, blocked_until = 0 WHERE name_hash = :name")
    void clear(String name);

    @Query("DELETE FROM sign_in_source WHERE last_seen < :quietSince AND blocked_until <= :now AND signed_in_at < :knownSince")
    void purge(long quietSince, long now, long knownSince);
}
