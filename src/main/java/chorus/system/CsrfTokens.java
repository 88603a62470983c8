package chorus.system;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.csrf.CsrfConfiguration;
import io.micronaut.security.csrf.generator.CsrfTokenGenerator;
import io.micronaut.session.Session;
import io.micronaut.session.http.SessionForRequest;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Tokens for the CSRF filter, which checks every signed-in form (and the sign-in form) against
 * the token in the session or, before sign-in, in a cookie. The session module this project
 * resolves does not store a token at sign-in, so Chorus stores one itself.
 */
@Singleton
public class CsrfTokens {

    private final CsrfConfiguration configuration;
    private final CsrfTokenGenerator<HttpRequest<?>> generator;

    CsrfTokens(CsrfConfiguration configuration, CsrfTokenGenerator<HttpRequest<?>> generator) {
        this.configuration = configuration;
        this.generator = generator;
    }

    /** The form-field name the filter reads. */
    public String fieldName() {
        return configuration.getFieldName();
    }

    /** A fresh token for a form shown before sign-in, and the cookie that must accompany it. */
    public Cookie signInCookie(String token, boolean secure) {
        return Cookie.of(configuration.getCookieName(), token)
                .path("/sign-in")
                .httpOnly(true)
                .secure(secure)
                .sameSite(SameSite.Strict);
    }

    public String newToken(HttpRequest<?> request) {
        return generator.generateCsrfToken(request);
    }

    /** The signed-in session's token, stored on first use. */
    public Optional<String> sessionToken(HttpRequest<?> request) {
        return SessionForRequest.find(request).map(session -> sessionToken(session, request));
    }

    public String sessionToken(Session session, HttpRequest<?> request) {
        return session.get(configuration.getHttpSessionName(), String.class).orElseGet(() -> {
            String token = generator.generateCsrfToken(request);
            session.put(configuration.getHttpSessionName(), token);
            return token;
        });
    }
}
