package chorus.answer;

import chorus.system.TamperedFormException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A decoded application/x-www-form-urlencoded body as every value of every field: Micronaut gives
 * a field sent once as a string and a repeated field (a multiple-choice answer) as a list. Public for
 * the staff forms that take answers too (paper data entry).
 */
public final class FormBody {

    private FormBody() {
    }

    public static Map<String, List<String>> of(Map<String, Object> body) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        if (body == null) {
            return form;
        }
        body.forEach((field, value) -> {
            List<String> values = new ArrayList<>();
            if (value instanceof Collection<?> many) {
                many.forEach(v -> values.add(text(v)));
            } else {
                values.add(text(value));
            }
            form.put(field, values);
        });
        return form;
    }

    public static String single(Map<String, List<String>> form, String field) {
        List<String> values = form.getOrDefault(field, List.of());
        if (values.size() != 1) {
            throw new TamperedFormException("expected one " + field);
        }
        return values.get(0);
    }

    /** The field's one value, or null when the form left it out. */
    public static String optional(Map<String, List<String>> form, String field) {
        return form.containsKey(field) ? single(form, field) : null;
    }

    private static String text(Object value) {
        if (value == null || value instanceof Map<?, ?> || value instanceof Collection<?>) {
            throw new TamperedFormException("a form field held a structure, not text");
        }
        return value.toString();
    }
}
