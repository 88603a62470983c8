package chorus.answer;

import chorus.i18n.SurveyTexts;
import chorus.i18n.Text;
import chorus.survey.Page;
import chorus.survey.Question;
import chorus.survey.QuestionType;
import chorus.survey.Survey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The check-your-answers page (the GOV.UK pattern): every page shown to this person, each question
 * with the answer as they gave it, in their language, and a link to change it.
 */
final class CheckAnswers {

    /**
     * One answer. {@code typed} marks words the person wrote themselves, which keep their own
     * direction rather than the page's.
     */
    record Row(String id, Text question, List<Text> answer, boolean typed, String changeHref) {
    }

    /** One survey page's answers under its title. */
    record Section(Text title, List<Row> rows) {
    }

    private CheckAnswers() {
    }

    /** @param changeHref the page to go back to for a change, coming back here afterwards */
    static List<Section> sections(Survey survey, Map<String, List<String>> answers, SurveyTexts texts,
                                  Function<Page, String> changeHref) {
        List<Section> sections = new ArrayList<>();
        for (Page page : Visibility.pages(survey, answers)) {
            List<Row> rows = new ArrayList<>();
            for (Question question : Visibility.questions(page, answers)) {
                List<String> given = answers.getOrDefault(question.id(), List.of());
                rows.add(new Row(question.id(), texts.label(question), answer(question, given, answers, texts), typed(question),
                        changeHref.apply(page) + "#" + PageViews.screenInputId(question)));
            }
            sections.add(new Section(texts.pageTitle(page), List.copyOf(rows)));
        }
        return List.copyOf(sections);
    }

    private static boolean typed(Question question) {
        return switch (question.type()) {
            case SHORT_TEXT, LONG_TEXT, NUMBER, POSTCODE_DISTRICT -> true;
            default -> false;
        };
    }

    private static List<Text> answer(Question question, List<String> given, Map<String, List<String>> answers, SurveyTexts texts) {
        List<Text> words = new ArrayList<>();
        if (typed(question)) {
            given.forEach(v -> words.add(Text.of(v)));
        } else {
            given.forEach(v -> words.add(texts.option(question, v)));
        }
        if (question.type() == QuestionType.ETHNICITY) {
            answers.getOrDefault(PageInput.selfDescriptionField(question), List.of()).stream().filter(v -> !v.isBlank())
                    .forEach(v -> words.add(Text.of(v)));
        }
        if (words.isEmpty()) {
            words.add(texts.ui().ui("survey.check.not_answered"));
        }
        return List.copyOf(words);
    }
}
