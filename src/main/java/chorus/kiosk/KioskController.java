package chorus.kiosk;

import chorus.i18n.Text;
import chorus.system.Role;
import chorus.i18n.Translations;
import chorus.survey.Survey;
import chorus.survey.SurveyCatalog;
import chorus.system.CsrfTokens;
import chorus.report.Figures;
import chorus.web.Choice;
import chorus.web.FormErrors;
import chorus.system.NotFoundException;
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
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.session.Session;
import io.micronaut.session.SessionStore;
import io.micronaut.session.http.SessionForRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An MVP lead (or administrator) turns a tablet into a kiosk for one survey at one listening event.
 * Starting it signs the lead out on that device: a tablet passed around the public must not hold
 * a staff session that "back" or the address bar could reach. Ending it needs signing in again.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/kiosk")
@Secured({Role.ADMIN_NAME, Role.MVP_LEAD_NAME})
class KioskController {

    /** A survey as the form offers it. */
    record SurveyChoice(String id, String title) {
    }

    private final Kiosks kiosks;
    private final KioskEvents events;
    private final SurveyCatalog catalog;
    private final Translations translations;
    private final StaffPages pages;
    private final CsrfTokens csrf;
    private final SessionStore<Session> sessions;

    KioskController(Kiosks kiosks, KioskEvents events, SurveyCatalog catalog, Translations translations, StaffPages pages,
                    CsrfTokens csrf, SessionStore<Session> sessions) {
        this.kiosks = kiosks;
        this.events = events;
        this.catalog = catalog;
        this.translations = translations;
        this.pages = pages;
        this.csrf = csrf;
        this.sessions = sessions;
    }

    @Get
    MutableHttpResponse<?> form(HttpRequest<?> request, Authentication user) {
        return page(HttpStatus.OK, request, user, new KioskForm(null, null, null), FormErrors.none());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> start(@Body KioskForm form, HttpRequest<?> request, Authentication user) {
        csrf.checkSessionForm(request, form.csrfToken());
        FormErrors errors = FormErrors.none();
        Optional<Survey> survey = Optional.ofNullable(form.survey()).flatMap(catalog::latest).filter(KioskController::isPublic);
        if (survey.isEmpty()) {
            errors.add("survey", "kiosk.error.survey");
        }
        if (form.event() == null || form.event().isBlank()) {
            errors.add("event", "kiosk.error.event");
        }
        if (!errors.isEmpty()) {
            return page(HttpStatus.UNPROCESSABLE_ENTITY, request, user, form, errors);
        }
        // Another MVP's event, or none: the same 404, so references cannot be probed.
        Optional<KioskRepository.EventChoice> event = events.allowed(user, form.event());
        if (event.isEmpty()) {
            throw new NotFoundException();
        }
        Cookie kiosk = kiosks.start(survey.get().id(), event.get().id());
        // Waited for, as at sign-out: the store deletes on another thread, and the tablet's next request
        // could otherwise still find the lead's session (seen in CI).
        SessionForRequest.find(request).ifPresent(session -> sessions.deleteSession(session.getId()).join());
        return HttpResponse.seeOther(URI.create("/s/" + survey.get().id()))
                .cookie(kiosk)
                .cookie(Cookie.of("chorus-session", "").path("/").maxAge(0));
    }

    @Post("/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> end(@Body KioskForm form, HttpRequest<?> request) {
        csrf.checkSessionForm(request, form.csrfToken());
        return HttpResponse.seeOther(URI.create("/kiosk?ended=true")).cookie(kiosks.end(request));
    }

    private MutableHttpResponse<?> page(HttpStatus status, HttpRequest<?> request, Authentication user, KioskForm form,
                                        FormErrors errors) {
        List<SurveyChoice> surveys = catalog.latestOfEach().stream().filter(KioskController::isPublic)
                .map(s -> new SurveyChoice(s.id(), translations.surveyTexts(s, translations.source()).title().value()))
                .toList();
        Text current = kiosks.of(request).map(k -> pages.texts(request).ui("kiosk.current",
                Map.of("survey", k.surveyId(), "event", k.eventReference()))).orElse(null);
        return Views.render(status, "kiosk/start", pages.layout(request, user), new StartPage(
                surveys.stream().map(s -> Choice.of(s.id(), new Text(s.title(), "en"), s.id().equals(form.survey()) || surveys.size() == 1))
                        .toList(),
                events.choices(user).stream().map(e -> new Choice(e.reference(), Text.of(e.reference()),
                        Text.of(Figures.date(e.heldOn(), pages.texts(request).language()).value() + (e.place() == null ? "" : ", " + e.place())),
                        "ltr", e.reference().equals(form.event()))).toList(), form,
                pages.texts(request).ui("kiosk.intro", Map.of("minutes", kiosks.pageTimeout().toMinutes())), current,
                request.getParameters().contains("ended"), errors.messages(pages.texts(request)), !errors.isEmpty()));
    }

    private static boolean isPublic(Survey survey) {
        return survey.audience().equals("service-users");
    }

    /** The form that starts a kiosk; {@code current} says what this device runs already, if anything. */
    record StartPage(List<Choice> surveyChoices, List<Choice> eventChoices, KioskForm form, Text intro, Text current,
                     boolean ended, Map<String, Text> errors, boolean hasErrors) {
    }
}
