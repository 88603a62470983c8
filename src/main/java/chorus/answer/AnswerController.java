package chorus.answer;

import chorus.event.EventReferences;
import chorus.i18n.Language;
import chorus.i18n.LanguageChoice;
import chorus.i18n.LanguageChoice.Choice;
import chorus.i18n.LanguageLink;
import chorus.i18n.SurveyTexts;
import chorus.i18n.Text;
import chorus.i18n.Translations;
import chorus.kiosk.Kiosk;
import chorus.kiosk.Kiosks;
import chorus.staff.Admission;
import chorus.staff.Refusal;
import chorus.staff.StaffEntry;
import chorus.survey.EthnicCategory;
import chorus.survey.Page;
import chorus.survey.Question;
import chorus.survey.Survey;
import chorus.survey.SurveyCatalog;
import chorus.system.ChorusSettings;
import chorus.system.TamperedFormException;
import chorus.web.Layout;
import chorus.web.NotFoundPage;
import chorus.web.PublicSurveys;
import chorus.web.RunByView;
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
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public survey pages: {@code /s/{survey}} to start, one page per survey page, a page to check
 * the answers before sending them, a thank-you. No server memory is used between requests: the
 * draft is in the database, found by a cookie.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/s/{surveyId}")
@Secured(SecurityRule.IS_ANONYMOUS)
class AnswerController {

    private static final String MORE_TIME_PARAMETER = "more-time";
    private static final String MORE_TIME = MORE_TIME_PARAMETER + "=1";
    /** ?return=check on a page reached from a change link: after saving it, back to checking the answers. */
    private static final String RETURN = "return";
    private static final String CHECKING = "check";

    private final SurveyCatalog catalog;
    private final Translations translations;
    private final LanguageChoice languageChoice;
    private final DraftStore drafts;
    private final AnsweringService answering;
    private final NotFoundPage notFound;
    private final PublicSurveys surveys;
    private final EventReferences events;
    private final Kiosks kiosks;
    private final StaffEntry staff;
    private final boolean secureCookies;
    private final Clock clock;

    AnswerController(SurveyCatalog catalog, Translations translations, LanguageChoice languageChoice, DraftStore drafts,
                     AnsweringService answering, NotFoundPage notFound, PublicSurveys surveys, EventReferences events,
                     Kiosks kiosks, StaffEntry staff, ChorusSettings settings, Clock clock) {
        boolean secureCookies = settings.secureCookies();
        this.clock = clock;
        this.staff = staff;
        this.catalog = catalog;
        this.translations = translations;
        this.languageChoice = languageChoice;
        this.drafts = drafts;
        this.answering = answering;
        this.notFound = notFound;
        this.surveys = surveys;
        this.events = events;
        this.kiosks = kiosks;
        this.secureCookies = secureCookies;
    }

    @Get
    MutableHttpResponse<?> start(@PathVariable String surveyId, HttpRequest<?> request) {
        PublicSurveys.Lookup lookup = surveys.find(surveyId, request);
        if (lookup.survey() != null && StaffEntry.applies(lookup.survey())) {
            return remember(staff.start(lookup.survey(), lookup.choice().language(), request.getParameters().get("org"),
                    resumeText(lookup.survey(), lookup.choice().language()), request, lookup.refusal()), lookup.choice());
        }
        if (!lookup.found()) {
            return lookup.refusal();
        }
        Survey survey = lookup.survey();
        Choice choice = lookup.choice();
        SurveyTexts texts = translations.surveyTexts(survey, choice.language());
        Text resume = resumeText(survey, choice.language());
        // An event's QR link (?event=REF) counts the answers at that event. An unknown or mistyped
        // reference must not stop anyone answering, so the survey then simply runs online.
        String event = request.getParameters().get("event");
        Optional<Kiosk> kiosk = kiosk(request, survey.id());
        if (kiosk.isPresent()) {
            // The event comes from the device; the language chosen is this person's alone, not remembered for the next.
            return Views.render(HttpStatus.OK, "survey/start", layout(survey, texts, "/s/" + survey.id()), header(survey, texts),
                    new Start(resume, null, true, startable(survey, request)));
        }
        Optional<String> mvp = events.mvpOf(event);
        Header header = header(survey, texts);
        return remember(Views.render(HttpStatus.OK, "survey/start", layout(survey, texts, "/s/" + survey.id()),
                mvp.map(header::at).orElse(header),
                new Start(resume, mvp.isPresent() ? event.trim() : null, false, startable(survey, request))), choice);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> begin(@PathVariable String surveyId, @Body Map<String, Object> body, HttpRequest<?> request) {
        Optional<Survey> found = catalog.latest(surveyId);
        if (found.isEmpty()) {
            return notFound.survey(request);
        }
        Survey survey = found.get();
        Map<String, List<String>> form = FormBody.of(body);
        String tag = FormBody.single(form, "lang");
        Language language = translations.languagesOf(survey).stream().filter(l -> l.tag().equals(tag)).findFirst()
                .orElseThrow(() -> new TamperedFormException("a language the survey is not offered in"));
        if (!startable(survey, request)) {
            // Closed since the start page was opened: that page now says so. A draft begun before
            // closing can still be resumed and sent, so nothing already answered is lost.
            return seeOther("/s/" + survey.id() + "?lang=" + language.tag());
        }
        Optional<Kiosk> kiosk = kiosk(request, surveyId);
        if (kiosk.isPresent()) {
            // Each press of Start at a kiosk is a new person: never resume what someone before left.
            cookie(request, surveyId).ifPresent(drafts::discard);
            String token = drafts.create(survey.id(), survey.version(), language.tag(), Channel.EVENT, kiosk.get().eventId());
            return seeOther(resumePath(survey, Map.of())).cookie(draftCookie(survey, token));
        }
        Optional<Draft> draft = cookie(request, surveyId).flatMap(drafts::find)
                .filter(d -> !d.submitted() && d.surveyVersion() == survey.version());
        MutableHttpResponse<?> response;
        if (draft.isPresent()) {
            drafts.setLanguage(draft.get().id(), language.tag());
            response = seeOther(resumePath(survey, drafts.answers(draft.get().id())));
        } else if (StaffEntry.applies(survey)) {
            response = beginStaff(survey, language, form, request);
        } else {
            Optional<Long> event = events.idOf(FormBody.optional(form, "event"));
            String token = drafts.create(survey.id(), survey.version(), language.tag(),
                    event.isPresent() ? Channel.EVENT : Channel.ONLINE, event.orElse(null));
            response = seeOther(resumePath(survey, Map.of())).cookie(draftCookie(survey, token));
        }
        return response;
    }

    @Get("/p/{pageId}")
    MutableHttpResponse<?> page(@PathVariable String surveyId, @PathVariable String pageId, HttpRequest<?> request) {
        Opened opened = open(surveyId, pageId, request);
        if (opened.refusal() != null) {
            return opened.refusal();
        }
        Draft draft = opened.draft();
        Survey survey = opened.survey();
        Page page = opened.page();
        Choice choice = opened.choice();
        Map<String, List<String>> answers = opened.answers();
        if (!Visibility.shows(page, answers)) {
            return seeOther(resumePath(survey, answers));
        }
        boolean checking = CHECKING.equals(request.getParameters().get(RETURN));
        MutableHttpResponse<?> shown = render(HttpStatus.OK, survey, page, draft, choice.language(), answers,
                answers, List.of(), checking, request);
        return kiosk(request, surveyId).isPresent() ? shown : remember(shown, choice);
    }

    @Post("/p/{pageId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> answer(@PathVariable String surveyId, @PathVariable String pageId, @Body Map<String, Object> body,
                                  HttpRequest<?> request) {
        Posted posted = posted(surveyId, pageId, body, request);
        if (posted.refusal() != null) {
            return posted.refusal();
        }
        Draft draft = posted.draft();
        Survey survey = posted.survey();
        Page page = posted.page();
        Map<String, List<String>> form = posted.form();
        Map<String, List<String>> answers = posted.answers();
        List<Question> shown = Visibility.questions(page, answers);
        Map<String, List<String>> groups = new LinkedHashMap<>();
        PageInput.Outcome outcome = PageInput.check(shown, EthnicSteps.fromGroups(shown, form, answers, groups));
        Map<String, List<String>> values = new LinkedHashMap<>(outcome.values());
        values.putAll(groups);
        Language language = translations.language(draft.language()).orElse(translations.source());
        boolean checking = CHECKING.equals(FormBody.optional(form, RETURN));
        if (!outcome.valid()) {
            return render(HttpStatus.UNPROCESSABLE_ENTITY, survey, page, draft, language, answers, values,
                    outcome.errors(), checking, request);
        }
        return next(survey, answering.savePage(draft, survey, page, values, checking), checking, request);
    }

    /** A page's form as sent, with its draft; or, when {@code refusal} is set, what to answer instead. */
    private record Posted(Draft draft, Survey survey, Page page, Map<String, List<String>> form,
                          Map<String, List<String>> answers, MutableHttpResponse<?> refusal) {
    }

    /**
     * A page sent: without its draft (expired, or another survey's) the expired page; once sent,
     * the thank-you page. A page the survey lacks or a form token not the draft's is a forged form.
     */
    private Posted posted(String surveyId, String pageId, Map<String, Object> body, HttpRequest<?> request) {
        Optional<Draft> found = cookie(request, surveyId).flatMap(drafts::find);
        if (found.isEmpty() || !found.get().surveyId().equals(surveyId)) {
            return new Posted(null, null, null, null, null, expired(request, surveyId));
        }
        Draft draft = found.get();
        if (draft.submitted()) {
            return new Posted(null, null, null, null, null, seeOther("/s/" + surveyId + "/done"));
        }
        Survey survey = catalog.find(draft.surveyId(), draft.surveyVersion()).orElseThrow();
        Page page = page(survey, pageId).orElseThrow(() -> new TamperedFormException("a page the survey does not have"));
        Map<String, List<String>> form = FormBody.of(body);
        if (!draft.formToken().equals(FormBody.single(form, "form-token"))) {
            throw new TamperedFormException("form token does not match the draft");
        }
        return new Posted(draft, survey, page, form, drafts.answers(draft.id()), null);
    }

    /** A page of a draft being answered, as a GET finds it; or, when {@code refusal} is set, what to answer instead. */
    private record Opened(Draft draft, Survey survey, Page page, Choice choice, Map<String, List<String>> answers,
                          MutableHttpResponse<?> refusal) {

        static Opened refused(MutableHttpResponse<?> refusal) {
            return new Opened(null, null, null, null, null, refusal);
        }
    }

    /**
     * The draft's page: without a draft of this survey, its start page (or a 404 for no such survey);
     * once sent, the thank-you page; a page the survey lacks or a language it is not in, a 404.
     */
    private Opened open(String surveyId, String pageId, HttpRequest<?> request) {
        Optional<Draft> draft = cookie(request, surveyId).flatMap(drafts::find);
        Optional<Survey> survey = draft.flatMap(d -> catalog.find(d.surveyId(), d.surveyVersion()));
        if (draft.isEmpty() || survey.isEmpty() || !draft.get().surveyId().equals(surveyId)) {
            return Opened.refused(catalog.latest(surveyId).isPresent() ? seeOther("/s/" + surveyId) : notFound.survey(request));
        }
        if (draft.get().submitted()) {
            return Opened.refused(seeOther("/s/" + surveyId + "/done"));
        }
        Optional<Page> page = page(survey.get(), pageId);
        if (page.isEmpty()) {
            return Opened.refused(notFound.survey(request));
        }
        Choice choice = choose(request, survey.get(), draft.get());
        if (choice.unknown() != null) {
            return Opened.refused(notFound.language(request, survey.get()));
        }
        return new Opened(draft.get(), survey.get(), page.get(), choice, drafts.answers(draft.get().id()), null);
    }

    /** The second step of the ethnic-group question: the backgrounds within the group chosen on the page. */
    @Get("/p/{pageId}/{questionId}")
    MutableHttpResponse<?> background(@PathVariable String surveyId, @PathVariable String pageId, @PathVariable String questionId,
                                      HttpRequest<?> request) {
        Opened opened = open(surveyId, pageId, request);
        if (opened.refusal() != null) {
            return opened.refusal();
        }
        Draft draft = opened.draft();
        Survey survey = opened.survey();
        Page page = opened.page();
        Choice choice = opened.choice();
        Map<String, List<String>> answers = opened.answers();
        Optional<Question> question = grouped(page, questionId, answers);
        Optional<EthnicCategory.Group> group = question.flatMap(q -> EthnicSteps.currentGroup(q, answers))
                .filter(g -> g != EthnicCategory.Group.NOT_STATED);
        if (question.isEmpty() || group.isEmpty()) {
            return seeOther(pagePath(survey, page));
        }
        boolean checking = CHECKING.equals(request.getParameters().get(RETURN));
        MutableHttpResponse<?> shown = renderBackground(HttpStatus.OK, survey, page, question.get(), group.get(),
                draft, choice.language(), answers, answers, List.of(), checking, request);
        return kiosk(request, surveyId).isPresent() ? shown : remember(shown, choice);
    }

    @Post("/p/{pageId}/{questionId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> answerBackground(@PathVariable String surveyId, @PathVariable String pageId,
                                            @PathVariable String questionId, @Body Map<String, Object> body,
                                            HttpRequest<?> request) {
        Posted posted = posted(surveyId, pageId, body, request);
        if (posted.refusal() != null) {
            return posted.refusal();
        }
        Draft draft = posted.draft();
        Survey survey = posted.survey();
        Page page = posted.page();
        Map<String, List<String>> form = posted.form();
        Map<String, List<String>> answers = posted.answers();
        Optional<Question> question = grouped(page, questionId, answers);
        Optional<EthnicCategory.Group> group = question.flatMap(q -> EthnicSteps.currentGroup(q, answers))
                .filter(g -> g != EthnicCategory.Group.NOT_STATED);
        if (question.isEmpty() || group.isEmpty()) {
            // The group was changed in another tab, or the page no longer asks: back to the page, nothing lost.
            return seeOther(pagePath(survey, page));
        }
        boolean checking = CHECKING.equals(FormBody.optional(form, RETURN));
        PageInput.Outcome outcome = EthnicSteps.background(question.get(), group.get(), form);
        if (!outcome.valid()) {
            Language language = translations.language(draft.language()).orElse(translations.source());
            return renderBackground(HttpStatus.UNPROCESSABLE_ENTITY, survey, page, question.get(), group.get(), draft, language,
                    answers, outcome.values(), outcome.errors(), checking, request);
        }
        // The whole page is stored again as one, with this step's answer in place of the question's.
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Question q : page.questions()) {
            for (String field : List.of(q.id(), PageInput.selfDescriptionField(q), EthnicSteps.groupField(q))) {
                Optional.ofNullable(answers.get(field)).ifPresent(v -> values.put(field, v));
            }
        }
        String self = PageInput.selfDescriptionField(question.get());
        values.put(question.get().id(), outcome.values().getOrDefault(question.get().id(), List.of()));
        values.put(self, outcome.values().getOrDefault(self, List.of()));
        return next(survey, answering.saveBackground(draft, survey, page, values, checking), checking, request);
    }

    /** Every answer on one page, each with a link to change it, and the button that sends them. */
    @Get("/check")
    MutableHttpResponse<?> check(@PathVariable String surveyId, HttpRequest<?> request) {
        Optional<Draft> draft = cookie(request, surveyId).flatMap(drafts::find);
        Optional<Survey> survey = draft.flatMap(d -> catalog.find(d.surveyId(), d.surveyVersion()));
        if (draft.isEmpty() || survey.isEmpty() || !draft.get().surveyId().equals(surveyId)) {
            return catalog.latest(surveyId).isPresent() ? seeOther("/s/" + surveyId) : notFound.survey(request);
        }
        if (draft.get().submitted()) {
            return seeOther("/s/" + surveyId + "/done");
        }
        Choice choice = choose(request, survey.get(), draft.get());
        if (choice.unknown() != null) {
            return notFound.language(request, survey.get());
        }
        Map<String, List<String>> answers = drafts.answers(draft.get().id());
        Optional<Page> unfinished = answering.resumePage(survey.get(), answers);
        if (unfinished.isPresent()) {
            return seeOther(pagePath(survey.get(), unfinished.get()));
        }
        SurveyTexts texts = translations.surveyTexts(survey.get(), choice.language());
        List<Page> pages = Visibility.pages(survey.get(), answers);
        Check check = new Check(CheckAnswers.sections(survey.get(), answers, texts, page -> pagePath(survey.get(), page)
                + "?" + RETURN + "=" + CHECKING), draft.get().formToken(), checkPath(survey.get()),
                pagePath(survey.get(), pages.get(pages.size() - 1)));
        Layout layout = layout(survey.get(), texts, checkPath(survey.get()));
        if (kiosk(request, surveyId).isPresent()) {
            return Views.render(HttpStatus.OK, "survey/check", layout, header(survey.get(), texts), check,
                    kioskTimeout(texts, survey.get(), checkPath(survey.get()), request));
        }
        return remember(Views.render(HttpStatus.OK, "survey/check", layout, header(survey.get(), texts), check), choice);
    }

    @Post("/check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> send(@PathVariable String surveyId, @Body Map<String, Object> body, HttpRequest<?> request) {
        Optional<Draft> found = cookie(request, surveyId).flatMap(drafts::find);
        if (found.isEmpty() || !found.get().surveyId().equals(surveyId)) {
            return expired(request, surveyId);
        }
        Draft draft = found.get();
        if (draft.submitted()) {
            return seeOther("/s/" + surveyId + "/done");
        }
        Survey survey = catalog.find(draft.surveyId(), draft.surveyVersion()).orElseThrow();
        if (!draft.formToken().equals(FormBody.single(FormBody.of(body), "form-token"))) {
            throw new TamperedFormException("form token does not match the draft");
        }
        return next(survey, answering.submit(draft, survey), false, request);
    }

    private MutableHttpResponse<?> next(Survey survey, AnsweringService.Step step, boolean checking, HttpRequest<?> request) {
        if (step.refused() != null) {
            return staff.refused(survey, step.refused(), request);
        }
        if (step.check()) {
            return seeOther(checkPath(survey));
        }
        if (step.next() == null) {
            return seeOther("/s/" + survey.id() + "/done");
        }
        if (step.background() != null) {
            return seeOther(backgroundPath(survey, step.next(), step.background()) + (checking ? "?" + RETURN + "=" + CHECKING : ""));
        }
        return seeOther(pagePath(survey, step.next()) + (checking ? "?" + RETURN + "=" + CHECKING : ""));
    }

    @Get("/done")
    MutableHttpResponse<?> done(@PathVariable String surveyId, HttpRequest<?> request) {
        Optional<Survey> survey = catalog.latest(surveyId);
        if (survey.isEmpty()) {
            return notFound.survey(request);
        }
        Optional<Draft> draft = cookie(request, surveyId).flatMap(drafts::find);
        Choice choice = draft.map(d -> choose(request, survey.get(), d))
                .orElseGet(() -> languageChoice.choose(request, translations.languagesOf(survey.get())));
        SurveyTexts texts = translations.surveyTexts(survey.get(), choice.language());
        Layout layout = layout(survey.get(), texts, "/s/" + surveyId + "/done");
        if (kiosk(request, surveyId).isEmpty()) {
            return Views.render(HttpStatus.OK, "survey/done", layout, header(survey.get(), texts));
        }
        // The next person must find nothing of this one: the draft goes now, and the page soon goes back to the start.
        long seconds = kiosks.doneTimeout().toSeconds() * extension(request);
        KioskTimeout timeout = timeout(seconds, "/s/" + surveyId, texts.ui().ui("kiosk.timeout_done", Map.of("seconds", seconds)),
                "/s/" + surveyId + "/done?lang=" + texts.language().tag() + "&" + MORE_TIME);
        cookie(request, surveyId).ifPresent(drafts::discard);
        return Views.render(HttpStatus.OK, "survey/done", layout, header(survey.get(), texts), timeout, new Done("/s/" + surveyId))
                .cookie(clearedDraftCookie(survey.get()));
    }

    /**
     * Where a kiosk's question page goes when nobody has touched it for a while: the abandoned draft
     * is removed and the next person gets the start page. Outside kiosk mode it only goes to the start.
     */
    @Get("/kiosk-reset")
    MutableHttpResponse<?> kioskReset(@PathVariable String surveyId, HttpRequest<?> request) {
        Optional<Survey> survey = catalog.latest(surveyId);
        if (survey.isEmpty()) {
            return notFound.survey(request);
        }
        MutableHttpResponse<?> response = seeOther("/s/" + surveyId);
        if (kiosk(request, surveyId).isPresent()) {
            cookie(request, surveyId).ifPresent(drafts::discard);
            response.cookie(clearedDraftCookie(survey.get()));
        }
        return response;
    }

    /** A staff survey starts only in an open round, with an unused invitation code or a known organisation's link. */
    private MutableHttpResponse<?> beginStaff(Survey survey, Language language, Map<String, List<String>> form,
                                              HttpRequest<?> request) {
        String code = FormBody.optional(form, "code");
        Admission admission = staff.admit(survey, FormBody.optional(form, "org"), code, request);
        if (admission.refused()) {
            return admission.refusal().kind() == Refusal.Kind.BAD_CODE
                    ? staff.badCode(survey, language, code, resumeText(survey, language), request)
                    : staff.refused(survey, admission.refusal(), request);
        }
        String token = drafts.create(survey.id(), survey.version(), language.tag(), Channel.ONLINE, null,
                admission.roundId(), admission.organisationId(), admission.invitationHash());
        return seeOther(resumePath(survey, Map.of())).cookie(draftCookie(survey, token));
    }

    /** New answers are taken until the closing day; someone with a draft begun before it may still finish. */
    private boolean startable(Survey survey, HttpRequest<?> request) {
        return survey.open(LocalDate.now(clock)) || cookie(request, survey.id()).flatMap(drafts::find)
                .filter(d -> !d.submitted() && d.surveyVersion() == survey.version()).isPresent();
    }

    private Text resumeText(Survey survey, Language language) {
        return translations.surveyTexts(survey, language).ui().ui("survey.resume", Map.of("hours", drafts.lifetime().toHours()));
    }

    private MutableHttpResponse<?> render(HttpStatus status, Survey survey, Page page, Draft draft, Language language,
                                          Map<String, List<String>> answers, Map<String, List<String>> values,
                                          List<FieldError> errors, boolean checking, HttpRequest<?> request) {
        SurveyTexts texts = translations.surveyTexts(survey, language);
        List<Page> pages = Visibility.pages(survey, answers);
        int index = pages.indexOf(page);
        List<PageViews.QuestionView> questions = PageViews.onScreen(Visibility.questions(page, answers), texts, values, errors);
        QuestionPage shown = new QuestionPage(texts.pageTitle(page), texts.pageIntroduction(page),
                texts.ui().ui("survey.page_of", Map.of("page", index + 1, "pages", pages.size())), questions,
                PageViews.errorLinks(questions), !errors.isEmpty(), draft.formToken(), pagePath(survey, page),
                checking ? checkPath(survey) : index > 0 ? pagePath(survey, pages.get(index - 1)) : "/s/" + survey.id(), checking);
        KioskTimeout timeout = kiosk(request, survey.id()).isPresent() ? kioskTimeout(texts, survey, pagePath(survey, page), request) : null;
        return Views.render(status, "survey/page", layout(survey, texts, pagePath(survey, page)), header(survey, texts), shown, timeout);
    }

    private MutableHttpResponse<?> renderBackground(HttpStatus status, Survey survey, Page page, Question question,
                                                    EthnicCategory.Group group, Draft draft, Language language,
                                                    Map<String, List<String>> answers, Map<String, List<String>> values,
                                                    List<FieldError> errors, boolean checking, HttpRequest<?> request) {
        SurveyTexts texts = translations.surveyTexts(survey, language);
        List<Page> pages = Visibility.pages(survey, answers);
        List<PageViews.QuestionView> questions = List.of(PageViews.backgroundStep(question, group, texts, values, errors));
        String path = backgroundPath(survey, page, question);
        QuestionPage shown = new QuestionPage(texts.pageTitle(page), null,
                texts.ui().ui("survey.page_of", Map.of("page", pages.indexOf(page) + 1, "pages", pages.size())), questions,
                PageViews.errorLinks(questions), !errors.isEmpty(), draft.formToken(), path,
                pagePath(survey, page) + (checking ? "?" + RETURN + "=" + CHECKING : ""), checking);
        KioskTimeout timeout = kiosk(request, survey.id()).isPresent() ? kioskTimeout(texts, survey, path, request) : null;
        return Views.render(status, "survey/page", layout(survey, texts, path), header(survey, texts), shown, timeout);
    }

    /** The page's ethnic-group question of this id, if the page shows it now. */
    private static Optional<Question> grouped(Page page, String questionId, Map<String, List<String>> answers) {
        return Visibility.questions(page, answers).stream()
                .filter(q -> q.id().equals(questionId) && EthnicSteps.asksGroup(q)).findFirst();
    }

    private static String backgroundPath(Survey survey, Page page, Question question) {
        return pagePath(survey, page) + "/" + question.id();
    }

    /** What every page of a survey shows of it: {@code runBy} who runs it and where to turn for help, if the survey says. */
    record Header(String surveyId, Text surveyTitle, Text introduction, RunByView runBy) {

        /** The header of a page opened from an event's QR link: it names the MVP asking. */
        Header at(String mvp) {
            return runBy == null ? this : new Header(surveyId, surveyTitle, introduction, runBy.at(mvp));
        }
    }

    /**
     * The start page: a draft to go back to, if any, and the event a QR link was for (never on a
     * kiosk); {@code startable} false once the survey has closed, for anyone without a draft.
     */
    record Start(Text resume, String event, boolean kiosk, boolean startable) {
    }

    /** A page of questions: {@code checking} when it was reached from "check your answers", which it goes back to. */
    record QuestionPage(Text pageTitle, Text pageIntroduction, Text pageOf, List<PageViews.QuestionView> questions,
                        List<PageViews.ErrorLink> errors, boolean hasErrors, String formToken, String action, String back,
                        boolean checking) {
    }

    record Check(List<CheckAnswers.Section> sections, String formToken, String action, String back) {
    }

    /** A kiosk's thank-you page starts again for the next person. */
    record Done(String startAgain) {
    }

    record Expired(Text expiredBody) {
    }

    /** A kiosk page goes to another after {@code refresh} ("N; url=..."), and says so in words with a way to have more time. */
    record KioskTimeout(String refresh, Text kioskTimeout, String kioskMoreTime) {
    }

    /** A kiosk page left alone goes back to the start for the next person; "more time" gives ten times as long. */
    private KioskTimeout kioskTimeout(SurveyTexts texts, Survey survey, String path, HttpRequest<?> request) {
        long seconds = kiosks.pageTimeout().toSeconds() * extension(request);
        long minutes = Math.max(1, (seconds + 59) / 60);
        return timeout(seconds, "/s/" + survey.id() + "/kiosk-reset",
                texts.ui().ui("kiosk.timeout_page", Map.of("minutes", minutes)), path + "?" + MORE_TIME);
    }

    private Layout layout(Survey survey, SurveyTexts texts, String path) {
        return Layout.of(texts.ui(), LanguageLink.of(translations.languagesOf(survey), texts.language(), path));
    }

    private Header header(Survey survey, SurveyTexts texts) {
        return new Header(survey.id(), texts.title(), texts.introduction(), RunByView.of(survey, texts, LocalDate.now(clock)));
    }

    /**
     * "More time" reloads the page with ten times the time (WCAG 2.2.1 Timing Adjustable: at least
     * ten times the default, asked for with one simple action), and reloading again starts it afresh.
     */
    private static long extension(HttpRequest<?> request) {
        return request.getParameters().contains(MORE_TIME_PARAMETER) ? 10 : 1;
    }

    /** The kiosk this device runs for this survey, if it is one. */
    private Optional<Kiosk> kiosk(HttpRequest<?> request, String surveyId) {
        return kiosks.of(request).filter(k -> k.surveyId().equals(surveyId));
    }

    /**
     * A kiosk page that goes to {@code target} after {@code seconds} untouched, without script; the
     * notice says so in words and offers a reload that starts the time again (WCAG 2.2.1).
     */
    private static KioskTimeout timeout(long seconds, String target, Text notice, String moreTime) {
        // "N; url=..." with its space: without it the value is invalid HTML.
        return new KioskTimeout(seconds + "; url=" + target, notice, moreTime);
    }

    private Choice choose(HttpRequest<?> request, Survey survey, Draft draft) {
        Choice choice = languageChoice.choose(request, translations.languagesOf(survey));
        if (choice.explicit()) {
            drafts.setLanguage(draft.id(), choice.language().tag());
            return choice;
        }
        if (choice.unknown() != null) {
            return choice;
        }
        return new Choice(translations.language(draft.language()).orElse(choice.language()), false, null);
    }

    private MutableHttpResponse<?> expired(HttpRequest<?> request, String surveyId) {
        Optional<Survey> survey = catalog.latest(surveyId);
        if (survey.isEmpty()) {
            return notFound.survey(request);
        }
        Choice choice = languageChoice.choose(request, translations.languagesOf(survey.get()));
        SurveyTexts texts = translations.surveyTexts(survey.get(), choice.language());
        return Views.render(HttpStatus.GONE, "survey/expired", layout(survey.get(), texts, "/s/" + surveyId), header(survey.get(), texts),
                new Expired(texts.ui().ui("expired.body", Map.of("hours", drafts.lifetime().toHours()))));
    }

    private <T extends MutableHttpResponse<?>> T remember(T response, Choice choice) {
        if (choice.explicit()) {
            response.cookie(LanguageChoice.remember(choice.language(), secureCookies));
        }
        return response;
    }

    private Cookie draftCookie(Survey survey, String token) {
        return Cookie.of(cookieName(survey.id()), token)
                .path("/s/" + survey.id())
                .maxAge(drafts.lifetime())
                .httpOnly(true)
                .secure(secureCookies)
                .sameSite(SameSite.Lax);
    }

    private Cookie clearedDraftCookie(Survey survey) {
        return draftCookie(survey, "").maxAge(0);
    }

    private static Optional<String> cookie(HttpRequest<?> request, String surveyId) {
        return request.getCookies().findCookie(cookieName(surveyId)).map(Cookie::getValue);
    }

    private static String cookieName(String surveyId) {
        return "chorus-draft-" + surveyId;
    }

    private static Optional<Page> page(Survey survey, String pageId) {
        return survey.pages().stream().filter(p -> p.id().equals(pageId)).findFirst();
    }

    /** The first unfinished page, or the check page once every page is finished. */
    private String resumePath(Survey survey, Map<String, List<String>> answers) {
        return answering.resumePage(survey, answers).map(p -> pagePath(survey, p)).orElse(checkPath(survey));
    }

    private static String checkPath(Survey survey) {
        return "/s/" + survey.id() + "/check";
    }

    private static String pagePath(Survey survey, Page page) {
        return "/s/" + survey.id() + "/p/" + page.id();
    }

    private static MutableHttpResponse<?> seeOther(String path) {
        return HttpResponse.seeOther(URI.create(path));
    }
}
