package chorus.account;

import chorus.system.CsrfTokens;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import io.micronaut.security.session.SessionLoginHandler;
import io.micronaut.session.Session;
import io.micronaut.session.SessionStore;
import io.micronaut.session.http.SessionForRequest;
import jakarta.inject.Singleton;

/**
 * Starts every signed-in session under an id nobody has seen before, whichever way the person
 * signed in (password or NHS single sign-on). Micronaut's handler puts the person into whatever
 * session the request already has, so an id planted in the browser (by someone who used the
 * device before, or over plain HTTP) would become a signed-in session that the planter also
 * holds. The request's session is therefore ended and a new one made, with a new CSRF token.
 */
@Singleton
@Replaces(SessionLoginHandler.class)
class RenewingLoginHandler extends SessionLoginHandler {

    private final CsrfTokens csrf;

    RenewingLoginHandler(RedirectConfiguration redirects, SessionStore<Session> sessions,
                         @Nullable PriorToLoginPersistence<HttpRequest<?>, MutableHttpResponse<?>> priorToLogin,
                         RedirectService redirectService, CsrfTokens csrf) {
        super(redirects, sessions, priorToLogin, redirectService);
        this.csrf = csrf;
    }

    @Override
    public MutableHttpResponse<?> loginSuccess(Authentication user, HttpRequest<?> request) {
        SessionForRequest.find(request).ifPresent(old -> sessionStore.deleteSession(old.getId()).join());
        // The session filter writes the cookie of the session in the request's attributes when it
        // answers, so replacing it there sends the new id and never the old one.
        Session fresh = SessionForRequest.create(sessionStore, request);
        MutableHttpResponse<?> response = super.loginSuccess(user, request);
        csrf.sessionToken(fresh);
        return response;
    }
}
