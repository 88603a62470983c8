package chorus.action;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

final class ActionLinkRepository {

    private ActionLinkRepository() {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Themes extends CrudRepository<ActionLink.ToTheme, ActionLink.ToTheme.Key> {

        List<ActionLink.ToTheme> findByKeyActionId(long actionId);

        void deleteByKeyActionId(long actionId);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Items extends CrudRepository<ActionLink.ToItem, ActionLink.ToItem.Key> {

        List<ActionLink.ToItem> findByKeyActionId(long actionId);

        void deleteByKeyActionId(long actionId);
    }
}
