package chorus.event;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Finds a listening event by the short reference printed on its QR link, slips and kiosk. */
@Singleton
public class EventReferences {

    private final EventRepository events;

    EventReferences(EventRepository events) {
        this.events = events;
    }

    @Transactional
    public Optional<Long> idOf(String reference) {
        if (reference == null || reference.isBlank() || reference.length() > 12) {
            return Optional.empty();
        }
        return events.findByReference(reference.trim()).map(EventRow::id);
    }
}
