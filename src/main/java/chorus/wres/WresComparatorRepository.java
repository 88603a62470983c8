package chorus.wres;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface WresComparatorRepository extends CrudRepository<WresComparator, WresComparator.Key> {

    List<WresComparator> findByKeyRoundId(long roundId);

    void deleteByKeyRoundId(long roundId);
}
