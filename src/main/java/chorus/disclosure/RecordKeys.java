package chorus.disclosure;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Collection;
import java.util.HashSet;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Record keys for the cell key method: each record a report counts gets a key from 0 to 255 that is
 * always the same for that record and that nobody can work out without the secret, HMAC-SHA256 of
 * the record's identity. The identity is any string the report makes unique for the record and
 * stable for ever: "r:123" for a response, "s:" and a staff response's id, and "t:42:M" with the
 * unit's number for the people of a tally, which holds no records of its own (see {@link #units}).
 */
public final class RecordKeys {

    private static final String HMAC = "HmacSHA256";
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final SecretKeySpec secret;

    /** @param secret at least 32 random bytes, the same for every instance (see DisclosureSecret) */
    public RecordKeys(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("the record key secret needs at least 32 bytes, not " + secret.length);
        }
        this.secret = new SecretKeySpec(secret.clone(), HMAC);
    }

    /** One record. */
    public Count record(String identity) {
        return new Count(1, key(identity));
    }

    /** Distinct records; the same identity twice is a mistake in the report, which would count a person twice. */
    public Count records(Collection<String> identities) {
        if (new HashSet<>(identities).size() != identities.size()) {
            throw new IllegalArgumentException("an identity is given twice");
        }
        int key = 0;
        for (String identity : identities) {
            key += key(identity);
        }
        return new Count(identities.size(), Math.floorMod(key, Count.KEYS));
    }

    /**
     * The first n units of something counted only as a number, such as the people of one line of a
     * tally ("t:42:M") or of one row of uploaded workforce counts. Unit i has a key of its own, so when
     * the number goes up by one, one unit is added and the others keep their keys, as a person added
     * to a list would. Unit keys come from the HMAC of the prefix stretched by SplitMix64: cheap enough
     * for thousands of staff, and still unknown to anyone without the secret.
     */
    public Count units(String prefix, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("a number of units cannot be negative: " + n);
        }
        if (n == 0) {
            return Count.NONE;
        }
        long seed = ByteBuffer.wrap(hmac("units\u0000" + prefix)).getLong();
        int key = 0;
        for (int i = 0; i < n; i++) {
            key += (int) (mix(seed + (i + 1) * GOLDEN_GAMMA) >>> 56);
        }
        return new Count(n, Math.floorMod(key, Count.KEYS));
    }

    /** 0 to 255: the first byte of the HMAC of the identity. */
    int key(String identity) {
        return hmac("record\u0000" + identity)[0] & 0xFF;
    }

    private byte[] hmac(String message) {
        try {
            // A Mac is not thread-safe and costs a microsecond to make: one per call keeps this simple.
            Mac mac = Mac.getInstance(HMAC);
            mac.init(secret);
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java has " + HMAC, e);
        }
    }

    /** SplitMix64's finaliser (Steele, Lea and Flood 2014): a 64-bit mix whose top byte is uniform. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
