package chorus.representation;

import java.util.Collections;
import java.util.List;

/** The statements the representation report runs, for the benchmark to time on their own. */
public final class BareSql {

    private BareSql() {
    }

    /** The events of the whole LMNS between two dates, bound as (from, to); the first column is the id. */
    public static String events() {
        return "SELECT e.id, e.kind, e.attendance FROM listening_event e WHERE e.held_on BETWEEN ? AND ?";
    }

    /** The counts over those events, each bound to the event ids in order (at most 1,000 a statement). */
    public static List<String> statements(int events) {
        String ids = String.join(", ", Collections.nCopies(events, "?"));
        return List.of(HeardQueries.aboutYou("r.event_id", "ethnicity", HeardQueries.OPTION).replace(HeardQueries.EVENTS, ids),
                HeardQueries.aboutYou("0", "postcode_district", HeardQueries.EITHER).replace(HeardQueries.EVENTS, ids),
                HeardQueries.aboutYou("0", "first_language", HeardQueries.EITHER).replace(HeardQueries.EVENTS, ids));
    }

    /** The event tallies between two dates, bound as (from, to). */
    public static String tallies() {
        return "SELECT t.event_id, t.ethnic_category, t.people FROM event_tally t JOIN listening_event e ON e.id = t.event_id"
                + " WHERE e.held_on BETWEEN ? AND ?";
    }
}
