package chorus.disclosure;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface DisclosureSecretRepository extends GenericRepository<DisclosureSecretRow, Integer> {

    /** Inserted only if no other instance got there first. */
    @Query("INSERT IGNORE INTO disclosure_secret (id, secret) VALUES (1, :secret)")
    void offer(String secret);

    Optional<DisclosureSecretRow> findById(int id);
}
