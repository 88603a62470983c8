package chorus.account;

import chorus.i18n.Text;
import io.micronaut.core.annotation.Nullable;
import chorus.system.ChorusSettings;
import chorus.system.CsrfTokens;
import chorus.web.FormErrors;
import chorus.system.RequestSources;
import chorus.system.RetryAfter;
import chorus.web.StaffPages;
import chorus.web.Views;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.session.SessionLoginHandler;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Staff sign-in. Anonymous pages never create a session; signing in does. */
@Produces(MediaType.TEXT_HTML)
@Controller("/sign-in")
@Secured(SecurityRule.IS_ANONYMOUS)
class SignInController {

    private final AccountService accounts;
    private final SessionLoginHandler sessions;
    private final StaffPages pages;
    private final CsrfTokens csrf;
    private final RequestSources sources;
    private final Clock clock;
    private final boolean secureCookies;
    private final boolean singleSignOn;

    SignInController(AccountService accounts, SessionLoginHandler sessions, StaffPages pages, CsrfTokens csrf, RequestSources sources,
                     Clock clock, ChorusSettings settings, @Nullable SingleSignOn singleSignOn) {
        // The NHS sign-in button shows only where single sign-on is configured, which is when the bean exists.
        this.singleSignOn = singleSignOn != null;
        this.accounts = accounts;
        this.sessions = sessions;
        this.pages = pages;
        this.csrf = csrf;
        this.sources = sources;
        this.clock = clock;
        this.secureCookies = settings.secureCookies();
    }

    @Get
    MutableHttpResponse<?> show(HttpRequest<?> request, @QueryValue("signed-out") Optional<Boolean> signedOut) {
        return form(request, HttpStatus.OK, signedOut.orElse(false), "", FormErrors.none());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> signIn(@Body SignInForm form, HttpRequest<?> request) {
        csrf.checkSignInForm(request, form.csrfToken());
        FormErrors errors = FormErrors.none()
                .requireText("username", form.usernameOrEmpty(), "signin.error.username")
                .requireText("password", form.passwordOrEmpty(), "signin.error.password");
        if (!errors.isEmpty()) {
            return form(request, HttpStatus.UNPROCESSABLE_ENTITY, false, form.usernameOrEmpty(), errors);
        }
        SignInOutcome outcome = accounts.signIn(form.usernameOrEmpty(), form.passwordOrEmpty(), sources.pseudonymOf(request));
        if (outcome.account().isPresent()) {
            Account account = outcome.account().get();
            return sessions.loginSuccess(Authentication.build(account.username(), List.of(account.role().name())), request);
        }
        if (outcome.mustWait()) {
            errors.add("username", outcome.waitKey(), Map.of("time", RetryAfter.clockTime(clock, outcome.retryAfter())));
            return RetryAfter.header(form(request, HttpStatus.TOO_MANY_REQUESTS, false, form.usernameOrEmpty(), errors),
                    outcome.retryAfter());
        }
        errors.add("username", "signin.error.wrong");
        return form(request, HttpStatus.UNPROCESSABLE_ENTITY, false, form.usernameOrEmpty(), errors);
    }

    /** The sign-in form, with its own CSRF token: no session exists yet to hold one. */
    record Page(boolean signedOut, String csrfField, String csrfToken, String username, Map<String, Text> errors, boolean hasErrors,
                boolean singleSignOn) {
    }

    private MutableHttpResponse<?> form(HttpRequest<?> request, HttpStatus status, boolean signedOut, String username,
                                        FormErrors errors) {
        String token = csrf.newToken();
        return Views.render(status, "account/sign-in", pages.layout(request, null), new Page(signedOut, CsrfTokens.FIELD, token,
                username, errors.messages(pages.texts(request)), !errors.isEmpty(), singleSignOn))
                .cookie(csrf.signInCookie(token, secureCookies));
    }
}
