package chorus.system;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface StaffSessionRepository extends GenericRepository<StaffSessionRow, String> {

    Optional<StaffSessionRow> findByIdHashAndExpiresAtGreaterThan(String idHash, Instant now);

    int deleteByIdHash(String idHash);

    /** One statement that inserts or replaces, so two instances saving one session at once cannot collide. */
    @Query("INSERT INTO staff_session (id_hash, attributes, created_at, last_accessed_at, expires_at)"
            + " VALUES (:idHash, :attributes, :createdAt, :lastAccessedAt, :expiresAt)"
            + " ON DUPLICATE KEY UPDATE attributes = VALUES(attributes), last_accessed_at = VALUES(last_accessed_at),"
            + " expires_at = VALUES(expires_at)")
    void upsert(String idHash, String attributes, Instant createdAt, Instant lastAccessedAt, Instant expiresAt);

    void deleteByExpiresAtLessThanEquals(Instant now);
}
