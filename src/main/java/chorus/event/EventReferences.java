package chorus.event;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.util.Optional;

/** Finds a listening event by the short reference printed on its QR link, slips and kiosk. */
@Singleton
public class EventReferences {

    private final JdbcOperations jdbc;

    EventReferences(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public Optional<Long> idOf(String reference) {
        if (reference == null || reference.isBlank() || reference.length() > 12) {
            return Optional.empty();
        }
        return jdbc.prepareStatement("SELECT id FROM listening_event WHERE reference = ?", select -> {
            select.setString(1, reference.trim());
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
            }
        });
    }
}
