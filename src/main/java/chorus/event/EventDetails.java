package chorus.event;

import java.time.LocalDate;
import java.util.List;

/** What a lead records about an event, checked and ready to store. */
record EventDetails(EventKind kind, LocalDate heldOn, boolean online, String place, String locality,
                    String partnerOrganisation, boolean interpreterPresent, int attendance, List<String> languages) {
}
