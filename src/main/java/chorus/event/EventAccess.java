package chorus.event;

import chorus.mvp.Mvp;
import chorus.mvp.Mvps;
import chorus.system.Role;
import chorus.system.NotFoundException;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * The one place that decides whose events a signed-in person may see. An MVP lead sees only their
 * own MVP's events; administrators and analysts see all. Anything else looks as if it did not
 * exist, so a lead cannot learn that another MVP's event is there.
 */
@Singleton
class EventAccess {

    /**
     * What a person may see and do: every MVP ({@code all}), or the one MVP {@code mvpId} (null for
     * a lead not yet given an MVP, who sees nothing). Analysts read only.
     */
    record Viewer(boolean all, Long mvpId, boolean canChange) {

        boolean sees(ListeningEvent event) {
            return all || (mvpId != null && mvpId == event.mvpId());
        }

        /** The MVP to list events of, or null for every MVP. */
        Long scope() {
            return all ? null : (mvpId == null ? -1L : mvpId);
        }
    }

    private final Mvps mvps;
    private final ListeningEvents store;

    EventAccess(Mvps mvps, ListeningEvents store) {
        this.mvps = mvps;
        this.store = store;
    }

    @Transactional
    Viewer viewer(Authentication user) {
        boolean admin = user.getRoles().contains(Role.ADMIN_NAME);
        boolean analyst = user.getRoles().contains(Role.ANALYST_NAME);
        if (admin || analyst) {
            return new Viewer(true, null, admin);
        }
        Long mvp = mvps.of(user.getName()).map(Mvp::id).orElse(null);
        return new Viewer(false, mvp, user.getRoles().contains(Role.MVP_LEAD_NAME));
    }

    /** The event with this reference, if it exists and this person may see it. */
    @Transactional
    Optional<ListeningEvent> find(String reference, Authentication user) {
        if (reference == null || reference.length() > ListeningEvents.REFERENCE_LENGTH) {
            return Optional.empty();
        }
        Viewer viewer = viewer(user);
        return store.find(reference).filter(viewer::sees);
    }

    /** The event, or the same 404 as an address that does not exist (see {@link NotFoundException}). */
    ListeningEvent require(String reference, Authentication user) {
        return find(reference, user).orElseThrow(NotFoundException::new);
    }
}
