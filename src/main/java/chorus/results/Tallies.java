package chorus.results;

import chorus.disclosure.Count;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The answers of a survey's respondents in a period, counted in SQL with their record keys, by the
 * rows of one breakdown: who chose each option of each question, and (for questions that take
 * several answers) who answered at all.
 */
final class Tallies {

    /** question -> option -> row -> people who chose it. */
    private final Map<String, Map<String, Map<String, Count>>> chosen = new HashMap<>();
    /** question -> row -> people who answered it, for questions with several answers each. */
    private final Map<String, Map<String, Count>> answered = new HashMap<>();

    void addChosen(String question, String option, String row, Count people) {
        chosen.computeIfAbsent(question, q -> new HashMap<>()).computeIfAbsent(option, o -> new HashMap<>())
                .merge(row, people, Count::plus);
    }

    void addAnswered(String question, String row, Count people) {
        answered.computeIfAbsent(question, q -> new HashMap<>()).merge(row, people, Count::plus);
    }

    /** The people of a row who gave one of these answers; each gives one answer to the question. */
    Count chose(String question, Set<String> options, String row) {
        Count people = Count.NONE;
        for (var option : chosen.getOrDefault(question, Map.of()).entrySet()) {
            if (options.contains(option.getKey())) {
                people = people.plus(option.getValue().getOrDefault(row, Count.NONE));
            }
        }
        return people;
    }

    /** The people of a row who answered, less those whose only answer is excluded. */
    Count answered(Measure measure, boolean severalAnswers, String row) {
        if (severalAnswers) {
            return answered.getOrDefault(measure.questionId(), Map.of()).getOrDefault(row, Count.NONE);
        }
        Count people = Count.NONE;
        for (var option : chosen.getOrDefault(measure.questionId(), Map.of()).entrySet()) {
            if (!measure.excluded().contains(option.getKey())) {
                people = people.plus(option.getValue().getOrDefault(row, Count.NONE));
            }
        }
        return people;
    }
}
