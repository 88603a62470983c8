package chorus.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The {name} placeholders that Chorus fills in text; translators must keep them as they are. Text
 * is an ICU message, so a translation may choose words by the number's plural category in its own
 * language: Romanian "{hours, plural, one {# oră} few {# ore} other {# de ore}}" reads "48 de ore"
 * and "2 ore". Numbers are written in the language's digits (Bengali digits in Bengali).
 */
public final class Placeholders {

    /** Stands in the names of a text whose braces ICU cannot read, so the text differs from English and is refused. */
    static final String UNREADABLE = "unreadable braces";

    private Placeholders() {
    }

    /** The names of the values the text uses, whether plainly ({n}) or to choose words ({n, plural, ...}). */
    public static TreeSet<String> of(String text) {
        TreeSet<String> names = new TreeSet<>();
        if (text.indexOf('{') < 0 && text.indexOf('}') < 0) {
            return names;
        }
        MessagePattern pattern = new MessagePattern();
        try {
            pattern.parse(text);
        } catch (IllegalArgumentException e) {
            names.add(UNREADABLE);
            return names;
        }
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NAME) {
                names.add(pattern.getSubstring(part));
            }
        }
        return names;
    }

    /**
     * The text with its values in place. A number put in plainly is written without grouping (a
     * year or a reference must not read "2,021"); one that chooses words stays a number for ICU.
     */
    public static String fill(String text, Map<String, ?> values, ULocale locale) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        Map<String, Object> arguments = new HashMap<>();
        NumberFormat plain = null;
        for (Map.Entry<String, ?> value : values.entrySet()) {
            Object argument = value.getValue();
            if (argument instanceof Number number && !text.contains("{" + value.getKey() + ",")) {
                if (plain == null) {
                    plain = NumberFormat.getInstance(locale);
                    plain.setGroupingUsed(false);
                }
                argument = plain.format(number);
            }
            arguments.put(value.getKey(), argument instanceof CharSequence || argument instanceof Number ? argument
                    : String.valueOf(argument));
        }
        return new MessageFormat(text, locale).format(arguments);
    }
}
