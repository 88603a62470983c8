package chorus.representation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface BaselineFigureRepository extends CrudRepository<BaselineFigure, BaselineFigure.Key> {

    List<BaselineFigure> findByKeyBaselineId(long baselineId);
}
