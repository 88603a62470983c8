package chorus.system;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ThrottleRepository extends GenericRepository<ThrottleCount, ThrottleCount.Key> {

    /**
     * Adds the row or counts on it, atomically on H2 and MySQL alike; the row stays locked to this
     * transaction, so the count read next is this attempt's own.
     */
    @Query("INSERT INTO throttle (kind, source_hash, window_start, hits) VALUES (:kind, :source, :windowStart, 1)"
            + " ON DUPLICATE KEY UPDATE hits = hits + 1")
    void count(String kind, String source, long windowStart);

    @Query("SELECT hits FROM throttle WHERE kind = :kind AND source_hash = :source AND window_start = :windowStart")
    int hits(String kind, String source, long windowStart);

    @Query("UPDATE throttle SET hits = hits - 1 WHERE kind = :kind AND source_hash = :source AND window_start = :windowStart"
            + " AND hits > 0")
    void forgive(String kind, String source, long windowStart);

    @Query("DELETE FROM throttle WHERE window_start < :before")
    void purge(long before);
}
