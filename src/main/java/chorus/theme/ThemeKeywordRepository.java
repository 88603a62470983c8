package chorus.theme;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ThemeKeywordRepository extends CrudRepository<ThemeKeyword, ThemeKeyword.Key> {

    void deleteByKeyThemeId(long themeId);
}
