package chorus.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/** A row of {@code listening_event}; {@link ListeningEvent} adds its MVP's name and languages. */
@MappedEntity("listening_event")
record EventRow(@Id @GeneratedValue @Nullable Long id, long mvpId, String reference, EventKind kind, LocalDate heldOn,
                boolean online, @Nullable String place, @Nullable String locality, @Nullable String partnerOrganisation,
                boolean interpreterPresent, int attendance) {

    static EventRow of(@Nullable Long id, long mvpId, String reference, EventDetails details) {
        return new EventRow(id, mvpId, reference, details.kind(), details.heldOn(), details.online(), details.place(),
                details.locality(), details.partnerOrganisation(), details.interpreterPresent(), details.attendance());
    }
}
