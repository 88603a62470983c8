package chorus.system;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes (HMAC-SHA256, 64 hex digits) of what Chorus must recognise again but must not keep:
 * the address a request came from, a name typed at sign-in. A plain hash of an IPv4 address is
 * undone by hashing all four billion of them; with a key it is not, unless the key leaks too. The
 * key is made by the first instance that needs it and kept in the database, so every instance
 * behind a load balancer computes the same pseudonym.
 */
@Singleton
public class Pseudonyms {

    private final PseudonymKeyRepository keys;
    private final TransactionOperations<Connection> tx;
    private volatile SecretKeySpec key;

    Pseudonyms(PseudonymKeyRepository keys, TransactionOperations<Connection> tx) {
        this.keys = keys;
        this.tx = tx;
    }

    /** {@code purpose} keeps pseudonyms of different things apart, so an address never matches a name. */
    public String of(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return HexFormat.of().formatHex(mac.doFinal((purpose + '\n' + value).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec known = key;
        if (known == null) {
            synchronized (this) {
                if (key == null) {
                    key = new SecretKeySpec(HexFormat.of().parseHex(loadOrCreate()), "HmacSHA256");
                }
                known = key;
            }
        }
        return known;
    }

    /** The first key written is the one every instance uses (see {@link PseudonymKeyRepository#offer}). */
    private String loadOrCreate() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return tx.executeWrite(status -> {
            keys.offer(HexFormat.of().formatHex(random));
            return keys.findById(1).orElseThrow().secret();
        });
    }
}
