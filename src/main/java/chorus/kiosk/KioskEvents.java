package chorus.kiosk;

import chorus.system.Role;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The listening events a staff member may run a kiosk for: an MVP lead's own MVP's, or any for an administrator. */
@Singleton
class KioskEvents {

    private final KioskRepository kiosks;

    KioskEvents(KioskRepository kiosks) {
        this.kiosks = kiosks;
    }

    /** The event with this reference, if this person may run a kiosk for it. */
    @Transactional
    Optional<KioskRepository.EventChoice> allowed(Authentication user, String reference) {
        if (reference == null || reference.isBlank() || reference.length() > 12) {
            return Optional.empty();
        }
        return user.getRoles().contains(Role.ADMIN_NAME) ? kiosks.findChoice(reference.trim())
                : kiosks.findChoiceOf(user.getName(), reference.trim());
    }

    /** Newest first, at most a hundred; an MVP lead with no MVP has none. */
    @Transactional
    List<KioskRepository.EventChoice> choices(Authentication user) {
        return user.getRoles().contains(Role.ADMIN_NAME) ? kiosks.newestEvents() : kiosks.newestEventsOf(user.getName());
    }
}
