package chorus.event;

import chorus.system.Role;
import chorus.i18n.Language;
import chorus.i18n.LanguageChoice;
import chorus.i18n.LanguageLink;
import chorus.i18n.SurveyTexts;
import chorus.i18n.Text;
import chorus.i18n.Translations;
import chorus.poster.PublicUrl;
import chorus.poster.QrSvg;
import chorus.survey.EthnicCategory;
import chorus.survey.Survey;
import chorus.survey.SurveyCatalog;
import chorus.web.NotFoundPage;
import chorus.web.StaffPages;
import chorus.web.Views;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An event's page (who was heard, how to collect "about you" answers, comments) and its printable QR codes. */
@Produces(MediaType.TEXT_HTML)
@Controller("/mvp/events/{reference}")
// An event's page holds its raw tallies and the comments heard there, which only its MVP and the
// administrators may see; analysts read figures through the disclosure-controlled reports.
@Secured({Role.ADMIN_NAME, Role.MVP_LEAD_NAME})
class EventPageController {

    /** How to reach the about-you form for the event in one language: its link, a QR page and a printed slip. */
    public record Collect(String name, String tag, String dir, String link, String qr, String slip) {
    }

    /** One tallied category: its code and how many people. */
    public record Tally(String code, int people) {

        public String labelKey() {
            return TallyController.labelKey(code);
        }
    }

    /** A comment as the page lists it. */
    public record CommentRow(String text, SpokenLanguage language, Text response) {
    }

    private final EventAccess access;
    private final EventStore store;
    private final SurveyCatalog catalog;
    private final Translations translations;
    private final LanguageChoice languageChoice;
    private final PublicUrl publicUrl;
    private final StaffPages pages;
    private final NotFoundPage notFound;

    EventPageController(EventAccess access, EventStore store, SurveyCatalog catalog, Translations translations,
                        LanguageChoice languageChoice, PublicUrl publicUrl, StaffPages pages, NotFoundPage notFound) {
        this.access = access;
        this.store = store;
        this.catalog = catalog;
        this.translations = translations;
        this.languageChoice = languageChoice;
        this.publicUrl = publicUrl;
        this.pages = pages;
        this.notFound = notFound;
    }

    @Get
    MutableHttpResponse<?> show(@PathVariable String reference, HttpRequest<?> request, Authentication user) {
        ListeningEvent event = access.require(reference, user);
        List<Language> shipped = translations.languages();
        Map<String, Integer> tallies = store.tallies(event.id());
        int tallied = tallies.values().stream().mapToInt(Integer::intValue).sum();
        int answered = store.aboutYou(event.id()).size();
        Map<String, Object> model = pages.model(request, user);
        model.put("event", event);
        model.put("spoken", event.languages().stream().map(l -> SpokenLanguage.of(l, shipped)).toList());
        model.put("tallies", tallies.entrySet().stream().map(e -> new Tally(e.getKey(), e.getValue())).toList());
        model.put("tallied", tallied);
        model.put("answered", answered);
        model.put("notAsked", Math.max(0, event.attendance() - tallied - answered));
        model.put("collect", collect(event, request));
        model.put("keyIn", "/data-entry?survey=" + EventStore.ABOUT_YOU + "&event=" + event.reference());
        model.put("comments", store.comments(event.id()).stream()
                .map(c -> new CommentRow(c.text(), SpokenLanguage.of(c.language(), shipped), c.responseId() == null ? null
                        : pages.texts(request).ui("events.comment_response", Map.of("number", c.responseId())))).toList());
        model.put("canChange", access.viewer(user).canChange());
        return Views.render(HttpStatus.OK, "event/show", model);
    }

    /** A printable QR code of the event's about-you link in one language, laid out like the survey posters. */
    @Get("/qr")
    MutableHttpResponse<?> qr(@PathVariable String reference, HttpRequest<?> request, Authentication user) {
        Optional<ListeningEvent> event = access.find(reference, user);
        Optional<Survey> survey = catalog.latest(EventStore.ABOUT_YOU);
        Optional<String> base = publicUrl.base(request);
        if (event.isEmpty() || survey.isEmpty() || base.isEmpty()) {
            return notFound.survey(request);
        }
        LanguageChoice.Choice choice = languageChoice.choose(request, translations.languagesOf(survey.get()));
        if (choice.unknown() != null) {
            return notFound.language(request, survey.get());
        }
        SurveyTexts texts = translations.surveyTexts(survey.get(), choice.language());
        String link = base.get() + surveyPath(event.get(), choice.language());
        Map<String, Object> model = Views.model(texts.ui(), LanguageLink.of(translations.languagesOf(survey.get()),
                texts.language(), "/mvp/events/" + event.get().reference() + "/qr"));
        model.put("surveyTitle", texts.title());
        model.put("link", link);
        model.put("qr", QrSvg.svg(link, texts.ui().ui("poster.qr_label", Map.of("url", link)).value()));
        return Views.render(HttpStatus.OK, "poster/poster", model);
    }

    private List<Collect> collect(ListeningEvent event, HttpRequest<?> request) {
        Optional<Survey> survey = catalog.latest(EventStore.ABOUT_YOU);
        if (survey.isEmpty()) {
            return List.of();
        }
        String base = publicUrl.base(request).orElse("");
        String page = "/mvp/events/" + event.reference();
        return translations.languagesOf(survey.get()).stream().map(l -> new Collect(l.name(), l.tag(), l.dir(),
                base + surveyPath(event, l), page + "/qr?lang=" + l.tag(),
                "/s/" + EventStore.ABOUT_YOU + "/paper?lang=" + l.tag() + "&event=" + event.reference())).toList();
    }

    private static String surveyPath(ListeningEvent event, Language language) {
        return "/s/" + EventStore.ABOUT_YOU + "?event=" + event.reference() + "&lang=" + language.tag();
    }

    /** The categories a tally may count, in the NHS order: A to S, then Z. */
    static List<String> categories() {
        return EthnicCategory.codes();
    }
}
