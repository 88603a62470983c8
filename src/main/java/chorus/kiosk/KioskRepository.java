package chorus.kiosk;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface KioskRepository extends CrudRepository<KioskRow, Long> {

    /** An event as the kiosk form lists it. */
    @Introspected
    record EventChoice(long id, String reference, LocalDate heldOn, @io.micronaut.core.annotation.Nullable String place) {
    }

    /** The kiosk with its event's reference in one read: every page a kiosk shows asks for it. */
    @Query("SELECT k.survey_id, k.event_id, e.reference AS event_reference FROM kiosk k"
            + " JOIN listening_event e ON e.id = k.event_id WHERE k.token_hash = :tokenHash AND k.expires_at > :now")
    Optional<Kiosk> findRunning(String tokenHash, LocalDateTime now);

    void deleteByTokenHash(String tokenHash);

    void deleteByExpiresAtLessThanEquals(LocalDateTime now);

    /** The newest events of all MVPs. */
    @Query("SELECT id, reference, held_on, place FROM listening_event ORDER BY held_on DESC, id DESC LIMIT 100")
    List<EventChoice> newestEvents();

    /** The newest events of the MVP this staff member leads; none for an account with no MVP. */
    @Query("SELECT e.id, e.reference, e.held_on, e.place FROM listening_event e JOIN user_account u ON u.mvp_id = e.mvp_id"
            + " WHERE u.username = :username ORDER BY e.held_on DESC, e.id DESC LIMIT 100")
    List<EventChoice> newestEventsOf(String username);

    @Query("SELECT id, reference, held_on, place FROM listening_event WHERE reference = :reference")
    Optional<EventChoice> findChoice(String reference);

    @Query("SELECT e.id, e.reference, e.held_on, e.place FROM listening_event e JOIN user_account u ON u.mvp_id = e.mvp_id"
            + " WHERE u.username = :username AND e.reference = :reference")
    Optional<EventChoice> findChoiceOf(String username, String reference);
}
