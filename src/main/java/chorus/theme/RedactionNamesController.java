package chorus.theme;

import chorus.i18n.Text;
import chorus.i18n.Texts;
import chorus.system.CsrfTokens;
import chorus.system.Role;
import chorus.web.Choice;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Administrators list the names redaction must find: members of staff, wards, small places. Adding a
 * name redacts it at once from every item already in the inbox, not only from new ones.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/redaction")
@Secured(Role.ADMIN_NAME)
class RedactionNamesController {

    static final int MAX_NAME = 120;

    /** The add form, kept on errors. */
    public record NameForm(String kind, String name) {
    }

    /** A listed name with its kind in words. */
    public record Listed(Text kind, String name) {
    }

    record Page(List<Listed> names, List<Choice> kinds, NameForm form, Map<String, Text> errors, boolean hasErrors) {
    }

    private final RedactionNameRepository names;
    private final Inbox inbox;
    private final StaffPages pages;
    private final CsrfTokens csrf;

    RedactionNamesController(RedactionNameRepository names, Inbox inbox, StaffPages pages, CsrfTokens csrf) {
        this.names = names;
        this.inbox = inbox;
        this.pages = pages;
        this.csrf = csrf;
    }

    @Get
    MutableHttpResponse<?> list(HttpRequest<?> request, Authentication user) {
        return page(request, user, HttpStatus.OK, new NameForm("", ""), FormErrors.none());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> add(@Body Map<String, Object> body, HttpRequest<?> request, Authentication user) {
        FormFields fields = new FormFields(body);
        csrf.checkSessionForm(request, fields.text(CsrfTokens.FIELD));
        NameForm form = new NameForm(fields.text("kind"), fields.text("name").strip().replaceAll("\\s+", " "));
        FormErrors errors = FormErrors.none();
        RedactionName.Kind kind = Arrays.stream(RedactionName.Kind.values()).filter(k -> k.name().equals(form.kind()))
                .findFirst().orElse(null);
        if (kind == null) {
            errors.add("kind", "redaction.error.kind");
        }
        if (form.name().isEmpty() || form.name().length() > MAX_NAME) {
            errors.add("name", "redaction.error.name", Map.of("max", MAX_NAME));
        } else if (kind != null && names.existsByKindAndName(kind, form.name())) {
            errors.add("name", "redaction.error.name_taken");
        }
        if (!errors.isEmpty()) {
            return page(request, user, HttpStatus.UNPROCESSABLE_ENTITY, form, errors);
        }
        names.save(new RedactionName(null, kind, form.name()));
        inbox.redactAgain();
        return HttpResponse.seeOther(URI.create("/admin/redaction"));
    }

    private MutableHttpResponse<?> page(HttpRequest<?> request, Authentication user, HttpStatus status, NameForm form,
                                        FormErrors errors) {
        Texts t = pages.texts(request);
        List<Listed> listed = names.findAllOrderByKindAndName().stream()
                .map(n -> new Listed(t.ui(n.kind().labelKey()), n.name())).toList();
        List<Choice> kinds = Arrays.stream(RedactionName.Kind.values())
                .map(k -> Choice.of(k.name(), t.ui(k.labelKey()), k.name().equals(form.kind()))).toList();
        return Views.render(status, "theme/redaction", pages.layout(request, user), new Page(listed, kinds, form,
                errors.messages(t), !errors.isEmpty()));
    }
}
