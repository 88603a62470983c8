package chorus.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The stylesheets, each under a name that changes whenever its bytes do. Phones on poor connections
 * can then keep them for a year without asking again, and a new release is never shown with an old
 * stylesheet. Every page links {@code chorus.css}; staff pages add {@code staff.css} (reports, the
 * coding workspace, data entry, printing for events), so the people answering a survey never download
 * the styles of pages they cannot open. Read once from the classpath: the files are part of the
 * build, so they cannot change while Chorus runs. Static, because {@link Views#model} is static and
 * every page links them.
 */
public final class Stylesheet {

    /** One stylesheet: its name in /assets/, its bytes and the fingerprint of them. */
    record Sheet(String name, byte[] bytes, String hash) {

        String href() {
            return "/assets/" + name + "." + hash + ".css";
        }
    }

    /** Long enough that two releases never collide, short enough to keep every page's link small. */
    private static final int HASH_CHARS = 12;

    static final Sheet PUBLIC = sheet("chorus");
    static final Sheet STAFF = sheet("staff");

    private Stylesheet() {
    }

    /** The fingerprinted address every page links, e.g. /assets/chorus.0123456789ab.css. */
    public static String href() {
        return PUBLIC.href();
    }

    /** The second stylesheet of staff pages, e.g. /assets/staff.0123456789ab.css. */
    public static String staffHref() {
        return STAFF.href();
    }

    static String hash() {
        return PUBLIC.hash();
    }

    static byte[] bytes() {
        return PUBLIC.bytes().clone();
    }

    private static Sheet sheet(String name) {
        String resource = "assets/" + name + ".css";
        try (InputStream in = Stylesheet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            byte[] bytes = in.readAllBytes();
            return new Sheet(name, bytes, hash(bytes));
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
