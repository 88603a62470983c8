package chorus.web;

import chorus.i18n.Language;
import chorus.i18n.LanguageChoice;
import chorus.i18n.LanguageLink;
import chorus.i18n.SurveyTexts;
import chorus.i18n.Text;
import chorus.i18n.Translations;
import chorus.survey.Survey;
import chorus.survey.SurveyCatalog;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/** A 404 that helps: in the visitor's language, listing the surveys or languages there are. */
@Singleton
public class NotFoundPage {

    /** A link to a survey, titled in the visitor's language where the survey has it. */
    public record SurveyLink(String href, Text title) {
    }

    private final SurveyCatalog catalog;
    private final Translations translations;
    private final LanguageChoice languageChoice;

    NotFoundPage(SurveyCatalog catalog, Translations translations, LanguageChoice languageChoice) {
        this.catalog = catalog;
        this.translations = translations;
        this.languageChoice = languageChoice;
    }

    /** What the page says went wrong, and the surveys to go to instead. */
    record NotFound(Text message, List<SurveyLink> surveys) {
    }

    /** Unknown survey or page: lists the public surveys. */
    public MutableHttpResponse<?> survey(HttpRequest<?> request) {
        Language language = languageChoice.choose(request, translations.languages()).language();
        return Views.render(HttpStatus.NOT_FOUND, "errors/not-found",
                Layout.of(translations.texts(language), LanguageLink.of(translations.languages(), language, request.getPath())),
                new NotFound(translations.texts(language).ui("notfound.survey"), catalog.latestOfEach().stream()
                        .filter(s -> s.audience().equals("service-users")).map(s -> link(s, language)).toList()));
    }

    /** A language the survey does not have: lists the languages it does have. */
    public MutableHttpResponse<?> language(HttpRequest<?> request, Survey survey) {
        Language language = languageChoice.choose(request, translations.languages()).language();
        List<Language> offered = translations.languagesOf(survey);
        return Views.render(HttpStatus.NOT_FOUND, "errors/not-found",
                Layout.of(translations.texts(language), LanguageLink.of(offered, language, request.getPath())),
                new NotFound(translations.texts(language).ui("notfound.language"), List.of(link(survey, language))));
    }

    private SurveyLink link(Survey survey, Language language) {
        Language shown = translations.languagesOf(survey).contains(language) ? language : translations.source();
        SurveyTexts texts = translations.surveyTexts(survey, shown);
        return new SurveyLink("/s/" + survey.id() + "?lang=" + shown.tag(), texts.title());
    }
}
