package chorus.system;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The message of a log line with control characters escaped, so that nothing a visitor sends
 * (a {@code lang} value, a path, a header, an exception message quoting them) can end the line
 * and write a forged one after it, or hide text with terminal escapes or bidi overrides.
 * logback.xml puts it in place of the standard {@code %msg}, so every pattern escapes.
 */
public class EscapedMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return escape(super.convert(event));
    }

    /** CR, LF and tab as {@code \r \n \t}; other control, line-separator and bidi-override characters as {@code \\uXXXX}. */
    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> unsafe(c) ? String.format("\\u%04x", (int) c) : null;
            };
            if (replacement != null && escaped == null) {
                escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (escaped != null) {
                if (replacement != null) {
                    escaped.append(replacement);
                } else {
                    escaped.append(c);
                }
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    private static boolean unsafe(char c) {
        return Character.isISOControl(c)                  // C0, DEL and C1, NEL (U+0085) among them
                || c == '\u2028' || c == '\u2029'         // line and paragraph separators
                || (c >= '\u202a' && c <= '\u202e')       // bidi embeddings and overrides
                || (c >= '\u2066' && c <= '\u2069');      // bidi isolates
    }
}
