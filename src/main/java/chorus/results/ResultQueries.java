package chorus.results;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Collection;
import java.util.function.Function;

/**
 * A survey's answers counted by the groups of one breakdown, read from the tallies Chorus keeps as
 * responses arrive (see V27) after counting any still waiting, so a report reads a few hundred
 * thousand counts whatever the number of responses and always includes the latest.
 */
@Singleton
class ResultQueries {

    /** Whose responses: a survey, submitted in a period (both days included), at one MVP's events or anywhere. */
    record Scope(String surveyId, LocalDate from, LocalDate to, Long mvpId) {
    }

    /** What divides respondents, and how a stored group (null when there is none) becomes the breakdown's row. */
    record Grouping(Breakdown breakdown, Function<String, String> rowOf) {
    }

    private final ResultTallies tallies;
    private final ResultTallyStore store;

    ResultQueries(ResultTallies tallies, ResultTallyStore store) {
        this.tallies = tallies;
        this.store = store;
    }

    /** Who chose each option of each question by row; for questions that take several answers, also who answered. */
    Tallies tallies(Scope scope, Collection<String> questions, Grouping grouping) {
        tallies.countWaiting();
        return store.read(scope, questions, grouping.breakdown(), grouping.rowOf());
    }
}
