package chorus.kiosk;

import io.micronaut.core.annotation.Introspected;

/** A device running one survey for one listening event, until a staff member ends it. */
@Introspected
public record Kiosk(String surveyId, long eventId, String eventReference) {
}
