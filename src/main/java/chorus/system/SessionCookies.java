package chorus.system;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.session.http.CookieHttpSessionStrategy;
import io.micronaut.session.http.HttpSessionConfiguration;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the session id from the {@code chorus-session} cookie, ignoring a value that is not one
 * Chorus could have set. Micronaut's own reader decodes the Base64 value without checking it, so
 * one mangled cookie (a browser extension, a proxy, a hand edit) failed every page with a 500,
 * the public survey too, until the person cleared their cookies. Such a cookie now counts as no
 * session: the survey works, and staff are asked to sign in again.
 */
@Singleton
@Replaces(CookieHttpSessionStrategy.class)
class SessionCookies extends CookieHttpSessionStrategy {

    /** Standard Base64, as Micronaut writes the id; far longer than any id it makes (a UUID is 48 characters). */
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9+/]{4,200}={0,2}");

    SessionCookies(HttpSessionConfiguration configuration) {
        super(configuration);
    }

    @Override
    public List<String> resolveIds(HttpRequest<?> request) {
        String name = getConfiguration().getCookieName();
        List<String> ids = new ArrayList<>();
        for (var entry : request.getCookies()) {
            if (name.equalsIgnoreCase(entry.getKey())) {
                String id = sessionId(entry.getValue().getValue(), getConfiguration().isBase64Encode());
                if (id != null) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    /** The id a cookie value holds, or null when it is not (Base64 of) printable text. */
    static String sessionId(String value, boolean base64) {
        if (value == null || !base64) {
            return printable(value);
        }
        if (!WELL_FORMED.matcher(value).matches()) {
            return null;
        }
        try {
            return printable(new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String printable(String id) {
        return id != null && !id.isEmpty() && id.length() <= 200 && id.chars().allMatch(c -> c > 0x20 && c < 0x7f) ? id : null;
    }
}
