package chorus.representation;

import java.util.List;

/** The statements the representation report runs, for the benchmark to time on their own. */
public final class BareSql {

    private BareSql() {
    }

    /** For the whole LMNS between two dates, bound as (from, to) each. */
    public static List<String> statements() {
        String where = " e.held_on BETWEEN ? AND ?";
        return List.of("SELECT e.id, e.kind, e.attendance FROM listening_event e WHERE" + where,
                HeardQueries.aboutYou("r.event_id", "ethnicity", HeardQueries.OPTION, where),
                HeardQueries.aboutYou("0", "postcode_district", HeardQueries.EITHER, where),
                HeardQueries.aboutYou("0", "first_language", HeardQueries.EITHER, where),
                "SELECT t.event_id, t.ethnic_category, t.people FROM event_tally t JOIN listening_event e ON e.id = t.event_id"
                        + " WHERE" + where);
    }
}
