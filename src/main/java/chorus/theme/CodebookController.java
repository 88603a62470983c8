package chorus.theme;

import chorus.i18n.Text;
import chorus.i18n.Texts;
import chorus.report.Figures;
import chorus.system.CsrfTokens;
import chorus.system.NotFoundException;
import chorus.system.Role;
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
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Administrators keep the codebook: add a theme, rename it, retire it, or merge it into another.
 * Nothing here deletes a theme or a coding; every change is kept in the codebook's history.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/themes")
@Secured(Role.ADMIN_NAME)
class CodebookController {

    /** The add form, kept on errors. */
    public record AddForm(String code, String name, String description, String parent) {
    }

    /** The rename and merge forms of one theme, kept on errors. */
    public record EditForm(String name, String description, String into) {
    }

    /** A theme as the list shows it. */
    public record Listed(Theme theme, int depth, String href, Text state) {
    }

    /** One change of the history. */
    public record Change(Text when, String who, Text kind, String detail) {
    }

    /** A theme another can be put under or merged into. */
    public record Option(long id, String path) {
    }

    record ListPage(List<Listed> themes, Text intro, List<Option> parents, AddForm form, List<Change> history,
                    Map<String, Text> errors, boolean hasErrors) {
    }

    record EditPage(Theme theme, String path, EditForm form, List<Option> targets, Map<String, Text> errors,
                    boolean hasErrors) {
    }

    private final Codebook codebook;
    private final StaffPages pages;
    private final CsrfTokens csrf;

    CodebookController(Codebook codebook, StaffPages pages, CsrfTokens csrf) {
        this.codebook = codebook;
        this.pages = pages;
        this.csrf = csrf;
    }

    @Get
    MutableHttpResponse<?> list(HttpRequest<?> request, Authentication user) {
        return listPage(request, user, HttpStatus.OK, new AddForm("", "", "", ""), FormErrors.none());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> add(@Body Map<String, Object> body, HttpRequest<?> request, Authentication user) {
        FormFields fields = new FormFields(body);
        csrf.checkSessionForm(request, fields.text(CsrfTokens.FIELD));
        AddForm form = new AddForm(fields.text("code"), fields.text("name"), fields.text("description"), fields.text("parent"));
        FormErrors errors = FormErrors.none();
        if (!form.code().matches(Codebook.CODE)) {
            errors.add("code", "codebook.error.code");
        } else if (codebook.codeTaken(form.code())) {
            errors.add("code", "codebook.error.code_taken");
        }
        checkNameAndDescription(form.name(), form.description(), errors);
        Long parent = null;
        if (!form.parent().isEmpty()) {
            Optional<Theme> found = theme(form.parent()).filter(Theme::active);
            if (found.isEmpty() || codebook.depth(found.get().id()) >= 2) {
                errors.add("parent", "codebook.error.parent");
            } else {
                parent = found.get().id();
            }
        }
        if (!errors.isEmpty()) {
            return listPage(request, user, HttpStatus.UNPROCESSABLE_ENTITY, form, errors);
        }
        codebook.add(form.code(), form.name(), form.description(), parent, user.getName());
        return HttpResponse.seeOther(URI.create("/admin/themes"));
    }

    @Get("/{id}")
    MutableHttpResponse<?> edit(@PathVariable String id, HttpRequest<?> request, Authentication user) {
        Theme theme = theme(id).orElseThrow(NotFoundException::new);
        return editPage(request, user, HttpStatus.OK, theme, new EditForm(theme.name(), theme.description(), ""),
                FormErrors.none());
    }

    @Post("/{id}/rename")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> rename(@PathVariable String id, @Body Map<String, Object> body, HttpRequest<?> request,
                                  Authentication user) {
        FormFields fields = new FormFields(body);
        csrf.checkSessionForm(request, fields.text(CsrfTokens.FIELD));
        Theme theme = theme(id).orElseThrow(NotFoundException::new);
        EditForm form = new EditForm(fields.text("name"), fields.text("description"), "");
        FormErrors errors = FormErrors.none();
        checkNameAndDescription(form.name(), form.description(), errors);
        if (!errors.isEmpty()) {
            return editPage(request, user, HttpStatus.UNPROCESSABLE_ENTITY, theme, form, errors);
        }
        codebook.rename(theme, form.name(), form.description(), user.getName());
        return HttpResponse.seeOther(URI.create("/admin/themes/" + theme.id()));
    }

    @Post("/{id}/retire")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> retire(@PathVariable String id, @Body Map<String, Object> body, HttpRequest<?> request,
                                  Authentication user) {
        FormFields fields = new FormFields(body);
        csrf.checkSessionForm(request, fields.text(CsrfTokens.FIELD));
        Theme theme = theme(id).filter(t -> t.mergedInto() == null).orElseThrow(NotFoundException::new);
        codebook.retire(theme, !theme.retired(), user.getName());
        return HttpResponse.seeOther(URI.create("/admin/themes/" + theme.id()));
    }

    @Post("/{id}/merge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> merge(@PathVariable String id, @Body Map<String, Object> body, HttpRequest<?> request,
                                 Authentication user) {
        FormFields fields = new FormFields(body);
        csrf.checkSessionForm(request, fields.text(CsrfTokens.FIELD));
        Theme theme = theme(id).filter(t -> t.mergedInto() == null).orElseThrow(NotFoundException::new);
        EditForm form = new EditForm(theme.name(), theme.description(), fields.text("into"));
        FormErrors errors = FormErrors.none();
        Optional<Theme> into = theme(form.into()).filter(Theme::active);
        if (form.into().isEmpty() || into.isEmpty()) {
            errors.add("into", "codebook.error.merge_target");
        } else if (into.get().id().equals(theme.id())) {
            errors.add("into", "codebook.error.merge_self");
        } else if (codebook.within(into.get().id(), theme.id())) {
            errors.add("into", "codebook.error.merge_child");
        }
        if (!errors.isEmpty()) {
            return editPage(request, user, HttpStatus.UNPROCESSABLE_ENTITY, theme, form, errors);
        }
        codebook.merge(theme, into.get(), user.getName());
        return HttpResponse.seeOther(URI.create("/admin/themes/" + theme.id()));
    }

    private static void checkNameAndDescription(String name, String description, FormErrors errors) {
        if (name.isEmpty() || name.length() > Codebook.MAX_NAME) {
            errors.add("name", "codebook.error.name", Map.of("max", Codebook.MAX_NAME));
        }
        if (description.isEmpty() || description.length() > Codebook.MAX_DESCRIPTION) {
            errors.add("description", "codebook.error.description", Map.of("max", Codebook.MAX_DESCRIPTION));
        }
    }

    private Optional<Theme> theme(String id) {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return codebook.find(Long.parseLong(id));
    }

    private MutableHttpResponse<?> listPage(HttpRequest<?> request, Authentication user, HttpStatus status, AddForm form,
                                            FormErrors errors) {
        Texts t = pages.texts(request);
        List<Codebook.Entry> entries = codebook.entries();
        List<Listed> listed = entries.stream().map(e -> new Listed(e.theme(), e.depth(), "/admin/themes/" + e.theme().id(),
                state(e.theme(), t))).toList();
        List<Option> parents = entries.stream().filter(e -> e.theme().active() && e.depth() < 2)
                .map(e -> new Option(e.theme().id(), e.path())).toList();
        List<Change> history = codebook.history().stream().limit(50).map(c -> new Change(
                Figures.date(c.changedAt().toLocalDate(), t.language()), c.changedBy(),
                t.ui(c.kind().labelKey()), c.detail())).toList();
        return Views.render(status, "theme/codebook", pages.layout(request, user), new ListPage(listed, t.ui("codebook.intro", Map.of("version", codebook.version())),
                parents, form, history, errors.messages(t), !errors.isEmpty()));
    }

    private MutableHttpResponse<?> editPage(HttpRequest<?> request, Authentication user, HttpStatus status, Theme theme,
                                            EditForm form, FormErrors errors) {
        Texts t = pages.texts(request);
        List<Codebook.Entry> entries = codebook.entries();
        String path = entries.stream().filter(e -> e.theme().id().equals(theme.id())).map(Codebook.Entry::path)
                .findFirst().orElse(theme.name());
        List<Option> targets = entries.stream().filter(e -> e.theme().active() && !codebook.within(e.theme().id(), theme.id()))
                .map(e -> new Option(e.theme().id(), e.path())).toList();
        return Views.render(status, "theme/theme", pages.layout(request, user), new EditPage(theme, path, form, targets,
                errors.messages(t), !errors.isEmpty()));
    }

    private static Text state(Theme theme, Texts t) {
        return theme.mergedInto() != null ? t.ui("codebook.state.merged")
                : theme.retired() ? t.ui("codebook.state.retired") : t.ui("codebook.state.active");
    }
}
