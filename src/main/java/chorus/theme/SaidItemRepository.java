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

    /** Coded items counted for any of the themes (or a theme under one), from these sources, newest first. */
    @Query(value = "SELECT i.* FROM said_item i WHERE i.status = 'CODED' AND i.source IN (:sources) AND i.id IN"
            + " (SELECT c.item_id FROM theme_coding c JOIN theme_rollup r ON r.theme_id = c.theme_id WHERE r.counted_as IN (:themes))"
            + " ORDER BY i.said_on DESC, i.id LIMIT :limit", nativeQuery = true)
    List<SaidItem> findCodedWith(java.util.Collection<Long> themes, java.util.Collection<String> sources, int limit);

    /** As {@link #findCodedWith}, for one MVP's items. */
    @Query(value = "SELECT i.* FROM said_item i WHERE i.status = 'CODED' AND i.source IN (:sources) AND i.mvp_id = :mvpId AND i.id IN"
            + " (SELECT c.item_id FROM theme_coding c JOIN theme_rollup r ON r.theme_id = c.theme_id WHERE r.counted_as IN (:themes))"
            + " ORDER BY i.said_on DESC, i.id LIMIT :limit", nativeQuery = true)
    List<SaidItem> findCodedWithAt(java.util.Collection<Long> themes, java.util.Collection<String> sources, long mvpId, int limit);

    /** A redaction made again; the version moves so a coder's open form notices the change. */
    @Query("UPDATE said_item SET redacted_text = :text, version = version + 1 WHERE id = :id")
    void updateRedactedText(String id, String text);
}
