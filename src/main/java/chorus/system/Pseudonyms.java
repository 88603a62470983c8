package chorus.system;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
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

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> tx;
    private volatile SecretKeySpec key;

    Pseudonyms(JdbcOperations jdbc, TransactionOperations<Connection> tx) {
        this.jdbc = jdbc;
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

    /** INSERT IGNORE: when two instances start together, the first key written is the one both use. */
    private String loadOrCreate() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return tx.executeWrite(status -> {
            jdbc.prepareStatement("INSERT IGNORE INTO pseudonym_key (id, secret) VALUES (1, ?)", insert -> {
                insert.setString(1, HexFormat.of().formatHex(random));
                return insert.executeUpdate();
            });
            return jdbc.prepareStatement("SELECT secret FROM pseudonym_key WHERE id = 1", select -> {
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getString(1);
                }
            });
        });
    }
}
