package chorus.audit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDateTime;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AuditEntryRepository extends CrudRepository<AuditEntry, Long> {

    /** A page of the newest entries before an id; a page holds {@link AuditLog#PAGE}. */
    List<AuditEntry> findTop100ByIdLessThanOrderByIdDesc(long beforeId);

    /** The same for one user, read through the index on (username, id). */
    List<AuditEntry> findTop100ByUsernameAndIdLessThanOrderByIdDesc(String username, long beforeId);

    void deleteByOccurredAtLessThan(LocalDateTime before);
}
