package chorus.dataentry;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PaperBatchRepository extends CrudRepository<PaperBatch, Long> {

    /** An event as data entry needs it: whose MVP it is. */
    @Introspected
    record Event(long id, String reference, long mvpId) {
    }

    String BATCH = "SELECT b.id, b.reference, b.survey_id, b.event_id, e.reference AS event_reference, e.mvp_id AS event_mvp_id,"
            + " b.note, b.created_on FROM paper_batch b LEFT JOIN listening_event e ON e.id = b.event_id ";

    /** A batch with its event's reference and MVP, which decide which MVP lead may use it. */
    @Query(BATCH + "WHERE b.id = :id")
    Optional<KeyedForms.Batch> findBatch(long id);

    @Query(BATCH + "WHERE b.reference = :reference")
    Optional<KeyedForms.Batch> findBatchByReference(String reference);

    @Query("SELECT id, reference, mvp_id FROM listening_event WHERE id = :id")
    Optional<Event> findEvent(long id);
}
