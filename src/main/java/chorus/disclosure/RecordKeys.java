package chorus.disclosure;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.HashSet;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Record keys for the cell key method: each record a report counts has a key from 0 to 255 that is
 * always the same for that record and that nobody can work out without reading the database.
 *
 * <p>Responses and staff responses keep their key in their own row, {@code record_key}: a random
 * byte drawn when the row is written ({@link #fresh}), so a report adds keys up in the same SQL
 * aggregate that counts the rows ({@link #counted}). Rows stored before keys were stored have the key
 * of their identity ("r:" and the response id, "s:" and the staff response id; see the V19 migration).
 * Things counted only as a number, such as the people of one line of a tally ("t:42:M"), hold no
 * records of their own: their units get keys from HMAC-SHA256 under the installation's secret (see
 * {@link #units}).
 */
public final class RecordKeys {

    private static final String HMAC = "HmacSHA256";
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec secret;

    /** @param secret at least 32 random bytes, the same for every instance (see DisclosureSecret) */
    public RecordKeys(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("the record key secret needs at least 32 bytes, not " + secret.length);
        }
        this.secret = new SecretKeySpec(secret.clone(), HMAC);
    }

    /** A key for a record being written for the first time, to be stored with it. */
    public static int fresh() {
        return RANDOM.nextInt(Count.KEYS);
    }

    /**
     * The records an SQL aggregate counted: {@code COUNT(*)} and {@code SUM(record_key)} of the same
     * rows, which must be distinct records.
     */
    public static Count counted(long records, long keySum) {
        if (records < 0 || records > Integer.MAX_VALUE || keySum < 0) {
            throw new IllegalArgumentException("not a count of records: " + records + " with keys adding up to " + keySum);
        }
        return new Count((int) records, (int) Math.floorMod(keySum, (long) Count.KEYS));
    }

    /** One record, by the key of its identity. */
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

    /** 0 to 255: the first byte of the HMAC of the identity; the key of a record stored before keys were. */
    public int key(String identity) {
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
