package chorus.theme;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A quote is the person's own words: every part of it, between marks of words left out ("…", "...",
 * "[…]"), is found in the item's redacted text, in order. Spacing and case may differ, so a coder may
 * start a quote with a capital; nothing may be added, so a quote never puts words in anyone's mouth.
 */
final class QuoteText {

    private static final Pattern LEFT_OUT = Pattern.compile("\\[?(?:…|\\.\\.\\.)\\]?");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0]+");

    private QuoteText() {
    }

    static boolean isExcerpt(String quote, String redacted) {
        String source = normal(redacted);
        int from = 0;
        boolean any = false;
        for (String part : LEFT_OUT.split(quote)) {
            String wanted = normal(part);
            if (wanted.isEmpty()) {
                continue;
            }
            int at = source.indexOf(wanted, from);
            if (at < 0) {
                return false;
            }
            from = at + wanted.length();
            any = true;
        }
        return any;
    }

    private static String normal(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        return SPACE.matcher(composed).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}
