package chorus.disclosure;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The one secret of the record keys, kept in the database so that every instance, and every restart,
 * perturbs the same records the same way. Made on first need: 32 random bytes, inserted only if no
 * other instance got there first, then read back, so all agree on whichever was stored.
 */
@Singleton
class DisclosureSecret {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DisclosureSecretRepository secrets;

    DisclosureSecret(DisclosureSecretRepository secrets) {
        this.secrets = secrets;
    }

    @Transactional
    byte[] secret() {
        String stored = stored();
        if (stored != null) {
            return HexFormat.of().parseHex(stored);
        }
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        secrets.offer(HexFormat.of().formatHex(fresh));
        return HexFormat.of().parseHex(stored());
    }

    private String stored() {
        return secrets.findById(1).map(DisclosureSecretRow::secret).orElse(null);
    }
}
