package chorus.web;

import chorus.i18n.Text;
import chorus.i18n.Texts;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The errors of a staff form, by field, as interface-text keys. Templates show them in the error
 * summary (linking to {@code #field}) and beside each field; the first error of a field wins.
 */
public final class FormErrors {

    private final Map<String, Text> resolved = new LinkedHashMap<>();
    private final Map<String, String> keys = new LinkedHashMap<>();
    private final Map<String, Map<String, ?>> args = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    public FormErrors add(String field, String key) {
        return add(field, key, Map.of());
    }

    public FormErrors add(String field, String key, Map<String, ?> values) {
        if (!keys.containsKey(field)) {
            keys.put(field, key);
            args.put(field, values);
        }
        return this;
    }

    public FormErrors requireText(String field, String value, String key) {
        return value == null || value.isBlank() ? add(field, key) : this;
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }

    /** The interface-text key of the field's error, or null: lets tests of a rule check it without the texts. */
    public String keyOf(String field) {
        return keys.get(field);
    }

    /** Field name to message, in the order the fields were checked. */
    public Map<String, Text> messages(Texts texts) {
        resolved.clear();
        keys.forEach((field, key) -> resolved.put(field, texts.ui(key, args.get(field))));
        return resolved;
    }
}
