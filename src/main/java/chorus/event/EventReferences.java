package chorus.event;

import chorus.mvp.Mvp;
import chorus.mvp.Mvps;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Finds a listening event by the short reference printed on its QR link, slips and kiosk. */
@Singleton
public class EventReferences {

    private final EventRepository events;
    private final Mvps mvps;

    EventReferences(EventRepository events, Mvps mvps) {
        this.events = events;
        this.mvps = mvps;
    }

    @Transactional
    public Optional<Long> idOf(String reference) {
        return find(reference).map(EventRow::id);
    }

    /** The MVP that holds the event, named on the pages its QR link opens. */
    @Transactional
    public Optional<String> mvpOf(String reference) {
        return find(reference).flatMap(row -> mvps.find(row.mvpId())).map(Mvp::name);
    }

    /** A reference as typed or sent is looked up only when it could be one. */
    private Optional<EventRow> find(String reference) {
        if (reference == null || reference.isBlank() || reference.length() > 12) {
            return Optional.empty();
        }
        return events.findByReference(reference.trim());
    }
}
