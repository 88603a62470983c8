package chorus.event;

import java.time.LocalDate;
import java.util.List;

/**
 * A listening event as stored. {@code languages} holds shipped languages by their tag ("ur") and
 * any other language by the name the lead typed ("Sylheti").
 */
public record ListeningEvent(long id, long mvpId, String mvpName, String reference, EventKind kind, LocalDate heldOn,
                             boolean online, String place, String locality, String partnerOrganisation,
                             boolean interpreterPresent, int attendance, List<String> languages) {
}
