package chorus.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one stylesheet, under a name that changes whenever its bytes do. Phones on poor connections
 * can then keep it for a year without asking again, and a new release is never shown with an old
 * stylesheet. Read once from the classpath: the file is part of the build, so it cannot change
 * while Chorus runs. Static, because {@link Views#model} is static and every page links it.
 */
public final class Stylesheet {

    static final String RESOURCE = "assets/chorus.css";
    /** Long enough that two releases never collide, short enough to keep every page's link small. */
    private static final int HASH_CHARS = 12;

    private static final byte[] BYTES = read();
    private static final String HASH = hash(BYTES);

    private Stylesheet() {
    }

    /** The fingerprinted address every page links, e.g. /assets/chorus.0123456789ab.css. */
    public static String href() {
        return "/assets/chorus." + HASH + ".css";
    }

    static String hash() {
        return HASH;
    }

    static byte[] bytes() {
        return BYTES.clone();
    }

    private static byte[] read() {
        try (InputStream in = Stylesheet.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, HASH_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
