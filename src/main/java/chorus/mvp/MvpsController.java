package chorus.mvp;

import java.util.List;
import chorus.i18n.Text;
import chorus.system.Role;
import chorus.system.CsrfTokens;
import chorus.web.FormErrors;
import chorus.web.FormFields;
import chorus.web.StaffPages;
import chorus.web.Views;
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
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.net.URI;
import java.util.Map;

/** Administrators list the MVPs of the LMNS and add new ones. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/mvps")
@Secured(Role.ADMIN_NAME)
class MvpsController {

    /** What the add form sends back, kept on errors. */
    public record MvpForm(String code, String name) {
    }

    record Page(List<Mvp> mvps, MvpForm form, Map<String, Text> errors, boolean hasErrors) {
    }

    private final Mvps mvps;
    private final StaffPages pages;
    private final CsrfTokens csrf;

    MvpsController(Mvps mvps, StaffPages pages, CsrfTokens csrf) {
        this.mvps = mvps;
        this.pages = pages;
        this.csrf = csrf;
    }

    @Get
    MutableHttpResponse<?> list(HttpRequest<?> request, Authentication user) {
        return page(request, user, HttpStatus.OK, new MvpForm("", ""), FormErrors.none());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> add(@Body Map<String, Object> body, HttpRequest<?> request, Authentication user) {
        FormFields fields = new FormFields(body);
        csrf.checkSessionForm(request, fields.text(CsrfTokens.FIELD));
        MvpForm form = new MvpForm(fields.text("code"), fields.text("name"));
        FormErrors errors = FormErrors.none();
        if (!form.code().matches("[A-Za-z0-9][A-Za-z0-9_-]{0,31}")) {
            errors.add("code", "mvps.error.code");
        } else if (mvps.codeTaken(form.code())) {
            errors.add("code", "mvps.error.code_taken");
        }
        if (form.name().isEmpty() || form.name().length() > 200) {
            errors.add("name", "mvps.error.name");
        }
        if (!errors.isEmpty()) {
            return page(request, user, HttpStatus.UNPROCESSABLE_ENTITY, form, errors);
        }
        mvps.create(form.code(), form.name());
        return HttpResponse.seeOther(URI.create("/admin/mvps"));
    }

    private MutableHttpResponse<?> page(HttpRequest<?> request, Authentication user, HttpStatus status, MvpForm form, FormErrors errors) {
        return Views.render(status, "mvp/mvps", pages.layout(request, user),
                new Page(mvps.all(), form, errors.messages(pages.texts(request)), !errors.isEmpty()));
    }
}
