package chorus.web;

import chorus.i18n.LanguageChoice;
import chorus.i18n.LanguageChoice.Choice;
import chorus.i18n.Translations;
import chorus.survey.Survey;
import chorus.survey.SurveyCatalog;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * The newest version of a public survey in the language a visitor asked for, as every public page
 * of a survey (start, paper form, poster) looks it up; or the helpful 404 to send instead.
 */
@Singleton
public class PublicSurveys {

    /** The survey and language found; when {@code refusal} is set, send that instead. */
    public record Lookup(Survey survey, Choice choice, MutableHttpResponse<?> refusal) {

        public boolean found() {
            return refusal == null;
        }
    }

    private final SurveyCatalog catalog;
    private final Translations translations;
    private final LanguageChoice languageChoice;
    private final NotFoundPage notFound;

    PublicSurveys(SurveyCatalog catalog, Translations translations, LanguageChoice languageChoice, NotFoundPage notFound) {
        this.catalog = catalog;
        this.translations = translations;
        this.languageChoice = languageChoice;
        this.notFound = notFound;
    }

    public Lookup find(String surveyId, HttpRequest<?> request) {
        return find(catalog.latest(surveyId), request);
    }

    /** As {@link #find}, for a paper form: a survey that is online only has none. */
    public Lookup findOnPaper(String surveyId, HttpRequest<?> request) {
        return find(catalog.latest(surveyId).filter(Survey::onPaper), request);
    }

    private Lookup find(Optional<Survey> found, HttpRequest<?> request) {
        if (found.isEmpty()) {
            return new Lookup(null, null, notFound.survey(request));
        }
        Survey survey = found.get();
        Choice choice = languageChoice.choose(request, translations.languagesOf(survey));
        if (choice.unknown() != null) {
            return new Lookup(survey, choice, notFound.language(request, survey));
        }
        return new Lookup(survey, choice, null);
    }
}
