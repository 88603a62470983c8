package chorus.theme;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SaidItemRepository extends CrudRepository<SaidItem, String> {

    List<SaidItem> findByRedactionEdited(boolean edited);

    List<SaidItem> findByIdIn(java.util.Collection<String> ids);

    /** A redaction made again; the version moves so a coder's open form notices the change. */
    @Query("UPDATE said_item SET redacted_text = :text, version = version + 1 WHERE id = :id")
    void updateRedactedText(String id, String text);
}
