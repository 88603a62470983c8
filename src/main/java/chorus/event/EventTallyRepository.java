package chorus.event;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface EventTallyRepository extends CrudRepository<EventTally, EventTally.Key> {

    List<EventTally> findByKeyEventIdOrderByKeyEthnicCategory(long eventId);

    void deleteByKeyEventId(long eventId);
}
