package chorus.action;

import chorus.i18n.Text;
import chorus.i18n.Texts;
import chorus.mvp.Mvp;
import chorus.mvp.Mvps;
import chorus.system.CsrfTokens;
import chorus.system.NotFoundException;
import chorus.system.Role;
import chorus.theme.Codebook;
import chorus.theme.SaidEvidence;
import chorus.theme.Theme;
import chorus.web.Choice;
import chorus.web.FormErrors;
import chorus.web.FormFields;
import chorus.web.ProblemPages;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Staff record what is being done about what people said: administrators and analysts for the whole
 * LMNS and every MVP, an MVP lead for their own MVP (and they read the LMNS's own actions). Themes
 * and the items that led to an action are linked here; the items shown are only those the person may
 * code, redacted.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/actions")
@Secured({Role.ADMIN_NAME, Role.ANALYST_NAME, Role.MVP_LEAD_NAME})
class ActionsController {

    /** How many coded items the form offers to link at once. */
    static final int ITEMS_OFFERED = 50;

    /** Who is looking: {@code all} for administrators and analysts, else the lead's MVP. */
    record Viewer(boolean all, Long mvpId) {

        boolean sees(Action action) {
            return all || action.mvpId() == null || action.mvpId().equals(mvpId);
        }

        boolean changes(Action action) {
            return all || mvpId != null && mvpId.equals(action.mvpId());
        }

        boolean adds() {
            return all || mvpId != null;
        }
    }

    /** A row of the list. */
    record Row(long id, String title, Text scope, Text status, String owner, LocalDate dueOn, boolean canChange) {
    }

    record ListPage(List<Row> rows, boolean canAdd) {
    }

    /** An action as staff see it, with its themes and the items they may see; {@code hiddenItems} they may not. */
    record ShowPage(Action action, Text scope, Text status, List<String> themes, List<SaidEvidence.Said> items, Text hiddenNote,
                    boolean canChange, String publicHref) {
    }

    /** The add or change form; {@code action} is null when adding; {@code conflict} when someone saved it meanwhile. */
    record FormPage(Action action, ActionForm form, List<Choice> mvpChoices, List<Choice> statusChoices, List<Choice> themeChoices,
                    List<Choice> itemChoices, boolean conflict, Map<String, Text> errors, boolean hasErrors) {
    }

    private final Actions actions;
    private final Mvps mvps;
    private final Codebook codebook;
    private final SaidEvidence evidence;
    private final StaffPages pages;
    private final CsrfTokens csrf;
    private final ProblemPages problems;
    private final Clock clock;

    ActionsController(Actions actions, Mvps mvps, Codebook codebook, SaidEvidence evidence, StaffPages pages, CsrfTokens csrf,
                      ProblemPages problems, Clock clock) {
        this.actions = actions;
        this.mvps = mvps;
        this.codebook = codebook;
        this.evidence = evidence;
        this.pages = pages;
        this.csrf = csrf;
        this.problems = problems;
        this.clock = clock;
    }

    @Get
    MutableHttpResponse<?> list(HttpRequest<?> request, Authentication user) {
        Viewer viewer = viewer(user);
        Texts texts = pages.texts(request);
        Map<Long, Mvp> byId = mvpsById();
        List<Row> rows = actions.all().stream().filter(viewer::sees)
                .map(a -> new Row(a.id(), a.title(), scope(a, byId, texts), texts.ui(a.status().labelKey()), a.owner(), a.dueOn(),
                        viewer.changes(a)))
                .toList();
        return Views.render(HttpStatus.OK, "action/list", pages.layout(request, user), new ListPage(rows, viewer.adds()));
    }

    @Get("/{id}")
    MutableHttpResponse<?> show(@PathVariable String id, HttpRequest<?> request, Authentication user) {
        Viewer viewer = viewer(user);
        Action action = require(id, viewer);
        Texts texts = pages.texts(request);
        Actions.Linked linked = actions.linked(action);
        Map<Long, Theme> themes = codebook.byId();
        List<SaidEvidence.Said> items = evidence.find(linked.items(), user);
        Map<Long, Mvp> byId = mvpsById();
        String publicHref = YouSaidController.PATH + (action.mvpId() == null || !byId.containsKey(action.mvpId()) ? ""
                : "/" + byId.get(action.mvpId()).code());
        return Views.render(HttpStatus.OK, "action/show", pages.layout(request, user), new ShowPage(action, scope(action, byId, texts),
                texts.ui(action.status().labelKey()),
                linked.themes().stream().filter(themes::containsKey).map(t -> themes.get(t).name()).toList(), items,
                linked.items().size() == items.size() ? null
                        : texts.ui("actions.hidden_items", Map.of("count", linked.items().size() - items.size())),
                viewer.changes(action), publicHref));
    }

    @Get("/new")
    MutableHttpResponse<?> newAction(HttpRequest<?> request, Authentication user) {
        Viewer viewer = viewer(user);
        if (!viewer.adds()) {
            return problems.page(request, HttpStatus.FORBIDDEN, "forbidden");
        }
        return form(request, user, HttpStatus.OK, null, ActionForm.empty(viewer.all() ? "" : viewer.mvpId().toString()),
                FormErrors.none(), false);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> create(@Body Map<String, Object> body, HttpRequest<?> request, Authentication user) {
        FormFields fields = new FormFields(body);
        csrf.checkSessionForm(request, fields.text(CsrfTokens.FIELD));
        Viewer viewer = viewer(user);
        if (!viewer.adds()) {
            return problems.page(request, HttpStatus.FORBIDDEN, "forbidden");
        }
        ActionForm form = ActionForm.of(fields);
        if (fields.ticked("refresh")) {
            return form(request, user, HttpStatus.OK, null, form, FormErrors.none(), false);
        }
        FormErrors errors = FormErrors.none();
        Long mvpId = mvp(form, viewer, errors);
        ActionForm.Checked checked = check(form, errors, mvpId, Set.of(), user);
        if (checked == null) {
            return form(request, user, HttpStatus.UNPROCESSABLE_ENTITY, null, form, errors, false);
        }
        Action saved = actions.create(action(null, checked, user, 0), checked.themes(), checked.items());
        return HttpResponse.seeOther(URI.create("/actions/" + saved.id()));
    }

    @Get("/{id}/edit")
    MutableHttpResponse<?> edit(@PathVariable String id, HttpRequest<?> request, Authentication user) {
        Action action = requireChange(id, viewer(user), user);
        return form(request, user, HttpStatus.OK, action, ActionForm.of(actions.linked(action)), FormErrors.none(), false);
    }

    @Post("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> update(@PathVariable String id, @Body Map<String, Object> body, HttpRequest<?> request,
                                  Authentication user) {
        FormFields fields = new FormFields(body);
        csrf.checkSessionForm(request, fields.text(CsrfTokens.FIELD));
        Viewer viewer = viewer(user);
        Action action = requireChange(id, viewer, user);
        ActionForm form = ActionForm.of(fields);
        if (fields.ticked("refresh")) {
            return form(request, user, HttpStatus.OK, action, form, FormErrors.none(), false);
        }
        FormErrors errors = FormErrors.none();
        Long mvpId = mvp(form, viewer, errors);
        Actions.Linked before = actions.linked(action);
        ActionForm.Checked checked = check(form, errors, mvpId, before.themes(), user);
        if (checked == null) {
            return form(request, user, HttpStatus.UNPROCESSABLE_ENTITY, action, form, errors, false);
        }
        // Items this person may not see stay linked: someone who may see them linked them.
        Set<String> items = new LinkedHashSet<>(checked.items());
        Set<String> visible = evidence.find(before.items(), user).stream().map(SaidEvidence.Said::id).collect(Collectors.toSet());
        before.items().stream().filter(i -> !visible.contains(i)).forEach(items::add);
        try {
            actions.update(action(action.id(), checked, user, checked.version()), checked.themes(), items);
        } catch (Actions.Conflict e) {
            Action now = actions.find(action.id()).orElseThrow(NotFoundException::new);
            ActionForm kept = new ActionForm(form.mvp(), form.title(), form.youSaid(), form.weDid(), form.evidence(), form.owner(),
                    form.status(), form.notDoingReason(), form.startedOn(), form.dueOn(), form.doneOn(), form.themes(), form.items(),
                    String.valueOf(now.version()));
            return form(request, user, HttpStatus.CONFLICT, now, kept, FormErrors.none(), true);
        }
        return HttpResponse.seeOther(URI.create("/actions/" + action.id()));
    }

    private ActionForm.Checked check(ActionForm form, FormErrors errors, Long mvpId, Set<Long> linkedThemes, Authentication user) {
        Set<Long> offered = codebook.active().stream().map(e -> e.theme().id()).collect(Collectors.toSet());
        offered.addAll(linkedThemes);
        SaidEvidence.Redactor redactor = evidence.redactor();
        ActionForm.Checked checked = form.check(errors, LocalDate.now(clock), mvpId,
                id -> id.matches("[0-9]{1,18}") && offered.contains(Long.parseLong(id)) ? Long.parseLong(id) : null,
                redactor::identifies);
        // Only items this person may code can be linked: one read for all of them.
        Set<String> linkable = evidence.find(form.items(), user).stream().map(SaidEvidence.Said::id).collect(Collectors.toSet());
        if (!linkable.containsAll(form.items())) {
            errors.add("items", "actions.error.item");
            return null;
        }
        return checked;
    }

    /** The MVP the form chose: someone who sees every MVP may choose one or none (the LMNS); a lead always has theirs. */
    private Long mvp(ActionForm form, Viewer viewer, FormErrors errors) {
        if (!viewer.all()) {
            return viewer.mvpId();
        }
        if (form.mvp().isEmpty()) {
            return null;
        }
        Long id = mvps.find(form.mvp()).map(Mvp::id).orElse(null);
        if (id == null) {
            errors.add("mvp", "actions.error.mvp");
        }
        return id;
    }

    private Action action(Long id, ActionForm.Checked c, Authentication user, int version) {
        return new Action(id, c.mvpId(), c.title(), c.youSaid(), c.weDid(), c.evidence(), c.owner(), c.status(), c.notDoingReason(),
                c.startedOn(), c.dueOn(), c.doneOn(), user.getName(), version);
    }

    private MutableHttpResponse<?> form(HttpRequest<?> request, Authentication user, HttpStatus status, Action action,
                                        ActionForm form, FormErrors errors, boolean conflict) {
        Texts texts = pages.texts(request);
        Viewer viewer = viewer(user);
        List<Choice> mvpChoices = new ArrayList<>();
        if (viewer.all()) {
            mvpChoices.add(Choice.of("", texts.ui("actions.whole_lmns"), form.mvp().isEmpty()));
            mvps.all().forEach(m -> mvpChoices.add(Choice.of(m.id().toString(), Text.of(m.name()), m.id().toString().equals(form.mvp()))));
        }
        List<Choice> statusChoices = Arrays.stream(Action.Status.values())
                .map(s -> Choice.of(s.name(), texts.ui(s.labelKey()), s.name().equals(form.status()))).toList();
        Set<Long> linkedThemes = action == null ? Set.of() : actions.linked(action).themes();
        List<Choice> themeChoices = codebook.entries().stream()
                .filter(e -> e.theme().active() || linkedThemes.contains(e.theme().id()) || form.hasTheme(e.theme().id().toString()))
                .map(e -> Choice.of(e.theme().id().toString(), Text.of(e.path()), form.hasTheme(e.theme().id().toString())))
                .toList();
        Set<Long> chosenThemes = form.themes().stream().filter(t -> t.matches("[0-9]{1,18}")).map(Long::parseLong)
                .collect(Collectors.toSet());
        // The items already ticked first, then the newest coded with the chosen themes.
        List<SaidEvidence.Said> offered = new ArrayList<>(evidence.find(form.items(), user));
        Set<String> seen = offered.stream().map(SaidEvidence.Said::id).collect(Collectors.toCollection(LinkedHashSet::new));
        evidence.codedWith(chosenThemes, user, ITEMS_OFFERED).stream().filter(s -> seen.add(s.id())).forEach(offered::add);
        List<Choice> itemChoices = offered.stream().map(s -> new Choice(s.id(), new Text(s.text(), s.lang()),
                s.saidOn() == null ? texts.ui(s.sourceKey()) : Text.of(texts.ui(s.sourceKey()).value() + ", " + s.saidOn()), s.dir(),
                form.hasItem(s.id()))).toList();
        return Views.render(status, "action/form", pages.layout(request, user), new FormPage(action, form, mvpChoices, statusChoices,
                themeChoices, itemChoices, conflict, errors.messages(texts), !errors.isEmpty()));
    }

    private Action require(String id, Viewer viewer) {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            throw new NotFoundException();
        }
        return actions.find(Long.parseLong(id)).filter(viewer::sees).orElseThrow(NotFoundException::new);
    }

    /** An action this person may change; one they may only read is refused with the 403 page. */
    private Action requireChange(String id, Viewer viewer, Authentication user) {
        Action action = require(id, viewer);
        if (!viewer.changes(action)) {
            throw new io.micronaut.security.authentication.AuthorizationException(user);
        }
        return action;
    }

    private Viewer viewer(Authentication user) {
        boolean all = user.getRoles().contains(Role.ADMIN_NAME) || user.getRoles().contains(Role.ANALYST_NAME);
        return new Viewer(all, all ? null : mvps.of(user.getName()).map(Mvp::id).orElse(null));
    }

    private Map<Long, Mvp> mvpsById() {
        return mvps.all().stream().collect(Collectors.toMap(Mvp::id, m -> m));
    }

    private static Text scope(Action action, Map<Long, Mvp> byId, Texts texts) {
        return action.mvpId() == null || !byId.containsKey(action.mvpId()) ? texts.ui("actions.whole_lmns")
                : Text.of(byId.get(action.mvpId()).name());
    }
}
