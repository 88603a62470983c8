package chorus.i18n;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A short fingerprint of the English a translation was made from, kept beside each translation in
 * {@code <tag>.sources.yml}. When the English changes its fingerprint changes, so the translation is
 * stale until someone translates the new English. Eight hex digits of SHA-256: enough to notice an
 * edit, short enough to read in a diff.
 */
public final class SourceFingerprints {

    public static final String SUFFIX = ".sources.yml";

    private SourceFingerprints() {
    }

    public static String of(String english) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(english.strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Stale when there is no fingerprint (nobody recorded the English) or it is of other English. */
    public static boolean stale(String recorded, String english) {
        return recorded == null || !recorded.equals(of(english));
    }
}
