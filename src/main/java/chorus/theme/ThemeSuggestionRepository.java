package chorus.theme;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ThemeSuggestionRepository extends CrudRepository<ThemeSuggestion, ThemeSuggestion.Key> {

    void deleteByKeyItemId(String itemId);
}
