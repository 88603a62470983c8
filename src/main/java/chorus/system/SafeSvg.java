package chorus.system;

import java.util.regex.Pattern;

/**
 * An SVG drawing Chorus puts inline into its pages (easy-read pictures, an organisation's logo):
 * inline so it costs no extra request and needs nothing from the content security policy, and
 * therefore refused if it could run or link anything.
 */
public final class SafeSvg {

    private static final Pattern PROLOGUE = Pattern.compile("(?s)<\\?xml.*?\\?>|<!--.*?-->|<!DOCTYPE[^>]*>");
    private static final Pattern ACTIVE = Pattern.compile("(?is).*(<script|<foreignobject|\\son[a-z]+\\s*=|javascript:|href).*");

    private SafeSvg() {
    }

    /** The drawing without its XML prologue and comments, or null when it is not a plain {@code <svg>} drawing. */
    public static String plain(String raw) {
        String svg = PROLOGUE.matcher(raw).replaceAll("").trim();
        return svg.startsWith("<svg") && !ACTIVE.matcher(svg).matches() ? svg : null;
    }
}
