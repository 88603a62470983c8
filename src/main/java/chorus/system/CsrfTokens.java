package chorus.system;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.session.Session;
import io.micronaut.session.http.SessionForRequest;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * CSRF tokens for every staff form: the synchroniser token kept in the session once signed in,
 * and before sign-in a double-submit cookie. Controllers check the token they bind with the rest
 * of the form; a filter that reads the body itself broke Micronaut's legacy session filter.
 */
@Singleton
public class CsrfTokens {

    public static final String FIELD = "csrfToken";
    private static final String COOKIE = "chorus-csrf";
    private static final String SESSION_ATTRIBUTE = "csrfToken";
    private static final SecureRandom RANDOM = new SecureRandom();

    public String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The cookie that must come back with a form shown before sign-in. */
    public Cookie signInCookie(String token, boolean secure) {
        return Cookie.of(COOKIE, token).path("/sign-in").httpOnly(true).secure(secure).sameSite(SameSite.Strict);
    }

    /** The signed-in session's token, made on first use. */
    public Optional<String> sessionToken(HttpRequest<?> request) {
        return SessionForRequest.find(request).map(this::sessionToken);
    }

    public String sessionToken(Session session) {
        return session.get(SESSION_ATTRIBUTE, String.class).orElseGet(() -> {
            String token = newToken();
            session.put(SESSION_ATTRIBUTE, token);
            return token;
        });
    }

    /** Refuses a form sent before sign-in whose token does not match its cookie. */
    public void checkSignInForm(HttpRequest<?> request, String submitted) {
        check(request.getCookies().findCookie(COOKIE).map(Cookie::getValue), submitted);
    }

    /** Refuses a signed-in form whose token is not the session's. */
    public void checkSessionForm(HttpRequest<?> request, String submitted) {
        check(SessionForRequest.find(request).flatMap(s -> s.get(SESSION_ATTRIBUTE, String.class)), submitted);
    }

    private static void check(Optional<String> expected, String submitted) {
        if (expected.isEmpty() || submitted == null || !MessageDigest.isEqual(
                expected.get().getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8))) {
            throw new StaleFormException();
        }
    }

    /** A staff form without the right token: forged, or shown before a sign-out or restart. */
    public static final class StaleFormException extends RuntimeException {
        StaleFormException() {
            super("CSRF token missing or wrong");
        }
    }
}
