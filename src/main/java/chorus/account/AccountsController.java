package chorus.account;

import chorus.system.Role;
import chorus.mvp.Mvp;
import chorus.mvp.Mvps;
import chorus.i18n.Text;
import chorus.i18n.Texts;
import chorus.system.CsrfTokens;
import chorus.web.Choice;
import chorus.web.FormErrors;
import chorus.system.NotFoundException;
import chorus.web.StaffPages;
import chorus.web.Views;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import io.micronaut.serde.annotation.Serdeable;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Administrators list staff accounts, add new ones with a role, and end sign-in waits. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/users")
@Secured(Role.ADMIN_NAME)
class AccountsController {

    /** An account as the list shows it: never its password hash. */
    record AccountRow(String username, String roleKey, String mvp, boolean waiting, Text unlockLabel) {
    }

    /** The unlock button of one account. */
    @Serdeable
    record UnlockForm(@Nullable String username, @Nullable String csrfToken) {
    }

    private final AccountService accounts;
    private final StaffPages pages;
    private final CsrfTokens csrf;
    private final Mvps mvps;

    AccountsController(AccountService accounts, StaffPages pages, CsrfTokens csrf, Mvps mvps) {
        this.accounts = accounts;
        this.mvps = mvps;
        this.pages = pages;
        this.csrf = csrf;
    }

    @Get
    MutableHttpResponse<?> list(HttpRequest<?> request, Authentication user, @QueryValue Optional<String> added,
                                @QueryValue Optional<String> unlocked) {
        Texts texts = pages.texts(request);
        Text notice = unlocked.filter(accounts::exists)
                .map(name -> texts.ui("accounts.unlocked", Map.of("username", AccountService.normalise(name))))
                .or(() -> added.filter(accounts::exists).map(name -> texts.ui("accounts.added", Map.of("username", AccountService.normalise(name)))))
                .orElse(null);
        return page(request, user, notice, HttpStatus.OK, new NewAccountForm("", "", null, null, null), FormErrors.none());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> add(@Body NewAccountForm form, HttpRequest<?> request, Authentication user) {
        csrf.checkSessionForm(request, form.csrfToken());
        Optional<Role> role = Arrays.stream(Role.values()).filter(r -> r.name().equals(form.role())).findFirst();
        FormErrors errors = FormErrors.none();
        accounts.problems(form.usernameOrEmpty(), form.passwordOrEmpty()).forEach(key ->
                errors.add(key.contains("password") ? "password" : "username", key));
        if (role.isEmpty()) {
            errors.add("role", "accounts.error.role");
        }
        // Only an MVP lead belongs to an MVP; a choice left over from switching roles is ignored.
        Optional<Mvp> mvp = role.filter(r -> r == Role.MVP_LEAD).flatMap(r -> mvps.find(form.mvp()));
        if (role.filter(r -> r == Role.MVP_LEAD).isPresent() && mvp.isEmpty()) {
            errors.add("mvp", "accounts.error.mvp");
        }
        if (!errors.isEmpty()) {
            return page(request, user, null, HttpStatus.UNPROCESSABLE_ENTITY, form, errors);
        }
        accounts.create(form.usernameOrEmpty(), form.passwordOrEmpty(), role.get(), mvp.map(Mvp::id).orElse(null));
        return HttpResponse.seeOther(URI.create("/admin/users?added=" + AccountService.normalise(form.usernameOrEmpty())));
    }

    /** Ends every sign-in wait of an account, for someone kept out while guessing goes on. */
    @Post("/unlock")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> unlock(@Body UnlockForm form, HttpRequest<?> request) {
        csrf.checkSessionForm(request, form.csrfToken());
        String name = AccountService.normalise(form.username());
        if (!accounts.unlock(name)) {
            throw new NotFoundException();
        }
        return HttpResponse.seeOther(URI.create("/admin/users?unlocked=" + URLEncoder.encode(name, StandardCharsets.UTF_8)));
    }

    /** The accounts page; {@code added} says which account was just added or unlocked. */
    record Page(Text added, List<AccountRow> accounts, List<Choice> roleChoices, List<Choice> mvpChoices, NewAccountForm form,
                Map<String, Text> errors, boolean hasErrors) {
    }

    private MutableHttpResponse<?> page(HttpRequest<?> request, Authentication user, Text added, HttpStatus status, NewAccountForm form,
                                        FormErrors errors) {
        List<Mvp> all = mvps.all();
        Set<String> waiting = accounts.waiting();
        Texts texts = pages.texts(request);
        List<AccountRow> rows = accounts.accounts().stream().map(a -> new AccountRow(a.username(), a.role().labelKey(),
                all.stream().filter(m -> m.id().equals(a.mvpId())).map(Mvp::name).findFirst().orElse(""),
                waiting.contains(a.username()), texts.ui("accounts.unlock_button", Map.of("username", a.username())))).toList();
        return Views.render(status, "account/users", pages.layout(request, user), new Page(added, rows,
                Arrays.stream(Role.values()).map(r -> Choice.of(r.name(), texts.ui(r.labelKey()), r.name().equals(form.role()))).toList(),
                all.stream().map(m -> Choice.of(m.id().toString(), Text.of(m.name()), m.id().toString().equals(form.mvp()))).toList(), form,
                errors.messages(texts), !errors.isEmpty()));
    }
}
