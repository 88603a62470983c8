package chorus.representation;

import chorus.results.Breakdown;
import chorus.results.Respondents;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** The statements the representation report runs, for the benchmark to time on their own. */
public final class BareSql {

    private BareSql() {
    }

    /** The events of the whole LMNS between two dates, bound as (from, to); the first column is the id. */
    public static String events() {
        return "SELECT e.id, e.kind, e.attendance FROM listening_event e WHERE e.held_on BETWEEN ? AND ?";
    }

    /**
     * The counts over those events, each bound to the values given first and then the event ids in
     * order (at most 1,000 a statement): the kept respondents by ethnic code and by district, and the
     * first languages from the answers.
     */
    public static List<Map.Entry<String, List<Object>>> statements(int events) {
        String ids = String.join(", ", Collections.nCopies(events, "?"));
        return List.of(Map.entry(Respondents.atEventsStatement(events), List.of(HeardQueries.ABOUT_YOU, Breakdown.ETHNICITY.name())),
                Map.entry(Respondents.atEventsStatement(events), List.of(HeardQueries.ABOUT_YOU, Breakdown.DEPRIVATION.name())),
                Map.entry(HeardQueries.FIRST_LANGUAGES.replace(HeardQueries.EVENTS, ids), List.of()),
                Map.entry(HeardQueries.RESPONDENTS.replace(HeardQueries.EVENTS, ids), List.of()));
    }

    /** Who answered the other surveys between two days, by channel and ethnic code, bound as (breakdown, survey left out, from, to). */
    public static String respondents() {
        return Respondents.sentStatement();
    }

    /** The values {@link #respondents} is bound with before its dates. */
    public static List<Object> respondentsValues() {
        return List.of(Breakdown.ETHNICITY.name(), HeardQueries.ABOUT_YOU);
    }

    /** The event tallies between two dates, bound as (from, to). */
    public static String tallies() {
        return "SELECT t.event_id, t.ethnic_category, t.people FROM event_tally t JOIN listening_event e ON e.id = t.event_id"
                + " WHERE e.held_on BETWEEN ? AND ?";
    }
}
