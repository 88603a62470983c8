package chorus.kiosk;

import chorus.system.Role;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The listening events a staff member may run a kiosk for: an MVP lead's own MVP's, or any for an administrator. */
@Singleton
class KioskEvents {

    /** An event as the kiosk form lists it. */
    record EventChoice(long id, String reference, String heldOn, String place) {
    }

    private static final int MOST = 100;

    private final JdbcOperations jdbc;

    KioskEvents(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The event with this reference, if this person may run a kiosk for it. */
    @Transactional
    Optional<EventChoice> allowed(Authentication user, String reference) {
        if (reference == null || reference.isBlank() || reference.length() > 12) {
            return Optional.empty();
        }
        return query(user, " WHERE e.reference = ?", reference.trim()).stream().findFirst();
    }

    /** Newest first; an MVP lead with no MVP has none. */
    @Transactional
    List<EventChoice> choices(Authentication user) {
        return query(user, "", null);
    }

    private List<EventChoice> query(Authentication user, String where, String reference) {
        boolean admin = user.getRoles().contains(Role.ADMIN_NAME);
        String sql = "SELECT e.id, e.reference, e.held_on, e.place FROM listening_event e"
                + (admin ? "" : " JOIN user_account u ON u.mvp_id = e.mvp_id AND u.username = ?")
                + where + " ORDER BY e.held_on DESC, e.id DESC LIMIT " + MOST;
        return jdbc.prepareStatement(sql, select -> {
            int index = 1;
            if (!admin) {
                select.setString(index++, user.getName());
            }
            if (reference != null) {
                select.setString(index, reference);
            }
            List<EventChoice> events = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(new EventChoice(rows.getLong(1), rows.getString(2), rows.getDate(3).toLocalDate().toString(),
                            rows.getString(4)));
                }
            }
            return events;
        });
    }
}
