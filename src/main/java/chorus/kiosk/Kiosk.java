package chorus.kiosk;

/** A device running one survey for one listening event, until a staff member ends it. */
public record Kiosk(String surveyId, long eventId, String eventReference) {
}
