package chorus.poster;

import chorus.i18n.LanguageChoice.Choice;
import chorus.i18n.LanguageLink;
import chorus.i18n.SurveyTexts;
import chorus.i18n.Text;
import chorus.i18n.Translations;
import chorus.survey.Survey;
import chorus.web.Layout;
import chorus.web.PublicSurveys;
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
import io.micronaut.security.rules.SecurityRule;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Printable A4 posters: {@code /s/{survey}/poster?lang=xx} shows the survey's title and a QR code
 * of its short link in that language, for waiting rooms and wards; {@code poster.svg} is the code alone.
 */
@Controller("/s/{surveyId}")
@Secured(SecurityRule.IS_ANONYMOUS)
class PosterController {

    static final String SVG = "image/svg+xml";

    private final PublicSurveys surveys;
    private final Translations translations;
    private final PublicUrl publicUrl;
    private final Clock clock;

    PosterController(PublicSurveys surveys, Translations translations, PublicUrl publicUrl, Clock clock) {
        this.clock = clock;
        this.surveys = surveys;
        this.translations = translations;
        this.publicUrl = publicUrl;
    }

    @Get("/poster")
    @Produces(MediaType.TEXT_HTML)
    MutableHttpResponse<?> poster(@PathVariable String surveyId, HttpRequest<?> request) {
        PublicSurveys.Lookup lookup = surveys.find(surveyId, request);
        if (!lookup.found()) {
            return lookup.refusal();
        }
        Survey survey = lookup.survey();
        Choice choice = lookup.choice();
        Optional<String> base = publicUrl.base(request);
        if (base.isEmpty()) {
            return HttpResponse.badRequest();
        }
        SurveyTexts texts = translations.surveyTexts(survey, choice.language());
        String link = link(base.get(), survey, choice);
        return Views.render(HttpStatus.OK, "poster/poster",
                Layout.of(texts.ui(), LanguageLink.of(translations.languagesOf(survey), texts.language(), "/s/" + survey.id() + "/poster")),
                Poster.of(survey, texts, link, LocalDate.now(clock)));
    }

    @Get("/poster.svg")
    MutableHttpResponse<?> svg(@PathVariable String surveyId, HttpRequest<?> request) {
        PublicSurveys.Lookup lookup = surveys.find(surveyId, request);
        if (!lookup.found()) {
            return HttpResponse.notFound();
        }
        Survey survey = lookup.survey();
        Choice choice = lookup.choice();
        Optional<String> base = publicUrl.base(request);
        if (base.isEmpty()) {
            return HttpResponse.badRequest();
        }
        String link = link(base.get(), survey, choice);
        String label = translations.texts(choice.language()).ui("poster.qr_label", Map.of("url", link)).value();
        return HttpResponse.ok(QrSvg.svg(link, label)).contentType(SVG).header("Cache-Control", "no-cache");
    }

    /** The short link the poster prints: the survey's start page, in the poster's language. */
    static String link(String base, Survey survey, Choice choice) {
        return base + "/s/" + survey.id() + "?lang=" + choice.language().tag();
    }
}
