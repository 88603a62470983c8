package chorus.event;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface EventRepository extends CrudRepository<EventRow, Long> {

    /** An about-you response given for an event, as a comment can be linked to it. */
    @Introspected
    record AboutYou(long id, LocalDate submittedOn, String channel) {
    }

    Optional<EventRow> findByReference(String reference);

    boolean existsByReference(String reference);

    /** Events of one MVP (or all when {@code mvpId} is null) held in a period (open at a null end), newest first. */
    @Query("SELECT * FROM listening_event WHERE (:mvpId IS NULL OR mvp_id = :mvpId)"
            + " AND (:from IS NULL OR held_on >= :from) AND (:to IS NULL OR held_on <= :to) ORDER BY held_on DESC, id DESC")
    List<EventRow> list(@Nullable Long mvpId, @Nullable LocalDate from, @Nullable LocalDate to);

    /** The about-you responses given for the event, whichever way they came in (its link, a kiosk, a keyed slip). */
    @Query("SELECT id, submitted_on, channel FROM response WHERE event_id = :eventId AND survey_id = 'about-you' ORDER BY id")
    List<AboutYou> aboutYou(long eventId);
}
