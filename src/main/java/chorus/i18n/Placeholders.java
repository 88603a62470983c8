package chorus.i18n;

import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringSubstitutor;

/** The {name} placeholders that Chorus fills in text; translators must keep them as they are. */
public final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    private Placeholders() {
    }

    public static TreeSet<String> of(String text) {
        TreeSet<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    public static String fill(String text, Map<String, ?> values) {
        return new StringSubstitutor(values, "{", "}").replace(text);
    }
}
