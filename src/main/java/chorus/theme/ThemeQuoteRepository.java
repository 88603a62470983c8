package chorus.theme;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ThemeQuoteRepository extends CrudRepository<ThemeQuote, String> {

    List<ThemeQuote> findByStatus(ThemeQuote.Status status);

    List<ThemeQuote> findByItemId(String itemId);
}
