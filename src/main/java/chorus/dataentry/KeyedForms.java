package chorus.dataentry;

import chorus.account.Account;
import chorus.account.AccountService;
import chorus.answer.Channel;
import chorus.answer.ResponseStore;
import chorus.answer.ResponseStore.AnswerRow;
import chorus.survey.Question;
import chorus.survey.Survey;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/** Batches of paper forms, keyed forms with their values and corrections, and their final responses. */
@Singleton
class KeyedForms {

    static final String PENDING = "PENDING";
    static final String FINAL = "FINAL";

    /** eventMvpId: the MVP of the batch's event, which decides which MVP lead may use the batch. */
    @Introspected
    record Batch(long id, String reference, String surveyId, @Nullable Long eventId, @Nullable String eventReference,
                 @Nullable Long eventMvpId, @Nullable String note, LocalDate createdOn) {
    }

    /** A keyed form as the pages show it: {@code keyedBy} is the keyer's username. */
    @Introspected
    record KeyedForm(long id, long batchId, String surveyId, int version, String language, String formKey, String status,
                     String keyedBy, LocalDateTime keyedAt, @Nullable Long responseId, long corrections) {

        public boolean pending() {
            return PENDING.equals(status);
        }
    }

    @Introspected
    record Correction(String questionId, String oldValue, String newValue, String correctedBy, LocalDateTime correctedAt) {
    }

    private final PaperBatchRepository batches;
    private final KeyedFormRepository forms;
    private final KeyedValueRepository values;
    private final KeyedCorrectionRepository corrections;
    private final AnswerMarkRepository marks;
    private final AccountService accounts;
    private final ResponseStore responses;
    private final Clock clock;

    KeyedForms(PaperBatchRepository batches, KeyedFormRepository forms, KeyedValueRepository values,
                   KeyedCorrectionRepository corrections, AnswerMarkRepository marks, AccountService accounts,
                   ResponseStore responses, Clock clock) {
        this.batches = batches;
        this.forms = forms;
        this.values = values;
        this.corrections = corrections;
        this.marks = marks;
        this.accounts = accounts;
        this.responses = responses;
        this.clock = clock;
    }

    /** Staff times are kept to the second: MariaDB's connector drops fractions silently. */
    LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    /** Who is keying: an MVP lead may only key for events of their own MVP. */
    public Optional<Account> staff(String username) {
        return accounts.find(username);
    }

    @Transactional
    public Optional<PaperBatchRepository.Event> event(long id) {
        return batches.findEvent(id);
    }

    @Transactional
    public Optional<Batch> batch(long id) {
        return batches.findBatch(id);
    }

    @Transactional
    public Optional<Batch> batch(String reference) {
        return batches.findBatchByReference(reference);
    }

    @Transactional
    public long createBatch(String reference, String surveyId, Long eventId, String note, long staffId) {
        return batches.save(new PaperBatch(null, reference, surveyId, eventId, note, staffId, now().toLocalDate())).id();
    }

    @Transactional
    public List<KeyedForm> forms(long batchId) {
        return forms.forms(batchId);
    }

    @Transactional
    public Optional<KeyedForm> form(long id) {
        return forms.form(id);
    }

    @Transactional
    public Optional<Long> formWithKey(String formKey) {
        return forms.findByFormKey(formKey).map(KeyedFormRow::id);
    }

    /** Saves a newly keyed form as pending. A second save of the same keying page stores nothing more. */
    @Transactional
    public long saveNew(Batch batch, Survey survey, String language, String formKey, long staffId,
                        Map<String, List<String>> values) {
        Optional<Long> existing = formWithKey(formKey);
        if (existing.isPresent()) {
            return existing.get();
        }
        long id = forms.save(new KeyedFormRow(null, batch.id(), survey.id(), survey.version(), language, formKey, PENDING, staffId,
                now(), null, null, null)).id();
        writeValues(id, values);
        return id;
    }

    @Transactional
    public Map<String, List<String>> values(long formId) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        values.findByKeyedFormIdOrderById(formId)
                .forEach(v -> found.computeIfAbsent(v.fieldName(), k -> new ArrayList<>()).add(v.fieldValue()));
        return found;
    }

    @Transactional
    public List<Correction> corrections(long formId) {
        return corrections.corrections(formId);
    }

    /**
     * Records a correction of each changed question and keeps the new values. A confirmed form's
     * response is corrected in place, question by question: the response row stays the same one.
     * describe gives a question's answer in words for the record. Returns how many questions changed.
     */
    @Transactional
    public int correct(long formId, Survey survey, Map<String, List<String>> after, long staffId,
                       BiFunction<Question, Map<String, List<String>>, String> describe) {
        Long responseId = lock(formId).responseId();
        Map<String, List<String>> before = values(formId);
        List<Question> changed = KeyedAnswers.changed(survey, before, after);
        LocalDateTime now = now();
        for (Question question : changed) {
            corrections.save(new KeyedCorrection(null, formId, question.id(), describe.apply(question, before),
                    describe.apply(question, after), staffId, now));
            if (responseId != null) {
                KeyedAnswers.Stored stored = KeyedAnswers.stored(question, after);
                responses.replaceAnswers(responseId, question.id(), stored.rows());
                marks.deleteById(new AnswerMarkRow.Key(responseId, question.id()));
                saveMarks(responseId, stored.marks());
            }
        }
        if (!changed.isEmpty()) {
            values.deleteByKeyedFormId(formId);
            writeValues(formId, after);
        }
        return changed.size();
    }

    /**
     * Makes a pending form a response with channel PAPER, dated the day it was keyed. Under a lock on
     * the form, so a second confirmation (a double click, a retry) finds it final and stores nothing;
     * the form key as the response's unique submission key is the second line of defence.
     */
    @Transactional
    public void confirm(long formId, Survey survey, Batch batch, long staffId) {
        KeyedFormRow form = lock(formId);
        if (form.responseId() != null) {
            return;
        }
        Map<String, List<String>> keyed = values(formId);
        List<AnswerRow> rows = new ArrayList<>();
        Map<String, AnswerMark> found = new LinkedHashMap<>();
        survey.questions().forEach(q -> {
            KeyedAnswers.Stored stored = KeyedAnswers.stored(q, keyed);
            rows.addAll(stored.rows());
            found.putAll(stored.marks());
        });
        long responseId = responses.insert(new ResponseStore.NewResponse(survey.id(), survey.version(), form.language(),
                Channel.PAPER, batch.eventId(), form.keyedAt().toLocalDate(), form.formKey(), rows));
        saveMarks(responseId, found);
        forms.update(formId, FINAL, responseId, staffId, now());
    }

    private KeyedFormRow lock(long formId) {
        return forms.lock(formId).orElseThrow(() -> new IllegalArgumentException("no keyed form " + formId));
    }

    private void saveMarks(long responseId, Map<String, AnswerMark> found) {
        marks.saveAll(found.entrySet().stream()
                .map(m -> new AnswerMarkRow(new AnswerMarkRow.Key(responseId, m.getKey()), m.getValue())).toList());
    }

    private void writeValues(long formId, Map<String, List<String>> typed) {
        List<KeyedValue> rows = new ArrayList<>();
        typed.forEach((field, all) -> all.forEach(value -> rows.add(new KeyedValue(null, formId, field, value))));
        values.saveAll(rows);
    }
}
