package chorus.account;

import chorus.system.CsrfTokens;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.session.Session;
import io.micronaut.session.SessionStore;
import io.micronaut.session.http.SessionForRequest;
import java.net.URI;

/** Ends the session. A POST with the session's token, so another site cannot sign someone out. */
@Controller("/sign-out")
// Its answers are a redirect or an HTML problem page; without this a browser that asks for HTML only got a 406.
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
class SignOutController {

    @Serdeable
    record SignOutForm(@Nullable String csrfToken) {
    }

    private final SessionStore<Session> sessions;
    private final CsrfTokens csrf;

    SignOutController(SessionStore<Session> sessions, CsrfTokens csrf) {
        this.sessions = sessions;
        this.csrf = csrf;
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> signOut(@Body @Nullable SignOutForm form, HttpRequest<?> request) {
        csrf.checkSessionForm(request, form == null ? null : form.csrfToken());
        // Waited for: the store deletes on another thread, and a next request sent as soon as this answer
        // arrived could otherwise still find the session (seen in CI as a page served after sign-out).
        SessionForRequest.find(request).ifPresent(session -> sessions.deleteSession(session.getId()).join());
        return HttpResponse.seeOther(URI.create("/sign-in?signed-out=true"));
    }
}
