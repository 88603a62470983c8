package chorus.results;

import chorus.survey.Survey;
import java.util.List;

/**
 * The statement the survey results report runs for one survey by ethnic group, for the benchmark to
 * time on its own.
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

    /** The statement reading the kept tallies, bound as (survey, breakdown, from, to, questions…). */
    public static String statement(int questions) {
        return ResultTallyStore.readStatement(false, questions);
    }

    /** How the statement names the ethnic group breakdown. */
    public static final String ETHNICITY = Breakdown.ETHNICITY.name();
}
