package chorus.dataentry;

import chorus.answer.AnsweringService;
import chorus.answer.FieldError;
import chorus.answer.PageInput;
import chorus.answer.ResponseStore.AnswerRow;
import chorus.system.TamperedFormException;
import chorus.i18n.SurveyTexts;
import chorus.survey.Question;
import chorus.survey.QuestionType;
import chorus.survey.Survey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a keyed paper form and turns it into what is stored. Every question of the survey is keyed,
 * whatever its show_if, since a paper respondent may answer anything; each must have its answer or a
 * mark ({@link AnswerMark}) so a question skipped by the keyer is not stored as "not answered".
 * Answers are checked as the online survey checks them ({@link PageInput}), except that none is required.
 */
final class KeyedAnswers {

    record Outcome(Map<String, List<String>> values, List<FieldError> errors) {
    }

    /** One keyed question ready to store: answer rows, or a mark, or (for a question never asked) neither. */
    record Stored(List<AnswerRow> rows, Map<String, AnswerMark> marks) {
    }

    private KeyedAnswers() {
    }

    /** Whether the keying page offers "more than one box ticked": only where one box was asked for. */
    static boolean offersMultiple(Question question) {
        return question.type().isChoice() && !question.type().isMultiple() && question.optionValues().size() > 1;
    }

    static Outcome check(Survey survey, Map<String, List<String>> form) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        survey.questions().forEach(q -> check(q, form, values, errors));
        return new Outcome(values, errors);
    }

    private static void check(Question question, Map<String, List<String>> form, Map<String, List<String>> values,
                              List<FieldError> errors) {
        String self = PageInput.selfDescriptionField(question);
        List<String> sent = form.getOrDefault(question.id(), List.of());
        List<AnswerMark> marks = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        for (String value : sent) {
            Optional<AnswerMark> mark = AnswerMark.ofFormValue(value);
            if (mark.isPresent()) {
                marks.add(mark.get());
            } else {
                answers.add(value);
            }
        }
        if (marks.size() > 1 || marks.contains(AnswerMark.MULTIPLE) && !offersMultiple(question)) {
            throw new TamperedFormException("marks the keying page cannot send for " + question.id());
        }
        List<String> selfSent = question.type() == QuestionType.ETHNICITY ? form.getOrDefault(self, List.of()) : List.of();
        boolean answered = answers.stream().anyMatch(v -> !v.isBlank()) || selfSent.stream().anyMatch(v -> !v.isBlank());
        if (!marks.isEmpty() && answered) {
            keep(values, question.id(), answers);
            keep(values, self, selfSent);
            errors.add(new FieldError(question.id(), "dataentry.error.answer_and_mark", Map.of()));
            return;
        }
        if (!marks.isEmpty()) {
            values.put(question.id(), List.of(marks.get(0).formValue()));
            return;
        }
        if (!answered) {
            errors.add(new FieldError(question.id(), "dataentry.error.nothing_keyed", Map.of()));
            return;
        }
        Map<String, List<String>> one = new LinkedHashMap<>();
        one.put(question.id(), answers);
        if (question.type() == QuestionType.ETHNICITY) {
            one.put(self, selfSent);
        }
        PageInput.Outcome outcome = PageInput.check(List.of(optional(question)), one);
        values.putAll(outcome.values());
        outcome.errors().forEach(e -> errors.add(new FieldError(e.questionId(),
                TO_THE_KEYER.getOrDefault(e.messageKey(), e.messageKey()), e.args())));
    }

    /**
     * The online messages that speak to the person answering ("your postcode"), said instead to the
     * keyer, who is copying someone else's form and may mark an answer that cannot be keyed.
     */
    private static final Map<String, String> TO_THE_KEYER = Map.of(
            "error.postcode_full", "dataentry.error.postcode_full",
            "error.postcode_district_invalid", "dataentry.error.postcode_invalid");

    private static void keep(Map<String, List<String>> values, String field, List<String> sent) {
        List<String> kept = sent.stream().filter(v -> !v.isBlank()).toList();
        if (!kept.isEmpty()) {
            values.put(field, kept);
        }
    }

    /** Paper respondents may leave anything out: the keyer records that with a mark instead. */
    private static Question optional(Question q) {
        return new Question(q.id(), q.type(), q.label(), q.hint(), false, q.options(), q.maxLength(), q.min(), q.max(),
                q.showIf(), q.line());
    }

    static AnswerMark mark(Question question, Map<String, List<String>> values) {
        List<String> given = values.getOrDefault(question.id(), List.of());
        return given.size() == 1 ? AnswerMark.ofFormValue(given.get(0)).orElse(null) : null;
    }

    /** What a question's keyed values become: rows as an online answer would be stored, or its mark. */
    static Stored stored(Question question, Map<String, List<String>> values) {
        AnswerMark mark = mark(question, values);
        if (mark != null) {
            return new Stored(List.of(), Map.of(question.id(), mark));
        }
        return new Stored(AnsweringService.rows(question, values.getOrDefault(question.id(), List.of()), values), Map.of());
    }

    /** The questions whose keyed values differ, a self-description counting as part of its question. */
    static List<Question> changed(Survey survey, Map<String, List<String>> before, Map<String, List<String>> after) {
        return survey.questions().filter(q -> !Objects.equals(field(before, q.id()), field(after, q.id()))
                || !Objects.equals(field(before, PageInput.selfDescriptionField(q)), field(after, PageInput.selfDescriptionField(q))))
                .toList();
    }

    private static List<String> field(Map<String, List<String>> values, String name) {
        return values.getOrDefault(name, List.of());
    }

    /** A question's keyed answer in English words, for the record of corrections. */
    static String describe(Question question, Map<String, List<String>> values, SurveyTexts english) {
        AnswerMark mark = mark(question, values);
        if (mark != null) {
            return mark.words();
        }
        List<String> words = new ArrayList<>();
        for (String value : values.getOrDefault(question.id(), List.of())) {
            words.add(question.type().isChoice() ? english.option(question, value).value() : value);
        }
        values.getOrDefault(PageInput.selfDescriptionField(question), List.of()).forEach(words::add);
        return words.isEmpty() ? "" : String.join("; ", words);
    }
}
