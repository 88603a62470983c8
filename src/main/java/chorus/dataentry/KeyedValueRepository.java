package chorus.dataentry;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface KeyedValueRepository extends CrudRepository<KeyedValue, Long> {

    List<KeyedValue> findByKeyedFormIdOrderById(long keyedFormId);

    void deleteByKeyedFormId(long keyedFormId);
}
