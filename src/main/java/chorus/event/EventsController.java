package chorus.event;

import chorus.i18n.Texts;
import chorus.i18n.Text;
import java.time.Clock;
import chorus.mvp.Mvp;
import chorus.mvp.Mvps;
import chorus.system.Role;
import chorus.i18n.Language;
import chorus.i18n.Translations;
import chorus.system.CsrfTokens;
import chorus.web.DateField;
import chorus.web.Choice;
import chorus.web.FormErrors;
import chorus.web.FormFields;
import chorus.web.ProblemPages;
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
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** MVP leads list, record and correct their listening events; administrators see and correct all, analysts read. */
@Produces(MediaType.TEXT_HTML)
@Controller("/mvp/events")
@Secured({Role.ADMIN_NAME, Role.ANALYST_NAME, Role.MVP_LEAD_NAME})
class EventsController {

    private final EventAccess access;
    private final ListeningEvents store;
    private final Mvps mvps;
    private final Translations translations;
    private final StaffPages pages;
    private final CsrfTokens csrf;
    private final ProblemPages problems;

    private final Clock clock;

    EventsController(EventAccess access, ListeningEvents store, Mvps mvps, Translations translations, StaffPages pages,
                     CsrfTokens csrf, ProblemPages problems, Clock clock) {
        this.access = access;
        this.clock = clock;
        this.store = store;
        this.mvps = mvps;
        this.translations = translations;
        this.pages = pages;
        this.csrf = csrf;
        this.problems = problems;
    }

    @Get
    MutableHttpResponse<?> list(HttpRequest<?> request, Authentication user, @Nullable @QueryValue String from,
                                @Nullable @QueryValue String to) {
        EventAccess.Viewer viewer = access.viewer(user);
        FormErrors errors = FormErrors.none();
        LocalDate start = DateField.optional(from, "from", "events.error.date_format", errors);
        LocalDate end = DateField.optional(to, "to", "events.error.date_format", errors);
        return Views.render(errors.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY, "event/list", pages.layout(request, user),
                new ListPage(from == null ? "" : from, to == null ? "" : to, store.list(viewer.scope(), start, end), viewer.all(),
                        viewer.canChange(), errors.messages(pages.texts(request)), !errors.isEmpty()));
    }

    @Get("/new")
    @Secured({Role.ADMIN_NAME, Role.MVP_LEAD_NAME})
    MutableHttpResponse<?> newEvent(HttpRequest<?> request, Authentication user) {
        EventAccess.Viewer viewer = access.viewer(user);
        if (!viewer.all() && viewer.mvpId() == null) {
            return problems.page(request, HttpStatus.FORBIDDEN, "forbidden");
        }
        return form(request, user, HttpStatus.OK, null, EventForm.empty(), FormErrors.none());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Role.ADMIN_NAME, Role.MVP_LEAD_NAME})
    MutableHttpResponse<?> create(@Body Map<String, Object> body, HttpRequest<?> request, Authentication user) {
        FormFields fields = new FormFields(body);
        csrf.checkSessionForm(request, fields.text(CsrfTokens.FIELD));
        EventAccess.Viewer viewer = access.viewer(user);
        EventForm form = EventForm.of(fields);
        FormErrors errors = FormErrors.none();
        Long mvp = viewer.all() ? mvps.find(form.mvp()).map(Mvp::id).orElse(null) : viewer.mvpId();
        if (mvp == null) {
            if (!viewer.all()) {
                return problems.page(request, HttpStatus.FORBIDDEN, "forbidden");
            }
            errors.add("mvp", "events.error.mvp");
        }
        EventDetails details = form.check(errors, LocalDate.now(clock), shipped(), 0);
        if (details == null || mvp == null) {
            return form(request, user, HttpStatus.UNPROCESSABLE_ENTITY, null, form, errors);
        }
        String reference = store.create(mvp, details);
        return HttpResponse.seeOther(URI.create("/mvp/events/" + reference));
    }

    @Get("/{reference}/edit")
    @Secured({Role.ADMIN_NAME, Role.MVP_LEAD_NAME})
    MutableHttpResponse<?> edit(@PathVariable String reference, HttpRequest<?> request, Authentication user) {
        ListeningEvent event = access.require(reference, user);
        return form(request, user, HttpStatus.OK, event, EventForm.of(event, shipped()), FormErrors.none());
    }

    @Post("/{reference}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Role.ADMIN_NAME, Role.MVP_LEAD_NAME})
    MutableHttpResponse<?> update(@PathVariable String reference, @Body Map<String, Object> body, HttpRequest<?> request,
                                  Authentication user) {
        FormFields fields = new FormFields(body);
        csrf.checkSessionForm(request, fields.text(CsrfTokens.FIELD));
        ListeningEvent event = access.require(reference, user);
        EventForm form = EventForm.of(fields);
        FormErrors errors = FormErrors.none();
        int counted = store.tallies(event.id()).values().stream().mapToInt(Integer::intValue).sum()
                + store.aboutYou(event.id()).size();
        EventDetails details = form.check(errors, LocalDate.now(clock), shipped(), counted);
        if (details == null) {
            return form(request, user, HttpStatus.UNPROCESSABLE_ENTITY, event, form, errors);
        }
        store.update(event, details);
        return HttpResponse.seeOther(URI.create("/mvp/events/" + event.reference()));
    }

    private MutableHttpResponse<?> form(HttpRequest<?> request, Authentication user, HttpStatus status, ListeningEvent event,
                                        EventForm form, FormErrors errors) {
        Texts texts = pages.texts(request);
        List<Mvp> choosable = event == null && access.viewer(user).all() ? mvps.all() : List.of();
        return Views.render(status, "event/form", pages.layout(request, user), new FormPage(event, form,
                Arrays.stream(EventKind.values()).map(k -> Choice.of(k.name(), texts.ui(k.labelKey()), k.name().equals(form.kind()))).toList(),
                translations.languages().stream().map(l -> new Choice(l.tag(), new Text(l.name(), l.tag()), null, l.dir(),
                        form.speaks(l.tag()))).toList(),
                choosable.stream().map(m -> Choice.of(m.id().toString(), Text.of(m.name()), m.id().toString().equals(form.mvp()))).toList(),
                List.of(Choice.of("yes", texts.ui("events.online"), form.online())),
                List.of(Choice.of("yes", texts.ui("events.interpreter"), form.interpreterPresent())),
                errors.messages(texts), !errors.isEmpty()));
    }

    /** Events held in a period (as typed, kept on errors), and whether this person sees every MVP's and may change them. */
    record ListPage(String from, String to, List<ListeningEvent> events, boolean all, boolean canChange, Map<String, Text> errors,
                    boolean hasErrors) {
    }

    /** The add or change form: {@code event} is null when adding; only someone who sees every MVP chooses one. */
    record FormPage(ListeningEvent event, EventForm form, List<Choice> kindChoices, List<Choice> languageChoices,
                    List<Choice> mvpChoices, List<Choice> onlineChoice, List<Choice> interpreterChoice, Map<String, Text> errors,
                    boolean hasErrors) {
    }

    private Set<String> shipped() {
        return translations.languages().stream().map(Language::tag).collect(Collectors.toSet());
    }
}
