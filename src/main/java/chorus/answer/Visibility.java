package chorus.answer;

import chorus.survey.Condition;
import chorus.survey.Page;
import chorus.survey.Question;
import chorus.survey.Survey;
import java.util.List;
import java.util.Map;

/** Which pages and questions apply, given the answers so far. */
final class Visibility {

    private Visibility() {
    }

    static boolean shows(Condition condition, Map<String, List<String>> answers) {
        return condition == null || condition.isMetBy(answers.getOrDefault(condition.questionId(), List.of()));
    }

    static boolean shows(Page page, Map<String, List<String>> answers) {
        return shows(page.showIf(), answers);
    }

    static List<Question> questions(Page page, Map<String, List<String>> answers) {
        return page.questions().stream().filter(q -> shows(q.showIf(), answers)).toList();
    }

    static List<Page> pages(Survey survey, Map<String, List<String>> answers) {
        return survey.pages().stream().filter(p -> shows(p, answers)).toList();
    }
}
