package chorus.dataentry;

import chorus.answer.FieldError;
import chorus.answer.PageInput;
import chorus.answer.PageViews;
import chorus.answer.PageViews.OptionView;
import chorus.answer.PageViews.QuestionView;
import chorus.i18n.SurveyTexts;
import chorus.i18n.Text;
import chorus.i18n.Texts;
import chorus.paper.PaperForm;
import chorus.survey.Question;
import chorus.survey.QuestionType;
import chorus.survey.Survey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The keying page's questions: the survey's English wording with the paper form's question numbers,
 * every question whatever its show_if, each with its "not answered" (and, for one-box questions,
 * "more than one ticked") choice, values and errors in place.
 */
final class KeyingViews {

    /**
     * kind: radio (one answer), checkbox (any answers), text (one line) or long (several lines);
     * section: the paper form's heading above this question, for the first question of each page.
     */
    public record KeyQuestion(int number, Text numberLabel, String id, String kind, Text label, Text hint, List<OptionView> options,
                              String value, boolean selfDescribed, String selfName, String selfId, String selfValue, boolean notAnswered,
                              boolean offersMultiple, boolean multiple, Text error, Text selfError, String describedBy,
                              String firstInputId, Text section) {

        public String notAnsweredId() {
            return id + "-not-answered";
        }

        public String multipleId() {
            return id + "-multiple";
        }

        public String notAnsweredValue() {
            return AnswerMark.NOT_ANSWERED.formValue();
        }

        public String multipleValue() {
            return AnswerMark.MULTIPLE.formValue();
        }
    }

    /** The page's questions and its error summary: input id to message. */
    record Keying(List<KeyQuestion> questions, Map<String, Text> errors) {
    }

    private KeyingViews() {
    }

    static Keying build(Survey survey, SurveyTexts english, Map<String, List<String>> values, List<FieldError> errors, Texts staff) {
        Map<String, Integer> numbers = PaperForm.numbers(survey);
        List<Question> questions = survey.questions().toList();
        // The paper form's section headings, so the keyer can find their place on the sheet.
        Map<String, Text> sections = new java.util.HashMap<>();
        survey.pages().stream().filter(p -> !p.questions().isEmpty())
                .forEach(p -> sections.put(p.questions().get(0).id(), english.pageTitle(p)));
        // Marks are shown as their own choices; what else was sent (an answer beside a mark, when
        // that is the error) stays in the answer's inputs.
        Map<String, List<String>> shown = new LinkedHashMap<>(values);
        questions.forEach(q -> shown.put(q.id(), values.getOrDefault(q.id(), List.of()).stream()
                .filter(v -> AnswerMark.ofFormValue(v).isEmpty()).toList()));
        List<QuestionView> views = PageViews.questions(questions, english, shown, List.of());
        Map<String, Text> messages = new LinkedHashMap<>();
        errors.forEach(e -> messages.putIfAbsent(e.questionId(), staff.ui(e.messageKey(), e.args())));
        List<KeyQuestion> keyed = new ArrayList<>();
        Map<String, Text> summary = new LinkedHashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            QuestionView view = views.get(i);
            int number = numbers.get(q.id());
            List<String> sent = values.getOrDefault(q.id(), List.of());
            Text error = messages.get(q.id());
            String selfName = PageInput.selfDescriptionField(q);
            Text selfError = messages.get(selfName);
            String selfId = selfName.replace('.', '-');
            String describedBy = String.join(" ", Stream.of(view.hint() == null ? null : q.id() + "-hint",
                    error == null ? null : q.id() + "-error").filter(Objects::nonNull).toList());
            KeyQuestion k = new KeyQuestion(number, staff.ui("dataentry.question_number", Map.of("number", String.valueOf(number))), q.id(),
                    kind(q), view.label(), view.hint(), view.options(), view.value(), q.type() == QuestionType.ETHNICITY,
                    selfName, selfId, view.selfValue(), sent.contains(AnswerMark.NOT_ANSWERED.formValue()),
                    KeyedAnswers.offersMultiple(q), sent.contains(AnswerMark.MULTIPLE.formValue()), error, selfError, describedBy.isEmpty() ? null : describedBy,
                    view.options().isEmpty() ? q.id() : view.options().get(0).inputId(), sections.get(q.id()));
            keyed.add(k);
            if (error != null) {
                summary.put(k.firstInputId(), staff.ui("dataentry.error.in_question", Map.of("number", number, "message", error.value())));
            }
            if (selfError != null) {
                summary.put(selfId, staff.ui("dataentry.error.in_question", Map.of("number", number, "message", selfError.value())));
            }
        }
        return new Keying(keyed, summary);
    }

    private static String kind(Question q) {
        if (q.type().isMultiple()) {
            return "checkbox";
        }
        if (q.type().isChoice()) {
            return "radio";
        }
        return q.type() == QuestionType.LONG_TEXT ? "long" : "text";
    }
}
