package chorus.results;

import chorus.disclosure.Count;
import chorus.disclosure.RecordKeys;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Who answered the service-user surveys, from the counts kept as responses arrive (see V27), for the
 * representation report: each respondent once, with their record keys, never their answers.
 */
@Singleton
public class Respondents {

    /**
     * Respondents with one raw group: at an event (0 for none), by channel (null when not asked for),
     * with the stored value (an ethnicity code, a postcode district; null for none). {@code number} is
     * the plain count, for sums that are never published as they are (attendance less those asked).
     */
    public record Group(long eventId, String channel, String value, int number, Count people) {
    }

    private final ResultTallies tallies;
    private final ResultTallyStore store;

    Respondents(ResultTallies tallies, ResultTallyStore store) {
        this.tallies = tallies;
        this.store = store;
    }

    /** The respondents of one survey at the listed events, by event and their group in one breakdown. */
    public List<Group> atEvents(String surveyId, Breakdown breakdown, Collection<Long> eventIds) {
        tallies.countWaiting();
        return store.atEvents(surveyId, breakdown, List.copyOf(eventIds)).stream().map(Respondents::group).toList();
    }

    /** Who answered every service-user survey but {@code exceptSurvey} between two days, by channel and ethnic code. */
    public List<Group> sent(LocalDate from, LocalDate to, Long mvpId, String exceptSurvey) {
        tallies.countWaiting();
        return store.sent(from, to, mvpId, exceptSurvey).stream().map(Respondents::group).toList();
    }

    /** The statements, for the benchmark to time on their own; see {@link ResultTallyStore}. */
    public static String atEventsStatement(int events) {
        return ResultTallyStore.atEventsStatement(events);
    }

    public static String sentStatement() {
        return ResultTallyStore.sentStatement(false);
    }

    private static Group group(ResultTallyStore.RespondentCount count) {
        Count people = RecordKeys.counted(count.people(), count.keySum());
        return new Group(count.eventId(), count.channel(), count.group().isEmpty() ? null : count.group(), (int) count.people(),
                people);
    }
}
