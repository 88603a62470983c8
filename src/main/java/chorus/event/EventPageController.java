package chorus.event;

import chorus.i18n.Language;
import chorus.i18n.LanguageChoice;
import chorus.i18n.LanguageLink;
import chorus.i18n.SurveyTexts;
import chorus.i18n.Text;
import chorus.i18n.Translations;
import chorus.poster.Poster;
import chorus.poster.PublicUrl;
import chorus.poster.QrSvg;
import chorus.survey.EthnicCategory;
import chorus.survey.Survey;
import chorus.survey.SurveyCatalog;
import chorus.system.Role;
import chorus.web.Layout;
import chorus.web.NotFoundPage;
import chorus.web.StaffPages;
import chorus.web.Views;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.time.Clock;
import java.time.LocalDate;
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
    /**
     * An event's page: its tallies and "about you" forms, how many of the people there were not asked
     * ({@code notAsked}: attendance less both), the ways to collect more, and the comments heard.
     */
    record Page(ListeningEvent event, List<SpokenLanguage> spoken, List<Tally> tallies, int tallied, int answered, int notAsked,
                List<Collect> collect, String keyIn, List<CommentRow> comments, boolean canChange) {
    }

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
    private final ListeningEvents store;
    private final SurveyCatalog catalog;
    private final Translations translations;
    private final LanguageChoice languageChoice;
    private final PublicUrl publicUrl;
    private final StaffPages pages;
    private final NotFoundPage notFound;
    private final EventPrinting printing;
    private final Clock clock;

    EventPageController(EventAccess access, ListeningEvents store, SurveyCatalog catalog, Translations translations,
                        LanguageChoice languageChoice, PublicUrl publicUrl, StaffPages pages, NotFoundPage notFound,
                        EventPrinting printing, Clock clock) {
        this.clock = clock;
        this.printing = printing;
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
        List<CommentRow> comments = store.comments(event.id()).stream()
                .map(c -> new CommentRow(c.text(), SpokenLanguage.of(c.language(), shipped), c.responseId() == null ? null
                        : pages.texts(request).ui("events.comment_response", Map.of("number", String.valueOf(c.responseId()))))).toList();
        return Views.render(HttpStatus.OK, "event/show", pages.layout(request, user), new Page(event,
                event.languages().stream().map(l -> SpokenLanguage.of(l, shipped)).toList(),
                tallies.entrySet().stream().map(e -> new Tally(e.getKey(), e.getValue())).toList(), tallied, answered,
                Math.max(0, event.attendance() - tallied - answered), collect(event, request),
                "/data-entry?survey=" + ListeningEvents.ABOUT_YOU + "&event=" + event.reference(), comments, access.viewer(user).canChange()));
    }

    /** The event's poster: every language it was held in, one QR code and the short address, on one A4 page. */
    @Get("/poster")
    MutableHttpResponse<?> poster(@PathVariable String reference, HttpRequest<?> request, Authentication user) {
        ListeningEvent event = printing.require(reference, user);
        Optional<EventPoster> poster = printing.poster(event, request, pages.texts(request));
        if (poster.isEmpty()) {
            return HttpResponse.badRequest();
        }
        return Views.render(HttpStatus.OK, "event/poster", pages.layout(request, user), new PosterPage(event, poster.get()));
    }

    record PosterPage(ListeningEvent event, EventPoster poster) {
    }

    /** A printable QR code of the event's about-you link in one language, laid out like the survey posters. */
    @Get("/qr")
    MutableHttpResponse<?> qr(@PathVariable String reference, HttpRequest<?> request, Authentication user) {
        Optional<ListeningEvent> event = access.find(reference, user);
        Optional<Survey> survey = catalog.latest(ListeningEvents.ABOUT_YOU);
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
        return Views.render(HttpStatus.OK, "poster/poster", Layout.of(texts.ui(), LanguageLink.of(translations.languagesOf(survey.get()),
                texts.language(), "/mvp/events/" + event.get().reference() + "/qr")),
                Poster.of(survey.get(), texts, link, LocalDate.now(clock)));
    }

    private List<Collect> collect(ListeningEvent event, HttpRequest<?> request) {
        Optional<Survey> survey = catalog.latest(ListeningEvents.ABOUT_YOU);
        if (survey.isEmpty()) {
            return List.of();
        }
        String base = publicUrl.base(request).orElse("");
        String page = "/mvp/events/" + event.reference();
        return translations.languagesOf(survey.get()).stream().map(l -> new Collect(l.name(), l.tag(), l.dir(),
                base + surveyPath(event, l), page + "/qr?lang=" + l.tag(),
                "/s/" + ListeningEvents.ABOUT_YOU + "/paper?lang=" + l.tag() + "&event=" + event.reference())).toList();
    }

    private static String surveyPath(ListeningEvent event, Language language) {
        return "/s/" + ListeningEvents.ABOUT_YOU + "?event=" + event.reference() + "&lang=" + language.tag();
    }

    /** The categories a tally may count, in the NHS order: A to S, then Z. */
    static List<String> categories() {
        return EthnicCategory.codes();
    }
}
