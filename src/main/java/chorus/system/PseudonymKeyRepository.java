package chorus.system;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PseudonymKeyRepository extends GenericRepository<PseudonymKey, Integer> {

    /** INSERT IGNORE: when two instances start together, the first key written is the one both use. */
    @Query("INSERT IGNORE INTO pseudonym_key (id, secret) VALUES (1, :secret)")
    void offer(String secret);

    Optional<PseudonymKey> findById(int id);
}
