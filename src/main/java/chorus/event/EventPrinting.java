package chorus.event;

import chorus.i18n.Language;
import chorus.i18n.SurveyTexts;
import chorus.i18n.Texts;
import chorus.i18n.Translations;
import chorus.poster.PublicUrl;
import chorus.poster.QrSvg;
import chorus.survey.Survey;
import chorus.survey.SurveyCatalog;
import chorus.system.NotFoundException;
import chorus.web.RunByView;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What is printed for a listening event, for the pages that print it: the event (for its MVP's lead
 * and administrators only), the languages to print in, and its poster with the short address
 * {@code /q/<reference>}.
 */
@Singleton
public class EventPrinting {

    public static final String SHORT_PATH = "/q/";

    private final EventAccess access;
    private final SurveyCatalog catalog;
    private final Translations translations;
    private final PublicUrl publicUrl;
    private final Clock clock;

    EventPrinting(EventAccess access, SurveyCatalog catalog, Translations translations, PublicUrl publicUrl, Clock clock) {
        this.clock = clock;
        this.access = access;
        this.catalog = catalog;
        this.translations = translations;
        this.publicUrl = publicUrl;
    }

    /** The event, if this person may print for it (its MVP's lead, administrators); anyone else is told it does not exist. */
    public ListeningEvent require(String reference, Authentication user) {
        ListeningEvent event = access.require(reference, user);
        if (!access.viewer(user).canChange()) {
            throw new NotFoundException();
        }
        return event;
    }

    /** The "about you" form every event prints. */
    public Survey aboutYou() {
        return catalog.latest(ListeningEvents.ABOUT_YOU).orElseThrow(NotFoundException::new);
    }

    /**
     * The languages to print in: those the event was held in that the form has, in the form's order;
     * English when it has none of them, so there is always something to print.
     */
    public List<Language> languages(ListeningEvent event) {
        List<Language> offered = translations.languagesOf(aboutYou());
        List<Language> spoken = offered.stream().filter(l -> event.languages().contains(l.tag())).toList();
        return spoken.isEmpty() ? List.of(translations.source()) : spoken;
    }

    /** The poster, its QR code named for screen readers in the page's language; empty when the address is unknown. */
    public Optional<EventPoster> poster(ListeningEvent event, HttpRequest<?> request, Texts page) {
        Optional<String> base = publicUrl.base(request);
        if (base.isEmpty()) {
            return Optional.empty();
        }
        String link = base.get() + SHORT_PATH + event.reference();
        List<EventPoster.Invite> invites = languages(event).stream().map(l -> {
            SurveyTexts texts = translations.surveyTexts(aboutYou(), l);
            return new EventPoster.Invite(texts.title(), texts.ui().ui("events.poster.asks"), l.tag(), l.dir());
        }).toList();
        RunByView runBy = RunByView.of(aboutYou(), translations.surveyTexts(aboutYou(), page.language()), LocalDate.now(clock));
        return Optional.of(new EventPoster(invites, link, QrSvg.svg(link, page.ui("poster.qr_label", Map.of("url", link)).value()),
                runBy == null ? null : runBy.at(event.mvpName())));
    }
}
