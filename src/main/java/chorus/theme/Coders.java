package chorus.theme;

import chorus.mvp.Mvp;
import chorus.mvp.Mvps;
import chorus.system.NotFoundException;
import chorus.system.Role;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.EnumSet;
import java.util.Set;

/**
 * The one place that decides who may read the raw words of an item and code it. Administrators code
 * everything; analysts every service-user item; an MVP lead the comments heard at their own MVP's
 * events. Staff-survey items are for administrators only: staff are few and know one another's words.
 * Anyone else is told the item does not exist, so nobody learns what is there.
 */
@Singleton
class Coders {

    /** What one signed-in person may code: these sources, and when {@code mvpId} is set, only that MVP's. */
    record Coder(String name, Set<SaidItem.Source> sources, Long mvpId, boolean admin) {

        boolean codes(SaidItem item) {
            return sources.contains(item.source()) && (mvpId == null || mvpId.equals(item.mvpId()));
        }

        boolean codesAnything() {
            return !sources.isEmpty();
        }

        /** Administrators and analysts lead coding: they sample items for a second coder and resolve disagreements. */
        boolean leads() {
            return mvpId == null && codesAnything();
        }
    }

    private final Mvps mvps;
    private final SaidItemRepository items;

    Coders(Mvps mvps, SaidItemRepository items) {
        this.mvps = mvps;
        this.items = items;
    }

    /** The item, if this person may code it; anyone else is told it does not exist. */
    SaidItem require(String id, Authentication user) {
        Coder coder = of(user);
        if (id == null || id.length() != 36) {
            throw new NotFoundException();
        }
        return items.findById(id).filter(coder::codes).orElseThrow(NotFoundException::new);
    }

    Coder of(Authentication user) {
        if (user.getRoles().contains(Role.ADMIN_NAME)) {
            return new Coder(user.getName(), EnumSet.allOf(SaidItem.Source.class), null, true);
        }
        if (user.getRoles().contains(Role.ANALYST_NAME)) {
            return new Coder(user.getName(), EnumSet.of(SaidItem.Source.SURVEY, SaidItem.Source.EVENT), null, false);
        }
        if (user.getRoles().contains(Role.MVP_LEAD_NAME)) {
            Long mvp = mvps.of(user.getName()).map(Mvp::id).orElse(null);
            return mvp == null ? new Coder(user.getName(), Set.of(), null, false)
                    : new Coder(user.getName(), EnumSet.of(SaidItem.Source.EVENT), mvp, false);
        }
        return new Coder(user.getName(), Set.of(), null, false);
    }
}
