package chorus.web;

import chorus.system.TamperedFormException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** A posted staff form's fields: Micronaut gives a field sent once as text and a repeated one as a list. */
public final class FormFields {

    private final Map<String, Object> body;

    public FormFields(Map<String, Object> body) {
        this.body = body == null ? Map.of() : body;
    }

    /** The field's value, stripped; empty when not sent. A repeated field is not one our pages send. */
    public String text(String name) {
        List<String> values = all(name);
        if (values.size() > 1) {
            throw new TamperedFormException("expected one " + name);
        }
        return values.isEmpty() ? "" : values.get(0).strip();
    }

    public boolean ticked(String name) {
        return !text(name).isEmpty();
    }

    public List<String> all(String name) {
        Object value = body.get(name);
        List<String> values = new ArrayList<>();
        if (value instanceof Collection<?> many) {
            many.forEach(v -> values.add(plain(v)));
        } else if (value != null) {
            values.add(plain(value));
        }
        return values;
    }

    public java.util.Set<String> names() {
        return body.keySet();
    }

    private static String plain(Object value) {
        if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
            throw new TamperedFormException("a form field held a structure, not text");
        }
        return String.valueOf(value);
    }
}
