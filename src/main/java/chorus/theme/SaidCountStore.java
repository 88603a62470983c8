package chorus.theme;

import chorus.answer.ResponseWatch;
import chorus.system.Sql;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The kept counts of what service users said (see V28). Hand SQL: they are report aggregates,
 * written in bulk and under a row lock.
 *
 * <p>Whoever changes what a person counts for (a coder's save, a corrected paper form) first takes
 * their counts back, while their items and answers are still the old ones, and lists them in
 * said_pending; counting later adds them again as they are then. Changing, counting and recounting
 * all lock the one said_count_sync row first, so a person is never counted from a state that is
 * about to change under them, and two instances never count one person twice. A codebook change
 * holds every theme's lock and then this one; a save holds its themes' locks and then this one;
 * counting takes only this one; so none of them waits for a lock held by one waiting for its own.
 *
 * <p>Counting the people claimed, taking one person back, recounting the themes a codebook change
 * moved and recounting everything all read rows the same way and add them up in {@link SaidTally},
 * so the four can never disagree on what a person adds.
 */
@Singleton
class SaidCountStore implements ResponseWatch {

    /** People counted per transaction: small enough that a coder's save never waits long for the lock. */
    static final int BATCH = 500;

    /** What a kept count counts: people in all, by a column of their items or an answer, or items by sentiment. */
    enum Breakdown {
        PEOPLE, LANGUAGE, CHANNEL, ETHNICITY, DISTRICT, ITEMS
    }

    /** Whose rows a statement counts. */
    private enum Which {
        /** The people this transaction claimed in said_pending. */
        CLAIMED,
        /** One person. */
        ONE,
        /** Everyone, after every count was deleted. */
        ALL,
        /** Everyone not waiting to be counted, for some themes only. */
        THEMES
    }

    /** The service users' rows of said_theme the counts are made from. */
    private static final String SERVICE_USERS = "x.source IN ('SURVEY', 'EVENT') AND x.said_on IS NOT NULL";

    private final JdbcOperations jdbc;
    private final SaidQuestions questions;

    SaidCountStore(JdbcOperations jdbc, SaidQuestions questions) {
        this.jdbc = jdbc;
        this.questions = questions;
    }

    /** A response new to Chorus has nothing coded yet, so nothing to count. */
    @Override
    public void stored(long responseId) {
    }

    /** A corrected paper form can move its person to another ethnic group or district. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void correcting(long responseId) {
        changing(Long.toString(responseId));
    }

    /**
     * Before a person's items or answers change: takes back what they add to the counts and lists them
     * to be counted again. A person already listed needs nothing: their counts are already back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void changing(String person) {
        lock();
        if (Sql.exists(jdbc, "SELECT 1 FROM said_pending WHERE person = ?", person)) {
            return;
        }
        // Counts made with other questions are about to be made again from scratch.
        if (current()) {
            add(contributions(Which.ONE, person, List.of()), -1);
        }
        Sql.update(jdbc, "DELETE FROM said_mixed WHERE person = ?", person);
        Sql.update(jdbc, "INSERT INTO said_pending (person) VALUES (?)", person);
    }

    /** Counts up to {@link #BATCH} people waiting to be counted; returns how many. Run in a transaction of its own. */
    @Transactional(Transactional.TxType.MANDATORY)
    int countWaiting() {
        List<String> waiting = Sql.list(jdbc, "SELECT person FROM said_pending WHERE claimed = FALSE ORDER BY person LIMIT " + BATCH,
                row -> row.getString(1));
        if (waiting.isEmpty()) {
            return 0;
        }
        lock();
        // Another instance's plan: it recounts everything, or this one does on its first look.
        if (!current()) {
            return 0;
        }
        int claimed = Sql.update(jdbc, "UPDATE said_pending SET claimed = TRUE WHERE claimed = FALSE AND person <= ?",
                waiting.get(waiting.size() - 1));
        if (claimed == 0) {
            return 0;
        }
        Sql.update(jdbc, "INSERT INTO said_mixed (person) " + mixed(Which.CLAIMED));
        add(contributions(Which.CLAIMED, null, List.of()), 1);
        Sql.update(jdbc, "DELETE FROM said_pending WHERE claimed = TRUE");
        return claimed;
    }

    /** Whether people wait to be counted. */
    @Transactional
    boolean anyWaiting() {
        return Sql.exists(jdbc, "SELECT 1 FROM said_pending WHERE claimed = FALSE");
    }

    /**
     * Counts everyone again from their items and answers, in bulk, unless the counts were made with
     * today's questions: the first time Chorus runs with kept counts, and after new survey files
     * changed the ethnicity or district questions. Returns whether it did.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean recountIfChanged() {
        lock();
        if (current()) {
            return false;
        }
        Sql.update(jdbc, "DELETE FROM said_count");
        Sql.update(jdbc, "DELETE FROM said_mixed");
        // Everyone is counted as they are now, including those who were waiting.
        Sql.update(jdbc, "DELETE FROM said_pending");
        Sql.update(jdbc, "INSERT INTO said_mixed (person) " + mixed(Which.ALL));
        insertCounts(Which.ALL, List.of());
        Sql.update(jdbc, "DELETE FROM said_count_plan");
        Sql.update(jdbc, "INSERT INTO said_count_plan (id, plan) VALUES (1, ?)", questions.fingerprint());
        return true;
    }

    /**
     * After a codebook change rewrote the said_theme rows of these themes: their counts are made again
     * from the rows as they now are, for everyone not waiting to be counted. Who is mixed does not
     * change, since every coded item keeps rows of some theme.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void recountThemes(Collection<Long> themes) {
        if (themes.isEmpty()) {
            return;
        }
        lock();
        if (!current()) {
            return;
        }
        List<Long> ids = List.copyOf(themes);
        Sql.update(jdbc, "DELETE FROM said_count WHERE theme_id IN (" + Sql.marks(ids.size()) + ")", ids.toArray());
        insertCounts(Which.THEMES, ids);
    }

    /** The sums of one value per theme, as the report reads them: columns theme, value, people, key sum. */
    record Sum(long themeId, String value, long people, long keySum) {
    }

    /**
     * The kept counts of a period (and MVP or survey, when given) for one breakdown, summed per theme
     * and {@code value}: a column of said_count, or an expression over it such as the quarter.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    List<Sum> read(Breakdown breakdown, String value, LocalDate from, LocalDate to, Long mvpId, String surveyId) {
        List<Object> values = new ArrayList<>(List.of(breakdown.name(), Date.valueOf(from), Date.valueOf(to)));
        if (mvpId != null) {
            values.add(mvpId);
        }
        if (surveyId != null) {
            values.add(surveyId);
        }
        return Sql.list(jdbc, readStatement(value, mvpId != null, surveyId != null),
                row -> new Sum(row.getLong(1), row.getString(2), row.getLong(3), row.getLong(4)), values);
    }

    /** The statement {@link #read} runs, bound as (breakdown, from, to[, MVP][, survey]); the benchmark times it alone. */
    static String readStatement(String value, boolean mvp, boolean survey) {
        return "SELECT theme_id, " + value + ", SUM(people), SUM(key_sum) FROM said_count WHERE breakdown = ?"
                + " AND said_on BETWEEN ? AND ?" + (mvp ? " AND mvp_id = ?" : "") + (survey ? " AND survey_id = ?" : "")
                // Counts taken back to nothing stay as rows of zero, which a missing count would say as well.
                + " GROUP BY theme_id, " + value + " HAVING SUM(people) <> 0";
    }

    /**
     * The people, among those a statement counts, whose items span more than one day, source, MVP or
     * survey: a period or scope could take some of their items and not others, so the report counts
     * them from their items.
     */
    private static String mixed(Which which) {
        return "SELECT x.person FROM said_theme x" + (which == Which.CLAIMED ? CLAIMED : "") + " WHERE " + SERVICE_USERS
                + " GROUP BY x.person HAVING MIN(x.said_on) <> MAX(x.said_on) OR MIN(x.source) <> MAX(x.source)"
                + " OR MIN(COALESCE(x.mvp_id, 0)) <> MAX(COALESCE(x.mvp_id, 0))"
                + " OR MIN(COALESCE(x.survey_id, '')) <> MAX(COALESCE(x.survey_id, ''))";
    }

    private static final String CLAIMED = " JOIN said_pending p ON p.person = x.person AND p.claimed = TRUE";

    /**
     * What the people of a statement add to each count: their rows in (theme, person) order, streamed,
     * with their answers read first (a streamed result holds its connection to itself).
     */
    private Map<SaidTally.Cell, long[]> contributions(Which which, String person, List<Long> themes) {
        List<Object> values = new ArrayList<>();
        String rows = "SELECT x.theme_id, x.person, x.said_on, x.source, COALESCE(x.mvp_id, 0), COALESCE(x.survey_id, ''),"
                + " x.language, x.channel, x.sentiment, x.item_key, x.person_key, x.response_id"
                + where(which, person, themes, values) + " ORDER BY x.theme_id, x.person";
        SaidTally tally = new SaidTally(questions.ethnicity(false), questions.districts(), answers(which, person, themes));
        Sql.streamRows(jdbc, rows, values, found -> {
            long response = found.getLong(12);
            tally.add(new SaidTally.Row(found.getLong(1), found.getString(2), found.getDate(3).toLocalDate(),
                    found.getString(4), found.getLong(5), found.getString(6), found.getString(7), found.getString(8),
                    found.getString(9), found.getLong(10), found.getLong(11), found.wasNull() ? null : response));
        });
        return tally.done();
    }

    /** The ethnicity and district answers of the people of a statement, by response. */
    private Map<Long, List<SaidTally.Answer>> answers(Which which, String person, List<Long> themes) {
        List<String> asked = new ArrayList<>(questions.ethnicity(false));
        asked.addAll(questions.districts());
        List<Object> values = new ArrayList<>(asked);
        String sql = "SELECT b.response_id, b.question_id, b.option_value, LEFT(b.text_value, 64) FROM answer b"
                + " WHERE b.question_id IN (" + Sql.marks(asked.size()) + ") AND b.response_id IN (SELECT x.response_id"
                + where(which, person, themes, values) + ")";
        Map<Long, List<SaidTally.Answer>> found = new HashMap<>();
        Map<String, String> shared = new HashMap<>();
        Sql.streamRows(jdbc, sql, values, row -> {
            String option = row.getString(3);
            found.computeIfAbsent(row.getLong(1), r -> new ArrayList<>(2)).add(new SaidTally.Answer(
                    shared.computeIfAbsent(row.getString(2), Function.identity()),
                    option == null ? null : shared.computeIfAbsent(option, Function.identity()), row.getString(4)));
        });
        return found;
    }

    /** The service users' rows a statement counts: of the people claimed, of one person, of everyone, or of some themes. */
    private static String where(Which which, String person, List<Long> themes, List<Object> values) {
        if (which == Which.ONE) {
            values.add(person);
        }
        if (which == Which.THEMES) {
            values.addAll(themes);
        }
        return " FROM said_theme x" + (which == Which.CLAIMED ? CLAIMED : "") + " WHERE " + SERVICE_USERS
                + " AND NOT EXISTS (SELECT 1 FROM said_mixed m WHERE m.person = x.person)"
                + (which == Which.ONE ? " AND x.person = ?" : "")
                + (which == Which.THEMES ? " AND x.theme_id IN (" + Sql.marks(themes.size()) + ")"
                        + " AND NOT EXISTS (SELECT 1 FROM said_pending q WHERE q.person = x.person)" : "");
    }

    /** Writes the counts of a statement whose counts were all deleted first, a thousand rows an INSERT. */
    private void insertCounts(Which which, List<Long> themes) {
        List<Map.Entry<SaidTally.Cell, long[]>> all = new ArrayList<>(contributions(which, null, themes).entrySet());
        for (int from = 0; from < all.size(); from += 1000) {
            List<Map.Entry<SaidTally.Cell, long[]>> chunk = all.subList(from, Math.min(all.size(), from + 1000));
            List<Object> values = new ArrayList<>();
            for (Map.Entry<SaidTally.Cell, long[]> e : chunk) {
                values.addAll(cell(e.getKey()));
                values.add(e.getValue()[0]);
                values.add(e.getValue()[1]);
            }
            Sql.update(jdbc, "INSERT INTO said_count (breakdown, said_on, theme_id, source, mvp_id, survey_id, group_value,"
                    + " people, key_sum) VALUES " + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?)")),
                    values.toArray());
        }
    }

    private static List<Object> cell(SaidTally.Cell c) {
        return List.of(c.breakdown().name(), Date.valueOf(c.day()), c.themeId(), c.source(), c.mvpId(), c.surveyId(), c.group());
    }

    /**
     * Adds (sign 1) or takes back (sign -1) contributions: an update of each count that exists, then one
     * batch inserting the rest. Only the holder of the said_count_sync lock writes here, so no two
     * transactions insert the same count.
     */
    private void add(Map<SaidTally.Cell, long[]> contributions, int sign) {
        if (contributions.isEmpty()) {
            return;
        }
        List<Map.Entry<SaidTally.Cell, long[]>> cells = new ArrayList<>(contributions.entrySet());
        List<List<Object>> updates = new ArrayList<>();
        for (Map.Entry<SaidTally.Cell, long[]> c : cells) {
            List<Object> values = new ArrayList<>(List.of(sign * c.getValue()[0], sign * c.getValue()[1]));
            values.addAll(cell(c.getKey()));
            updates.add(values);
        }
        int[] changed = Sql.updateEach(jdbc, "UPDATE said_count SET people = people + ?, key_sum = key_sum + ? WHERE breakdown = ?"
                + " AND said_on = ? AND theme_id = ? AND source = ? AND mvp_id = ? AND survey_id = ? AND group_value = ?", updates);
        List<List<Object>> inserts = new ArrayList<>();
        for (int i = 0; i < changed.length; i++) {
            if (changed[i] == 0) {
                List<Object> values = new ArrayList<>(cell(cells.get(i).getKey()));
                values.add(sign * cells.get(i).getValue()[0]);
                values.add(sign * cells.get(i).getValue()[1]);
                inserts.add(values);
            }
        }
        Sql.batch(jdbc, "INSERT INTO said_count (breakdown, said_on, theme_id, source, mvp_id, survey_id, group_value,"
                + " people, key_sum) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", inserts);
    }

    /** Whether the counts were made with today's questions. */
    private boolean current() {
        return Sql.exists(jdbc, "SELECT 1 FROM said_count_plan WHERE plan = ?", questions.fingerprint());
    }

    private void lock() {
        Sql.lock(jdbc, "said_count_sync");
    }
}
