package chorus.answer;

import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Decodes an application/x-www-form-urlencoded body into every value of every field, keeping the
 * repeated fields that multiple-choice answers send.
 */
final class FormBody {

    private static final int MAX_FIELDS = 500;

    private FormBody() {
    }

    static Map<String, List<String>> parse(String body) {
        try {
            return new QueryStringDecoder(body, StandardCharsets.UTF_8, false, MAX_FIELDS).parameters();
        } catch (IllegalArgumentException e) {
            throw new TamperedFormException("the form could not be read");
        }
    }

    static String single(Map<String, List<String>> form, String field) {
        List<String> values = form.getOrDefault(field, List.of());
        if (values.size() != 1) {
            throw new TamperedFormException("expected one " + field);
        }
        return values.get(0);
    }
}
