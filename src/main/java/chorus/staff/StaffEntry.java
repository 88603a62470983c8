package chorus.staff;

import chorus.web.Layout;
import chorus.disclosure.DisclosurePolicies;
import chorus.i18n.Language;
import chorus.i18n.LanguageChoice;
import chorus.i18n.LanguageLink;
import chorus.i18n.SurveyTexts;
import chorus.i18n.Text;
import chorus.i18n.Texts;
import chorus.i18n.Translations;
import chorus.survey.Survey;
import chorus.system.RequestSources;
import chorus.system.RetryAfter;
import chorus.system.Throttle;
import chorus.web.Views;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ViewsRenderer;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The way into a staff survey: no sign-in, but an open round and either an invitation code or an
 * organisation's open link ({@code /s/<survey>?org=<code>}). Refuses politely before any answer is
 * typed, saying when the round closed or opens.
 */
@Singleton
public class StaffEntry {

    private final StaffRounds rounds;
    private final InvitationCodes codes;
    private final Translations translations;
    private final LanguageChoice languageChoice;
    private final DisclosurePolicies policies;
    private final ViewsRenderer<Map<String, Object>, HttpRequest<?>> renderer;
    private final Throttle throttle;
    private final RequestSources sources;
    private final Clock clock;

    StaffEntry(StaffRounds rounds, InvitationCodes codes, Translations translations, LanguageChoice languageChoice,
               DisclosurePolicies policies, ViewsRenderer<Map<String, Object>, HttpRequest<?>> renderer, Throttle throttle,
               RequestSources sources, Clock clock) {
        this.throttle = throttle;
        this.sources = sources;
        this.clock = clock;
        this.policies = policies;
        this.renderer = renderer;
        this.rounds = rounds;
        this.codes = codes;
        this.translations = translations;
        this.languageChoice = languageChoice;
    }

    public static boolean applies(Survey survey) {
        return survey.forStaff();
    }

    /**
     * The start page with the anonymity statement, or the page saying why the survey cannot be
     * answered now. That page comes first, in any language, even one the survey is not offered in
     * (the {@code languageRefusal} otherwise sent).
     */
    public MutableHttpResponse<?> start(Survey survey, Language language, String org, Text resume, HttpRequest<?> request,
                                        MutableHttpResponse<?> languageRefusal) {
        Admission.RoundState state = rounds.state(survey.id(), today());
        if (state.open() == null) {
            return refused(survey, state.refusal(), request);
        }
        Optional<Organisation> organisation = rounds.organisation(org);
        if (!state.open().codesRequired() && organisation.isEmpty()) {
            return refused(survey, Refusal.of(Refusal.Kind.NO_ORGANISATION), request);
        }
        if (languageRefusal != null) {
            return languageRefusal;
        }
        return startPage(HttpStatus.OK, survey, language, state.open(), organisation.orElse(null), "", resume, Map.of());
    }

    /**
     * Checks the round and the code or organisation sent with the start page's form. Unusable codes
     * are counted per source ({@link Throttle}): a code has about 59 bits, so guessing is hopeless
     * anyway, but an unthrottled form answers a hundred guesses a second. Only failures count, so
     * staff of one trust behind one address can all start the survey on the day the codes go out.
     */
    public Admission admit(Survey survey, String org, String code, HttpRequest<?> request) {
        Admission.RoundState state = rounds.state(survey.id(), today());
        if (state.open() == null) {
            return Admission.refused(state.refusal());
        }
        Round round = state.open();
        if (round.codesRequired()) {
            Throttle.Attempt attempt = throttle.attempt(Throttle.Kind.INVITATION_CODE, sources.pseudonymOf(request));
            if (!attempt.allowed()) {
                return Admission.refused(Refusal.tooManyCodes(attempt.retryAfter()));
            }
            Optional<Long> organisation = codes.organisationOfUnused(code, round.id());
            if (organisation.isEmpty()) {
                return Admission.refused(Refusal.of(Refusal.Kind.BAD_CODE));
            }
            throttle.forgive(attempt);
            return new Admission(round.id(), organisation.get(), InvitationCodes.hashOf(code), null);
        }
        return rounds.organisation(org).map(o -> new Admission(round.id(), o.id(), null, null))
                .orElseGet(() -> Admission.refused(Refusal.of(Refusal.Kind.NO_ORGANISATION)));
    }

    /** A code that cannot be used: the start page again, 422, with the code as typed and one message for every reason. */
    public MutableHttpResponse<?> badCode(Survey survey, Language language, String code, Text resume, HttpRequest<?> request) {
        Admission.RoundState state = rounds.state(survey.id(), today());
        if (state.open() == null) {
            return refused(survey, state.refusal(), request);
        }
        Round round = state.open();
        return startPage(HttpStatus.UNPROCESSABLE_ENTITY, survey, language, round, null, code == null ? "" : code, resume,
                Map.of("code", translations.texts(language).ui("staff.code.bad")));
    }

    /** The page that explains a refusal, in the person's language even where the survey itself is English only. */
    public MutableHttpResponse<?> refused(Survey survey, Refusal refusal, HttpRequest<?> request) {
        Language language = languageChoice.choose(request, translations.languages()).language();
        Texts texts = translations.texts(language);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("round", refusal.round() == null ? "" : refusal.round());
        values.put("date", refusal.date() == null ? "" : date(refusal.date(), language));
        values.put("time", refusal.retryAfter() == null ? "" : RetryAfter.clockTime(clock, refusal.retryAfter()));
        String key = refusal.kind().titleKey();
        Text title = texts.ui(key);
        key = refusal.kind().bodyKey();
        Refused page = new Refused(title, texts.ui(key, values));
        // Not 403 or 404: those statuses get the site-wide error pages, which would hide this explanation.
        HttpStatus status = switch (refusal.kind()) {
            case CLOSED, CLOSED_WHILE_ANSWERING -> HttpStatus.GONE;
            case NO_ORGANISATION -> HttpStatus.UNPROCESSABLE_ENTITY;
            case TOO_MANY_CODES -> HttpStatus.TOO_MANY_REQUESTS;
            default -> HttpStatus.CONFLICT;
        };
        MutableHttpResponse<?> response = Views.render(status, "staff/refused",
                Layout.of(texts, LanguageLink.of(translations.languages(), language, "/s/" + survey.id())), page);
        return refusal.retryAfter() == null ? response : RetryAfter.header(response, refusal.retryAfter());
    }

    /**
     * Refuses the raw-answers download of a staff survey. Rendered here because the download's route
     * produces CSV, which the views filter would not turn into a page; 409, not 403, because a 403
     * gets the site-wide "you cannot see this page", which would wrongly blame the account.
     */
    public MutableHttpResponse<?> refusedExport(HttpRequest<?> request) {
        Language language = languageChoice.choose(request, translations.languages()).language();
        Texts texts = translations.texts(language);
        Map<String, Object> model = Views.model(Layout.of(texts, List.of()), new Refused(texts.ui("staff.no_export.title"),
                texts.ui("staff.no_export.body", Map.of("n", policies.staff().minimum()))));
        return HttpResponse.status(HttpStatus.CONFLICT).contentType(MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-store")
                .body(renderer.render("staff/refused", model, request));
    }

    /** A date as people write it in that language, for example "1 March 2026": English as in the UK. */
    public static String date(LocalDate date, Language language) {
        Locale locale = "en".equals(language.tag()) ? Locale.UK : Locale.forLanguageTag(language.tag());
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    private MutableHttpResponse<?> startPage(HttpStatus status, Survey survey, Language language, Round round,
                                             Organisation organisation, String code, Text resume, Map<String, ?> errors) {
        SurveyTexts texts = translations.surveyTexts(survey, language);
        return Views.render(status, "staff/start", Layout.of(texts.ui(),
                LanguageLink.of(translations.languagesOf(survey), language, "/s/" + survey.id())), new Start(survey.id(), texts.title(),
                texts.introduction(), resume, round.codesRequired(), organisation, code, errors, !errors.isEmpty(),
                texts.ui().ui("staff.start.closes", Map.of("round", round.name(), "date", date(round.closesOn(), language))),
                texts.ui().ui("staff.anonymous.who_sees", Map.of("n", policies.staff().minimum()))));
    }

    /** Why a member of staff cannot answer now, in words. */
    record Refused(Text refusedTitle, Text refusedBody) {
    }

    /**
     * A staff survey's start page: the organisation a link was for, or the code box; {@code resume}
     * offers a draft already begun; {@code closes} and {@code minimum} say when it ends and who sees what.
     */
    record Start(String surveyId, Text surveyTitle, Text introduction, Text resume, boolean codesRequired, Organisation organisation,
                 String code, Map<String, ?> errors, boolean hasErrors, Text closes, Text minimum) {
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
