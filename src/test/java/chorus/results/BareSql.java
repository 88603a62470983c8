package chorus.results;

import chorus.survey.Survey;
import java.time.LocalDate;
import java.util.List;

/**
 * The statements the survey results report runs for one survey by ethnic group, for the benchmark to
 * time on their own. Bound as (ethnicity question, survey, from, to, questions…).
 */
public final class BareSql {

    private BareSql() {
    }

    /** The questions the report counts for the survey read by its results.yml, and those that take several answers. */
    public static List<List<String>> questions(Survey survey, String resultsYml) {
        List<String> problems = new java.util.ArrayList<>();
        Reading reading = Reading.parse(resultsYml, "results.yml", survey, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.toString());
        }
        List<String> ids = Measures.of(survey, reading).stream().map(Measure::questionId).distinct().toList();
        List<String> several = survey.pages().stream().flatMap(p -> p.questions().stream())
                .filter(q -> ids.contains(q.id()) && q.type() == chorus.survey.QuestionType.MULTIPLE_CHOICE)
                .map(chorus.survey.Question::id).toList();
        return List.of(ids, several);
    }

    public static List<String> statements(String surveyId, LocalDate from, LocalDate to, List<String> questions,
                                          List<String> several) {
        ResultQueries.Scope scope = new ResultQueries.Scope(surveyId, from, to, null);
        ResultQueries.Grouping grouping = ResultQueries.Grouping.answer("ethnicity", v -> v);
        return List.of(ResultQueries.chosen(scope, questions, grouping), ResultQueries.answered(scope, several, grouping));
    }
}
