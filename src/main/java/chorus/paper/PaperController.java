package chorus.paper;

import chorus.event.EventReferences;
import chorus.i18n.LanguageChoice.Choice;
import chorus.i18n.LanguageLink;
import chorus.i18n.SurveyTexts;
import chorus.i18n.Translations;
import chorus.survey.Survey;
import chorus.web.Layout;
import chorus.web.PublicSurveys;
import chorus.web.Views;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /s/{survey}/paper?lang=xx} (and {@code &size=large}): the newest version of a survey as
 * a printable A4 form, for people who will not or cannot answer online. Printed from the browser.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/s/{surveyId}/paper")
@Secured(SecurityRule.IS_ANONYMOUS)
class PaperController {

    static final String LARGE = PaperForm.LARGE;

    private final PublicSurveys surveys;
    private final Translations translations;
    private final EventReferences events;
    private final Clock clock;

    PaperController(PublicSurveys surveys, Translations translations, EventReferences events, Clock clock) {
        this.clock = clock;
        this.surveys = surveys;
        this.translations = translations;
        this.events = events;
    }

    @Get
    MutableHttpResponse<?> form(@PathVariable String surveyId, @Nullable @QueryValue String size, @Nullable @QueryValue String event,
                                HttpRequest<?> request) {
        PublicSurveys.Lookup lookup = surveys.findOnPaper(surveyId, request);
        if (!lookup.found()) {
            return lookup.refusal();
        }
        Survey survey = lookup.survey();
        Choice choice = lookup.choice();
        boolean large = LARGE.equals(size);
        // Slips printed for a listening event carry its reference, so whoever keys them in files
        // them under that event. An unknown reference is left off rather than printed.
        String reference = events.idOf(event).isPresent() ? event.trim() : null;
        SurveyTexts texts = translations.surveyTexts(survey, choice.language());
        String path = "/s/" + survey.id() + "/paper";
        List<LanguageLink> languages = LanguageLink.of(translations.languagesOf(survey), choice.language(), path).stream()
                .map(l -> new LanguageLink(l.name(), l.tag(), l.dir(), l.href() + (large ? "&size=" + LARGE : "")
                        + (reference == null ? "" : "&event=" + reference), l.current()))
                .toList();
        return Views.render(HttpStatus.OK, "paper/form", Layout.of(texts.ui(), languages),
                new Form(PaperForm.printed(survey, texts, large, reference, LocalDate.now(clock))));
    }

    /** A printable form: its pages in the chosen language and the code that tells keyers which version and language it is. */
    record Form(PaperForm.Printed form) {
    }
}
