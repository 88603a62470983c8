package chorus.theme;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RedactionNameRepository extends CrudRepository<RedactionName, Long> {

    List<RedactionName> findAllOrderByKindAndName();

    boolean existsByKindAndName(RedactionName.Kind kind, String name);
}
