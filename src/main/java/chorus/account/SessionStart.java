package chorus.account;

import chorus.system.CsrfTokens;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.session.SessionLoginHandler;
import io.micronaut.session.Session;
import io.micronaut.session.SessionStore;
import io.micronaut.session.http.SessionForRequest;
import jakarta.inject.Singleton;

/**
 * Starts a signed-in session under an id nobody has seen before. Micronaut's login handler puts the
 * person into whatever session the request already has, so an id planted in the browser (by
 * someone who used the device before, or over plain HTTP) would become a signed-in session that
 * the planter also holds. Every sign-in therefore ends the request's session and starts a new one,
 * with a new CSRF token.
 */
@Singleton
class SessionStart {

    private final SessionStore<Session> sessions;
    private final SessionLoginHandler loginHandler;
    private final CsrfTokens csrf;

    SessionStart(SessionStore<Session> sessions, SessionLoginHandler loginHandler, CsrfTokens csrf) {
        this.sessions = sessions;
        this.loginHandler = loginHandler;
        this.csrf = csrf;
    }

    MutableHttpResponse<?> signIn(Authentication user, HttpRequest<?> request) {
        SessionForRequest.find(request).ifPresent(old -> sessions.deleteSession(old.getId()).join());
        // The session filter writes the cookie of the session in the request's attributes when it
        // answers, so replacing it there sends the new id and never the old one.
        Session fresh = SessionForRequest.create(sessions, request);
        MutableHttpResponse<?> response = loginHandler.loginSuccess(user, request);
        csrf.sessionToken(fresh);
        return response;
    }
}
