package chorus.representation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface BaselineRepository extends CrudRepository<Baseline, Long> {

    List<Baseline> findAll(Sort sort);

    /** Figures go with it: their foreign key cascades. */
    void deleteByKindAndAreaAndSourceAndYear(Baseline.Kind kind, String area, String source, int year);
}
