package chorus.workforce;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SnapshotRepository extends CrudRepository<Snapshot, Long> {

    List<Snapshot> findAll(Sort sort);

    Optional<Snapshot> findByName(String name);

    void update(@Id long id, LocalDate takenOn);
}
