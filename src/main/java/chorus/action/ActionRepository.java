package chorus.action;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ActionRepository extends CrudRepository<Action, Long> {

    List<Action> findByStatusInOrderByIdDesc(Collection<Action.Status> statuses);

    List<Action> findByMvpIdAndStatusInOrderByIdDesc(Long mvpId, Collection<Action.Status> statuses);

    List<Action> findAllOrderByIdDesc();
}
