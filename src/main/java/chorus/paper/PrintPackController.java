package chorus.paper;

import chorus.event.EventPoster;
import chorus.event.EventPrinting;
import chorus.event.ListeningEvent;
import chorus.i18n.Language;
import chorus.i18n.Translations;
import chorus.survey.Survey;
import chorus.system.Role;
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
import java.util.Optional;

/**
 * One print for a listening event: its poster (every language of the event, one QR code), then for
 * each of the event's languages a sheet of two "about you" slips to cut apart, each carrying the
 * event's reference so whoever keys it files it under the event. Only the event's languages are
 * printed, so nobody carries a pile of forms nobody there reads.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/mvp/events/{reference}/print")
@Secured({Role.ADMIN_NAME, Role.MVP_LEAD_NAME})
class PrintPackController {

    /** Slips on one A4 sheet: each is half a page (A5), to cut apart. */
    static final int SLIPS_PER_SHEET = 2;

    /** A sheet of slips in one language. */
    record Sheet(String lang, String dir, List<PaperForm.Printed> slips) {
    }

    record Pack(ListeningEvent event, EventPoster poster, List<Sheet> sheets) {
    }

    private final EventPrinting printing;
    private final Translations translations;
    private final StaffPages pages;
    private final Clock clock;

    PrintPackController(EventPrinting printing, Translations translations, StaffPages pages, Clock clock) {
        this.clock = clock;
        this.printing = printing;
        this.translations = translations;
        this.pages = pages;
    }

    @Get
    MutableHttpResponse<?> pack(@PathVariable String reference, HttpRequest<?> request, Authentication user) {
        ListeningEvent event = printing.require(reference, user);
        Optional<EventPoster> poster = printing.poster(event, request, pages.texts(request));
        if (poster.isEmpty()) {
            return HttpResponse.badRequest();
        }
        Survey survey = printing.aboutYou();
        List<Sheet> sheets = printing.languages(event).stream().map(l -> sheet(survey, l, event.reference())).toList();
        return Views.render(HttpStatus.OK, "paper/pack", pages.layout(request, user), new Pack(event, poster.get(), sheets));
    }

    private Sheet sheet(Survey survey, Language language, String reference) {
        PaperForm.Printed slip = PaperForm.printed(survey, translations.surveyTexts(survey, language), false, reference,
                LocalDate.now(clock));
        return new Sheet(language.tag(), language.dir(), java.util.Collections.nCopies(SLIPS_PER_SHEET, slip));
    }
}
