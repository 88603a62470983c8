package chorus.dataentry;

import chorus.i18n.Text;
import chorus.account.Account;
import chorus.system.Role;
import chorus.answer.FieldError;
import chorus.answer.FormBody;
import chorus.event.EventReferences;
import chorus.i18n.Language;
import chorus.i18n.SurveyTexts;
import chorus.i18n.Texts;
import chorus.i18n.Translations;
import chorus.paper.PaperForm;
import chorus.survey.Survey;
import chorus.survey.SurveyCatalog;
import chorus.system.CsrfTokens;
import chorus.web.FormErrors;
import chorus.web.NotFoundPage;
import chorus.web.StaffPages;
import chorus.web.Views;
import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Staff key in returned paper forms: choose the survey, version, language and batch and type the
 * form's code; key every question on one page; review and correct; confirm, which makes the form a
 * response with channel PAPER. MVP leads may key only into batches of their own MVP's events.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/data-entry")
@Secured({Role.ADMIN_NAME, Role.DATA_ENTRY_NAME, Role.MVP_LEAD_NAME})
class DataEntryController {

    /** A survey version to choose on the start page; value is "survey:version". */
    /** A batch and the forms keyed into it so far. */
    record BatchPage(KeyedForms.Batch batch, String surveyTitle, List<FormRow> forms, String keyAnother) {
    }

    /** Choosing what to key (form version and language) and starting a batch, with what was chosen kept. */
    record StartPage(List<VersionChoice> versions, List<Choice> formLanguages, List<Choice> surveys, Map<String, String> key,
                     Map<String, String> batchForm, Map<String, Text> errors, boolean hasErrors) {
    }

    /** What keying and reviewing a form share: its questions as the keyer fills them in, and the errors of both. */
    record KeyingPart(Map<String, Text> errors, boolean hasErrors, List<KeyingViews.KeyQuestion> questions, KeyedForms.Batch batch,
                      String surveyTitle, Survey survey, Language language, String expectedCode) {
    }

    /** Keying a new form: {@code savedReview} links to the form just saved with "save and key the next". */
    record KeyPart(String savedReview, String action, String formKey, String code, boolean review) {
    }

    /** Reviewing a keyed form: a summary of what is stored, corrections so far, and Confirm. */
    record ReviewPart(String action, String confirmAction, boolean review, KeyedForms.KeyedForm form, String keyedOn,
                      List<SummaryRow> summary, String notice, List<CorrectionRow> corrections) {
    }

    public record VersionChoice(String value, String label, boolean selected) {
    }

    /** A choice in a list (survey or language) on the start page. */
    public record Choice(String value, String label, String lang, String dir, boolean selected) {
    }

    /** A keyed form as the batch page lists it. */
    public record FormRow(long id, String href, int version, String language, String languageTag, boolean pending, String keyedBy,
                          String keyedOn, long corrections) {
    }

    /** One line of the review's summary: the paper question's number and English wording, and what was keyed, in words. */
    public record SummaryRow(chorus.i18n.Text number, chorus.i18n.Text question, String keyed) {
    }

    public record CorrectionRow(int number, String questionId, String oldValue, String newValue, String correctedBy,
                                String correctedOn) {
    }

    static final Pattern BATCH_REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,39}");
    private static final int NOTE_LENGTH = 500;

    private final SurveyCatalog catalog;
    private final Translations translations;
    private final KeyedForms store;
    private final EventReferences events;
    private final StaffPages pages;
    private final CsrfTokens csrf;
    private final NotFoundPage notFound;

    DataEntryController(SurveyCatalog catalog, Translations translations, KeyedForms store, EventReferences events,
                        StaffPages pages, CsrfTokens csrf, NotFoundPage notFound) {
        this.catalog = catalog;
        this.translations = translations;
        this.store = store;
        this.events = events;
        this.pages = pages;
        this.csrf = csrf;
        this.notFound = notFound;
    }

    // ---------------------------------------------------------------- start page

    /** ?survey=ID&event=REF preselects both (event pages link here for their "about you" slips). */
    @Get
    MutableHttpResponse<?> start(@Nullable @QueryValue String survey, @Nullable @QueryValue String event,
                                 @Nullable @QueryValue String batch, HttpRequest<?> request, Authentication user) {
        Account staff = staff(user);
        Map<String, String> key = new LinkedHashMap<>();
        Map<String, String> newBatch = new LinkedHashMap<>();
        Optional<Survey> chosen = survey == null ? Optional.empty() : catalog.latest(survey).filter(Survey::onPaper);
        chosen.ifPresent(s -> {
            key.put("form", s.id() + ":" + s.version());
            newBatch.put("batch-survey", s.id());
        });
        if (batch != null) {
            key.put("batch", batch.strip());
        }
        if (event != null && !event.isBlank()) {
            Optional<Long> eventId = events.idOf(event);
            if (eventId.isPresent() && !mayUseEvent(staff, eventId.get())) {
                return notFound.survey(request);
            }
            newBatch.put("event", event.strip());
        }
        return startPage(request, user, HttpStatus.OK, key, newBatch, FormErrors.none());
    }

    @Post("/start")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> chooseForm(@Body Map<String, Object> body, HttpRequest<?> request, Authentication user) {
        Map<String, List<String>> form = FormBody.of(body);
        csrf.checkSessionForm(request, FormBody.optional(form, CsrfTokens.FIELD));
        Account staff = staff(user);
        Map<String, String> key = fields(form, "form", "language", "batch", "code");
        FormErrors errors = FormErrors.none();
        Optional<Survey> survey = surveyVersion(key.get("form"));
        if (survey.isEmpty()) {
            errors.add("form", "dataentry.error.form");
        }
        Optional<Language> language = survey.flatMap(s -> offered(s, key.get("language")));
        if (survey.isPresent() && language.isEmpty()) {
            errors.add("language", "dataentry.error.language");
        }
        // A batch the person may not use is, to them, a batch that does not exist.
        Optional<KeyedForms.Batch> batch = key.get("batch").isBlank() ? Optional.empty()
                : store.batch(key.get("batch")).filter(b -> mayUse(staff, b));
        if (batch.isEmpty()) {
            errors.add("batch", key.get("batch").isBlank() ? "dataentry.error.batch_missing" : "dataentry.error.batch_unknown",
                    Map.of("reference", key.get("batch")));
        } else if (survey.isPresent() && !batch.get().surveyId().equals(survey.get().id())) {
            errors.add("batch", "dataentry.error.batch_survey", Map.of("survey", batch.get().surveyId()));
        }
        if (key.get("code").isBlank()) {
            errors.add("code", "dataentry.error.code_missing");
        } else if (survey.isPresent() && language.isPresent()) {
            codeError(errors, "code", key.get("code"), survey.get(), language.get());
        }
        if (!errors.isEmpty()) {
            return startPage(request, user, HttpStatus.UNPROCESSABLE_ENTITY, key, Map.of(), errors);
        }
        return HttpResponse.seeOther(URI.create("/data-entry/batches/" + batch.get().id() + "/key?version="
                + survey.get().version() + "&printed=" + language.get().tag() + "&code=" + encode(key.get("code"))));
    }

    @Post("/batches")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> createBatch(@Body Map<String, Object> body, HttpRequest<?> request, Authentication user) {
        Map<String, List<String>> form = FormBody.of(body);
        csrf.checkSessionForm(request, FormBody.optional(form, CsrfTokens.FIELD));
        Account staff = staff(user);
        Map<String, String> batch = fields(form, "reference", "batch-survey", "event", "note");
        FormErrors errors = FormErrors.none();
        String reference = batch.get("reference");
        if (!BATCH_REFERENCE.matcher(reference).matches()) {
            errors.add("reference", "dataentry.error.reference_format");
        } else if (store.batch(reference).isPresent()) {
            errors.add("reference", "dataentry.error.reference_taken", Map.of("reference", reference));
        }
        if (catalog.latest(batch.get("batch-survey")).filter(Survey::onPaper).isEmpty()) {
            errors.add("batch-survey", "dataentry.error.survey");
        }
        Long eventId = null;
        if (!batch.get("event").isBlank()) {
            eventId = events.idOf(batch.get("event")).filter(id -> mayUseEvent(staff, id)).orElse(null);
            if (eventId == null) {
                errors.add("event", "dataentry.error.event_unknown", Map.of("reference", batch.get("event")));
            }
        } else if (staff.role() == Role.MVP_LEAD) {
            errors.add("event", "dataentry.error.event_needed");
        }
        if (batch.get("note").length() > NOTE_LENGTH) {
            errors.add("note", "dataentry.error.note_too_long", Map.of("max", NOTE_LENGTH));
        }
        if (!errors.isEmpty()) {
            return startPage(request, user, HttpStatus.UNPROCESSABLE_ENTITY, Map.of(), batch, errors);
        }
        long id = store.createBatch(reference, batch.get("batch-survey"), eventId,
                batch.get("note").isBlank() ? null : batch.get("note"), staff.id());
        return HttpResponse.seeOther(URI.create("/data-entry/batches/" + id));
    }

    // ---------------------------------------------------------------- batch page

    @Get("/batches/{batchId}")
    MutableHttpResponse<?> batchPage(@PathVariable long batchId, HttpRequest<?> request, Authentication user) {
        Account staff = staff(user);
        Optional<KeyedForms.Batch> batch = store.batch(batchId).filter(b -> mayUse(staff, b));
        if (batch.isEmpty()) {
            return notFound.survey(request);
        }
        return Views.render(HttpStatus.OK, "dataentry/batch", pages.layout(request, user), new BatchPage(batch.get(),
                catalog.latest(batch.get().surveyId()).map(this::title).orElse(batch.get().surveyId()),
                store.forms(batchId).stream().map(f -> new FormRow(f.id(), "/data-entry/forms/" + f.id(), f.version(),
                        languageName(f.language()), f.language(), f.pending(), f.keyedBy(), f.keyedAt().toLocalDate().toString(),
                        f.corrections())).toList(),
                "/data-entry?survey=" + encode(batch.get().surveyId()) + "&batch=" + encode(batch.get().reference())));
    }

    // ---------------------------------------------------------------- keying a new form

    /** ?saved=ID after "Save and key the next form": says the form was saved and links to its review. */
    @Get("/batches/{batchId}/key")
    MutableHttpResponse<?> keyingPage(@PathVariable long batchId, @QueryValue int version, @QueryValue String printed,
                                      @Nullable @QueryValue String code, @Nullable @QueryValue Long saved,
                                      HttpRequest<?> request, Authentication user) {
        Account staff = staff(user);
        Optional<Keying> keying = keying(batchId, version, printed, staff);
        if (keying.isEmpty()) {
            return notFound.survey(request);
        }
        // Only a form of this batch that the keyer may see is linked; any other number is ignored.
        Long savedForm = saved == null ? null : reviewing(saved, staff).filter(r -> r.form().batchId() == batchId)
                .map(r -> r.form().id()).orElse(null);
        return keyPage(request, user, HttpStatus.OK, keying.get(), UUID.randomUUID().toString(), code == null ? "" : code,
                Map.of(), List.of(), FormErrors.none(), savedForm == null ? null : "/data-entry/forms/" + savedForm);
    }

    @Post("/batches/{batchId}/key")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> saveKeyed(@PathVariable long batchId, @Body Map<String, Object> body, HttpRequest<?> request,
                                     Authentication user) {
        Map<String, List<String>> form = FormBody.of(body);
        csrf.checkSessionForm(request, FormBody.optional(form, CsrfTokens.FIELD));
        Account staff = staff(user);
        String formKey = FormBody.single(form, "formKey");
        if (!formKey.matches("[0-9a-f-]{36}")) {
            throw new chorus.system.TamperedFormException("form key is not one the keying page made");
        }
        int version;
        try {
            version = Integer.parseInt(FormBody.single(form, "version"));
        } catch (NumberFormatException e) {
            throw new chorus.system.TamperedFormException("version is not a number");
        }
        Optional<Keying> keying = keying(batchId, version, FormBody.single(form, "printed"), staff);
        if (keying.isEmpty()) {
            return notFoundAfterPost("/data-entry/batches/" + batchId);
        }
        Keying k = keying.get();
        String code = Optional.ofNullable(FormBody.optional(form, "code")).orElse("").strip();
        boolean next = NEXT.equals(FormBody.optional(form, THEN));
        Optional<Long> saved = store.formWithKey(formKey);
        if (saved.isPresent()) {
            return afterSaving(k, code, saved.get(), next);
        }
        FormErrors codeErrors = FormErrors.none();
        codeError(codeErrors, "code", code, k.survey(), k.language());
        KeyedAnswers.Outcome outcome = KeyedAnswers.check(k.survey(), form);
        if (!codeErrors.isEmpty() || !outcome.errors().isEmpty()) {
            return keyPage(request, user, HttpStatus.UNPROCESSABLE_ENTITY, k, formKey, code, raw(form), outcome.errors(), codeErrors,
                    null);
        }
        long id;
        try {
            id = store.saveNew(k.batch(), k.survey(), k.language().tag(), formKey, staff.id(), outcome.values());
        } catch (RuntimeException e) {
            // Two submits at once: the second insert hit the unique form key; the first one's form stands.
            id = store.formWithKey(formKey).orElseThrow(() -> e);
        }
        return afterSaving(k, code, id, next);
    }

    /** The field of the keying page's second button, and its value: save, then a blank form for the next slip. */
    static final String THEN = "then";
    static final String NEXT = "next";

    /**
     * To the saved form's review, or, for "Save and key the next form", to a blank keying page of the
     * same batch, version and language with the form code kept: a pile of slips from one event
     * shares all four, so the keyer types only answers. The saved form waits for review in the batch.
     */
    private static MutableHttpResponse<?> afterSaving(Keying keying, String code, long formId, boolean next) {
        if (!next) {
            return HttpResponse.seeOther(URI.create("/data-entry/forms/" + formId + "?saved=true"));
        }
        return HttpResponse.seeOther(URI.create("/data-entry/batches/" + keying.batch().id() + "/key?version="
                + keying.survey().version() + "&printed=" + encode(keying.language().tag()) + "&code=" + encode(code)
                + "&saved=" + formId));
    }

    // ---------------------------------------------------------------- review, correct, confirm

    @Get("/forms/{formId}")
    MutableHttpResponse<?> review(@PathVariable long formId, @Nullable @QueryValue String saved,
                                  @Nullable @QueryValue String corrected, @Nullable @QueryValue String confirmed,
                                  HttpRequest<?> request, Authentication user) {
        Optional<Reviewing> reviewing = reviewing(formId, staff(user));
        if (reviewing.isEmpty()) {
            return notFound.survey(request);
        }
        String notice = saved != null ? "dataentry.notice.saved" : confirmed != null ? "dataentry.notice.confirmed"
                : corrected != null ? "dataentry.notice.corrected" : null;
        return reviewPage(request, user, HttpStatus.OK, reviewing.get(), null, List.of(), notice);
    }

    @Post("/forms/{formId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> correct(@PathVariable long formId, @Body Map<String, Object> body, HttpRequest<?> request,
                                   Authentication user) {
        Map<String, List<String>> form = FormBody.of(body);
        csrf.checkSessionForm(request, FormBody.optional(form, CsrfTokens.FIELD));
        Account staff = staff(user);
        Optional<Reviewing> reviewing = reviewing(formId, staff);
        if (reviewing.isEmpty()) {
            return notFoundAfterPost("/data-entry/forms/" + formId);
        }
        Survey survey = reviewing.get().keying().survey();
        KeyedAnswers.Outcome outcome = KeyedAnswers.check(survey, form);
        if (!outcome.errors().isEmpty()) {
            return reviewPage(request, user, HttpStatus.UNPROCESSABLE_ENTITY, reviewing.get(), raw(form), outcome.errors(), null);
        }
        SurveyTexts english = translations.surveyTexts(survey, translations.source());
        store.correct(formId, survey, outcome.values(), staff.id(), (q, values) -> KeyedAnswers.describe(q, values, english));
        return HttpResponse.seeOther(URI.create("/data-entry/forms/" + formId + "?corrected=true"));
    }

    @Post("/forms/{formId}/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> confirm(@PathVariable long formId, @Body Map<String, Object> body, HttpRequest<?> request,
                                   Authentication user) {
        Map<String, List<String>> form = FormBody.of(body);
        csrf.checkSessionForm(request, FormBody.optional(form, CsrfTokens.FIELD));
        Account staff = staff(user);
        Optional<Reviewing> reviewing = reviewing(formId, staff);
        if (reviewing.isEmpty()) {
            return notFoundAfterPost("/data-entry/forms/" + formId);
        }
        store.confirm(formId, reviewing.get().keying().survey(), reviewing.get().keying().batch(), staff.id());
        return HttpResponse.seeOther(URI.create("/data-entry/forms/" + formId + "?confirmed=true"));
    }

    // ---------------------------------------------------------------- pages

    /** What a keying page is for: a batch, a survey version and the language the form was printed in. */
    record Keying(KeyedForms.Batch batch, Survey survey, Language language) {
    }

    record Reviewing(KeyedForms.KeyedForm form, Keying keying) {
    }

    private Optional<Keying> keying(long batchId, int version, String lang, Account staff) {
        Optional<KeyedForms.Batch> batch = store.batch(batchId).filter(b -> mayUse(staff, b));
        Optional<Survey> survey = batch.flatMap(b -> catalog.find(b.surveyId(), version)).filter(Survey::onPaper);
        Optional<Language> language = survey.flatMap(s -> offered(s, lang));
        return language.map(l -> new Keying(batch.get(), survey.get(), l));
    }

    private Optional<Reviewing> reviewing(long formId, Account staff) {
        return store.form(formId).flatMap(f -> keying(f.batchId(), f.version(), f.language(), staff)
                .map(k -> new Reviewing(f, k)));
    }

    private MutableHttpResponse<?> startPage(HttpRequest<?> request, Authentication user, HttpStatus status,
                                             Map<String, String> key, Map<String, String> batch, FormErrors errors) {
        String chosenForm = key.getOrDefault("form", "");
        List<VersionChoice> versions = catalog.latestOfEach().stream().filter(Survey::onPaper).flatMap(s -> catalog.versionsOf(s.id()).stream())
                .map(s -> new VersionChoice(s.id() + ":" + s.version(), title(s) + " (" + s.id() + ") v" + s.version(),
                        chosenForm.equals(s.id() + ":" + s.version()))).toList();
        String chosenLanguage = key.getOrDefault("language", "");
        List<Choice> formLanguages = translations.languages().stream().map(l -> new Choice(l.tag(), l.name(), l.tag(), l.dir(),
                l.tag().equals(chosenLanguage))).toList();
        String chosenSurvey = batch.getOrDefault("batch-survey", "");
        List<Choice> surveys = catalog.latestOfEach().stream().filter(Survey::onPaper).map(s -> new Choice(s.id(),
                title(s) + " (" + s.id() + ")", "en", "ltr", s.id().equals(chosenSurvey))).toList();
        return Views.render(status, "dataentry/start", pages.layout(request, user), new StartPage(versions, formLanguages, surveys, key,
                batch, errors.messages(pages.texts(request)), !errors.isEmpty()));
    }

    private MutableHttpResponse<?> keyPage(HttpRequest<?> request, Authentication user, HttpStatus status, Keying keying,
                                           String formKey, String code, Map<String, List<String>> values,
                                           List<FieldError> answerErrors, FormErrors codeErrors, String savedReview) {
        return Views.render(status, "dataentry/key", pages.layout(request, user), keyModel(request, keying, values, answerErrors, codeErrors),
                new KeyPart(savedReview, "/data-entry/batches/" + keying.batch().id() + "/key", formKey, code, false));
    }

    private MutableHttpResponse<?> reviewPage(HttpRequest<?> request, Authentication user, HttpStatus status, Reviewing reviewing,
                                              Map<String, List<String>> typed, List<FieldError> errors, String notice) {
        KeyedForms.KeyedForm form = reviewing.form();
        // What is stored, whatever a failed correction sent: the summary is what Confirm would count.
        Survey survey = reviewing.keying().survey();
        SurveyTexts english = translations.surveyTexts(survey, translations.source());
        Map<String, List<String>> stored = store.values(form.id());
        // The form shows what a refused correction typed, else what is stored (typed is null).
        Map<String, List<String>> values = typed == null ? stored : typed;
        Texts texts = pages.texts(request);
        Map<String, Integer> questionNumbers = PaperForm.numbers(survey);
        List<SummaryRow> summary = survey.questions().map(q -> new SummaryRow(
                texts.ui("dataentry.question_number", Map.of("number", String.valueOf(questionNumbers.get(q.id())))), english.label(q),
                KeyedAnswers.describe(q, stored, english))).toList();
        List<CorrectionRow> corrections = store.corrections(form.id()).stream().map(c -> new CorrectionRow(
                questionNumbers.getOrDefault(c.questionId(), 0), c.questionId(), c.oldValue(), c.newValue(), c.correctedBy(),
                c.correctedAt().toLocalDate().toString())).toList();
        return Views.render(status, "dataentry/key", pages.layout(request, user),
                keyModel(request, reviewing.keying(), values, errors, FormErrors.none()),
                new ReviewPart("/data-entry/forms/" + form.id(), "/data-entry/forms/" + form.id() + "/confirm", true, form,
                        form.keyedAt().toLocalDate().toString(), summary, notice, corrections));
    }

    private KeyingPart keyModel(HttpRequest<?> request, Keying keying, Map<String, List<String>> values, List<FieldError> errors,
                                FormErrors codeErrors) {
        Texts texts = pages.texts(request);
        Survey survey = keying.survey();
        KeyingViews.Keying views = KeyingViews.build(survey, translations.surveyTexts(survey, translations.source()),
                values, errors, texts);
        Map<String, chorus.i18n.Text> summary = new LinkedHashMap<>(codeErrors.messages(texts));
        summary.putAll(views.errors());
        return new KeyingPart(summary, !summary.isEmpty(), views.questions(), keying.batch(), title(survey), survey, keying.language(),
                PaperForm.formCode(survey, keying.language().tag(), false, null));
    }

    // ---------------------------------------------------------------- helpers

    /**
     * A form posted to a batch or keyed form the person may not use (or that does not exist) changes
     * nothing and sends them to its page, which answers 404: a 404 answered to the POST itself never
     * reached the client, as Micronaut then looks for a not-found error route to run with the body.
     */
    private static MutableHttpResponse<?> notFoundAfterPost(String page) {
        return HttpResponse.seeOther(URI.create(page));
    }

    private Account staff(Authentication user) {
        return store.staff(user.getName()).orElseThrow(() -> new IllegalStateException("signed in without an account"));
    }

    /** Administrators and data entry staff key any batch; an MVP lead only batches of their own MVP's events. */
    private static boolean mayUse(Account staff, KeyedForms.Batch batch) {
        if (staff.role() != Role.MVP_LEAD) {
            return true;
        }
        return batch.eventMvpId() != null && batch.eventMvpId().equals(staff.mvpId());
    }

    private boolean mayUseEvent(Account staff, long eventId) {
        if (staff.role() != Role.MVP_LEAD) {
            return true;
        }
        return store.event(eventId).map(e -> staff.mvpId() != null && staff.mvpId() == e.mvpId()).orElse(false);
    }

    private void codeError(FormErrors errors, String field, String typed, Survey survey, Language language) {
        if (typed == null || typed.isBlank()) {
            errors.add(field, "dataentry.error.code_missing");
        } else if (!PaperForm.codeMatches(typed, survey, language.tag())) {
            errors.add(field, "dataentry.error.code_wrong", Map.of("code", typed.strip(),
                    "expected", PaperForm.formCode(survey, language.tag(), false, null)));
        }
    }

    private Optional<Survey> surveyVersion(String value) {
        int colon = value == null ? -1 : value.lastIndexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        try {
            return catalog.find(value.substring(0, colon), Integer.parseInt(value.substring(colon + 1))).filter(Survey::onPaper);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Optional<Language> offered(Survey survey, String tag) {
        return translations.languagesOf(survey).stream().filter(l -> l.tag().equals(tag)).findFirst();
    }

    private String title(Survey survey) {
        return translations.surveyTexts(survey, translations.source()).title().value();
    }

    private String languageName(String tag) {
        return translations.language(tag).map(Language::name).orElse(tag);
    }

    /** The named fields as typed, stripped; missing ones empty. */
    private static Map<String, String> fields(Map<String, List<String>> form, String... names) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String name : names) {
            fields.put(name, Optional.ofNullable(FormBody.optional(form, name)).orElse("").strip());
        }
        return fields;
    }

    /** The answers as typed, to show again beside their errors (the page's own fields left out). */
    private static Map<String, List<String>> raw(Map<String, List<String>> form) {
        Map<String, List<String>> answers = new LinkedHashMap<>(form);
        List.of(CsrfTokens.FIELD, "formKey", "version", "printed", "code", THEN).forEach(answers::remove);
        return answers;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
