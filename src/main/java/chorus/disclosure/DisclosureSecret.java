package chorus.disclosure;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.util.HexFormat;

/**
 * The one secret of the record keys, kept in the database so that every instance, and every restart,
 * perturbs the same records the same way. Made on first need: 32 random bytes, inserted only if no
 * other instance got there first, then read back, so all agree on whichever was stored.
 */
@Singleton
class DisclosureSecret {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcOperations jdbc;

    DisclosureSecret(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    byte[] secret() {
        String stored = stored();
        if (stored != null) {
            return HexFormat.of().parseHex(stored);
        }
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        jdbc.prepareStatement("INSERT IGNORE INTO disclosure_secret (id, secret) VALUES (1, ?)", insert -> {
            insert.setString(1, HexFormat.of().formatHex(fresh));
            return insert.executeUpdate();
        });
        return HexFormat.of().parseHex(stored());
    }

    private String stored() {
        return jdbc.prepareStatement("SELECT secret FROM disclosure_secret WHERE id = 1", select -> {
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        });
    }
}
