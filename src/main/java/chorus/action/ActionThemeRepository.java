package chorus.action;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ActionThemeRepository extends CrudRepository<ActionTheme, ActionTheme.Key> {

    List<ActionTheme> findByKeyActionId(long actionId);

    void deleteByKeyActionId(long actionId);
}
