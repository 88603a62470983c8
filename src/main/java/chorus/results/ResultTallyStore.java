package chorus.results;

import chorus.answer.ResponseWatch;
import chorus.system.Sql;
import chorus.disclosure.RecordKeys;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kept tallies of survey results (see V27): written as responses arrive and read by the results
 * report. Counting and correcting both lock the one result_sync row first, so only one of them
 * writes tallies at a time, on any instance; the answering flow only adds its response to
 * result_pending and never waits for them.
 *
 * <p>The same statement counts a response when it first arrives, takes it back before a correction
 * and recounts a whole survey, so the three can never disagree on what a response adds.
 */
@Singleton
class ResultTallyStore implements ResponseWatch {

    /** Responses counted per transaction: small enough that a correction never waits long for the lock. */
    static final int BATCH = 2_000;
    /** The group, question or option of a count that has none. */
    static final String NONE = "";

    /** What to add to one kept count. */
    record Contribution(LocalDate day, long eventId, String group, String question, String option, long people, long keySum) {
    }

    /** Which responses a statement counts: those claimed by this transaction, or one response. */
    private enum Which { CLAIMED, ONE }

    private final JdbcOperations jdbc;
    private final TallyPlans plans;

    ResultTallyStore(JdbcOperations jdbc, TallyPlans plans) {
        this.jdbc = jdbc;
        this.plans = plans;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void stored(long responseId) {
        Sql.update(jdbc, "INSERT INTO result_pending (response_id) VALUES (?)", responseId);
    }

    /**
     * Takes the response's counts back while its answers are still the old ones, and puts it among the
     * responses to count again. A response not yet counted needs nothing: it will be counted as corrected.
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void correcting(long responseId) {
        lock();
        if (Sql.exists(jdbc, "SELECT 1 FROM result_pending WHERE response_id = ?", responseId)) {
            return;
        }
        Optional<TallyPlan> plan = Sql.first(jdbc, "SELECT survey_id FROM response WHERE id = ?", row -> row.getString(1),
                responseId).flatMap(plans::of);
        // A survey whose tallies were made by another plan is about to be recounted whole.
        if (plan.isPresent() && plan.get().fingerprint().equals(storedPlans().get(plan.get().surveyId()))) {
            for (Breakdown breakdown : plan.get().groups().keySet()) {
                add(plan.get(), breakdown, contributions(plan.get(), breakdown, Which.ONE, responseId), -1);
            }
        }
        stored(responseId);
    }

    /**
     * Counts up to {@link #BATCH} responses waiting to be counted, oldest first; returns how many. Run in
     * a transaction of its own.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int countWaiting() {
        List<Long> waiting = Sql.list(jdbc, "SELECT response_id FROM result_pending WHERE claimed = FALSE"
                + " ORDER BY response_id LIMIT " + BATCH, row -> row.getLong(1));
        if (waiting.isEmpty()) {
            return 0;
        }
        lock();
        // One statement fixes the set every breakdown counts: a response committed a moment later, even
        // with a lower id, waits for the next batch instead of being counted by some breakdowns only.
        int claimed = Sql.update(jdbc, "UPDATE result_pending SET claimed = TRUE WHERE claimed = FALSE AND response_id <= ?",
                waiting.get(waiting.size() - 1));
        if (claimed == 0) {
            return 0;
        }
        Map<String, String> stored = storedPlans();
        for (TallyPlan plan : plans.all()) {
            if (plan.fingerprint().equals(stored.get(plan.surveyId()))) {
                for (Breakdown breakdown : plan.groups().keySet()) {
                    add(plan, breakdown, contributions(plan, breakdown, Which.CLAIMED, 0), 1);
                }
            }
        }
        // Responses of a survey Chorus no longer has, or of one about to be recounted, are dropped here.
        Sql.update(jdbc, "DELETE FROM result_pending WHERE claimed = TRUE");
        return claimed;
    }

    /** The plans the surveys' tallies were made with, by survey. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, String> storedPlans() {
        Map<String, String> stored = new java.util.HashMap<>();
        Sql.list(jdbc, "SELECT survey_id, plan FROM result_tally_plan", row -> Map.entry(row.getString(1), row.getString(2)))
                .forEach(e -> stored.put(e.getKey(), e.getValue()));
        return stored;
    }

    /**
     * Counts a survey again from all its answers, in bulk, unless its tallies were made with this plan:
     * after a new version or an edited results.yml, and the first time Chorus runs with kept tallies.
     * Returns whether it did.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recountIfChanged(TallyPlan plan) {
        lock();
        if (plan.fingerprint().equals(storedPlans().get(plan.surveyId()))) {
            return false;
        }
        Sql.update(jdbc, "DELETE FROM result_tally WHERE survey_id = ?", plan.surveyId());
        // Every response of the survey is claimed, so later arrivals wait for the next batch.
        Sql.update(jdbc, "UPDATE result_pending SET claimed = TRUE WHERE response_id IN"
                + " (SELECT id FROM response WHERE survey_id = ?)",
                plan.surveyId());
        Sql.update(jdbc, "INSERT INTO result_pending (response_id, claimed) SELECT r.id, TRUE FROM response r"
                + " WHERE r.survey_id = ?"
                + " AND NOT EXISTS (SELECT 1 FROM result_pending p WHERE p.response_id = r.id)", plan.surveyId());
        for (Breakdown breakdown : plan.groups().keySet()) {
            // The survey's tallies are empty, so one INSERT ... SELECT writes them without reading any back.
            for (Counting counting : countings(plan, breakdown, Which.CLAIMED)) {
                Sql.update(jdbc, "INSERT INTO result_tally (survey_id, breakdown, submitted_on, event_id, group_value,"
                        + " question_id, option_value, people, key_sum) SELECT s, '" + breakdown.name() + "', d, e, g, q, o, n, k FROM ("
                        + counting.sql() + ") counted", counting.parameters(plan, breakdown, Which.CLAIMED, 0).toArray());
            }
        }
        Sql.update(jdbc, "DELETE FROM result_pending WHERE claimed = TRUE");
        Sql.update(jdbc, "DELETE FROM result_tally_plan WHERE survey_id = ?", plan.surveyId());
        Sql.update(jdbc, "INSERT INTO result_tally_plan (survey_id, plan) VALUES (?, ?)", plan.surveyId(), plan.fingerprint());
        return true;
    }

    /** Whether responses wait to be counted. */
    @Transactional
    public boolean anyWaiting() {
        return Sql.exists(jdbc, "SELECT 1 FROM result_pending WHERE claimed = FALSE");
    }

    /**
     * The kept counts of a scope by the raw group of one breakdown, summed over its days: who chose
     * each option of each counted question, and who answered each question that takes several answers.
     */
    @Transactional
    public Tallies read(ResultQueries.Scope scope, Collection<String> questions, Breakdown breakdown,
                        java.util.function.Function<String, String> rowOf) {
        Tallies tallies = new Tallies();
        if (questions.isEmpty()) {
            return tallies;
        }
        String sql = readStatement(scope.mvpId() != null, questions.size());
        List<Object> values = new ArrayList<>(List.of(scope.surveyId(), breakdown.name(), Date.valueOf(scope.from()),
                Date.valueOf(scope.to())));
        if (scope.mvpId() != null) {
            values.add(scope.mvpId());
        }
        values.addAll(questions);
        record Sum(String question, String option, String group, long people, long keySum) {
        }
        for (Sum sum : Sql.list(jdbc, sql, r -> new Sum(r.getString(1), r.getString(2), r.getString(3), r.getLong(4), r.getLong(5)), values)) {
            String row = rowOf.apply(sum.group().isEmpty() ? null : sum.group());
            var people = RecordKeys.counted(sum.people(), sum.keySum());
            if (sum.option().isEmpty()) {
                tallies.addAnswered(sum.question(), row, people);
            } else {
                tallies.addChosen(sum.question(), sum.option(), row, people);
            }
        }
        return tallies;
    }

    /** Respondents at an event (0 for none), by channel (null when not asked for) and raw group ("" for none). */
    record RespondentCount(long eventId, String channel, String group, long people, long keySum) {
    }

    /** The respondents of one survey at the listed events, by event and raw group of one breakdown. */
    @Transactional
    public List<RespondentCount> atEvents(String surveyId, Breakdown breakdown, List<Long> events) {
        List<RespondentCount> found = new ArrayList<>();
        for (int start = 0; start < events.size(); start += EVENTS_PER_STATEMENT) {
            List<Long> chunk = events.subList(start, Math.min(events.size(), start + EVENTS_PER_STATEMENT));
            List<Object> values = new ArrayList<>(List.of(surveyId, breakdown.name()));
            values.addAll(chunk);
            found.addAll(Sql.list(jdbc, atEventsStatement(chunk.size()),
                    row -> new RespondentCount(row.getLong(1), null, row.getString(2), row.getLong(3), row.getLong(4)), values));
        }
        return found;
    }

    /** Events per statement: the counts of several statements add up, as they hold different events. */
    static final int EVENTS_PER_STATEMENT = 1000;

    /** Bound as (survey, breakdown, event ids…). */
    static String atEventsStatement(int events) {
        return "SELECT event_id, group_value, SUM(people), SUM(key_sum) FROM result_tally WHERE survey_id = ? AND breakdown = ?"
                + " AND question_id = '' AND event_id IN (" + String.join(", ", java.util.Collections.nCopies(events, "?")) + ")"
                + " GROUP BY event_id, group_value";
    }

    /** Who answered every survey but one between two days, by channel and ethnic code; for an MVP, at its events. */
    @Transactional
    public List<RespondentCount> sent(LocalDate from, LocalDate to, Long mvpId, String exceptSurvey) {
        List<Object> values = new ArrayList<>(List.of(Breakdown.ETHNICITY.name(), exceptSurvey, Date.valueOf(from), Date.valueOf(to)));
        if (mvpId != null) {
            values.add(mvpId);
        }
        return Sql.list(jdbc, sentStatement(mvpId != null),
                row -> new RespondentCount(0, row.getString(1), row.getString(2), row.getLong(3), row.getLong(4)), values);
    }

    /** Bound as (breakdown, the survey left out, from, to[, MVP]). */
    static String sentStatement(boolean mvp) {
        return "SELECT option_value, group_value, SUM(people), SUM(key_sum) FROM result_tally WHERE breakdown = ?"
                + " AND question_id = '' AND survey_id <> ? AND submitted_on BETWEEN ? AND ?"
                + (mvp ? " AND event_id IN (SELECT e.id FROM listening_event e WHERE e.mvp_id = ?)" : "")
                + " GROUP BY option_value, group_value";
    }

    /**
     * The statement {@link #read} runs, bound as (survey, breakdown, from, to, [MVP,] questions…); the
     * benchmark times it on its own.
     */
    static String readStatement(boolean mvp, int questions) {
        return "SELECT question_id, option_value, group_value, SUM(people), SUM(key_sum) FROM result_tally"
                + " WHERE survey_id = ? AND breakdown = ? AND submitted_on BETWEEN ? AND ?"
                + (mvp ? " AND event_id IN (SELECT e.id FROM listening_event e WHERE e.mvp_id = ?)" : "")
                + " AND question_id IN (" + String.join(", ", java.util.Collections.nCopies(questions, "?")) + ")"
                + " GROUP BY question_id, option_value, group_value";
    }

    /** What the responses add to each count of one breakdown: chosen options, then people answering. */
    private List<Contribution> contributions(TallyPlan plan, Breakdown breakdown, Which which, long responseId) {
        List<Contribution> all = new ArrayList<>();
        for (Counting counting : countings(plan, breakdown, which)) {
            all.addAll(Sql.list(jdbc, counting.sql(), row -> new Contribution(row.getDate(2).toLocalDate(), row.getLong(3),
                    row.getString(4), row.getString(5), row.getString(6), row.getLong(7), row.getLong(8)),
                    counting.parameters(plan, breakdown, which, responseId)));
        }
        return all;
    }

    /**
     * A statement counting responses into columns s (survey), d (day), e (event or 0), g (group),
     * q (question), o (option, or '' for people answering), n (count) and k (sum of record keys).
     */
    private record Counting(String sql, List<String> questions) {

        List<Object> parameters(TallyPlan plan, Breakdown breakdown, Which which, long responseId) {
            List<Object> values = new ArrayList<>();
            if (joined(plan, breakdown)) {
                values.add(plan.groups().get(breakdown));
            }
            values.add(plan.surveyId());
            if (which == Which.ONE) {
                values.add(responseId);
            }
            values.addAll(questions);
            return values;
        }
    }

    /**
     * Who chose each option; then, for questions that take several answers, who answered (one person,
     * several rows); then everyone, once, by channel (question '').
     */
    private static List<Counting> countings(TallyPlan plan, Breakdown breakdown, Which which) {
        List<Counting> countings = new ArrayList<>();
        String columns = "r.survey_id AS s, r.submitted_on AS d, COALESCE(r.event_id, 0) AS e, " + group(plan, breakdown) + " AS g, ";
        if (!plan.counted().isEmpty()) {
            countings.add(new Counting("SELECT s, d, e, g, q, o, COUNT(*) AS n, SUM(k) AS k FROM (SELECT " + columns
                    + "a.question_id AS q, a.option_value AS o, r.record_key AS k" + from(plan, breakdown, which, plan.counted())
                    + ") chosen GROUP BY s, d, e, g, q, o", plan.counted()));
        }
        if (!plan.several().isEmpty()) {
            countings.add(new Counting("SELECT s, d, e, g, q, '' AS o, COUNT(*) AS n, SUM(k) AS k FROM (SELECT DISTINCT r.id AS id, "
                    + columns + "a.question_id AS q, r.record_key AS k" + from(plan, breakdown, which, plan.several())
                    + ") answered GROUP BY s, d, e, g, q", plan.several()));
        }
        countings.add(new Counting("SELECT s, d, e, g, '' AS q, o, COUNT(*) AS n, SUM(k) AS k FROM (SELECT " + columns
                + "r.channel AS o, r.record_key AS k" + from(plan, breakdown, which, List.of()) + ") people GROUP BY s, d, e, g, o",
                List.of()));
        return countings;
    }

    /**
     * The stored value that places a respondent in a breakdown. Of the ethnicity answer only the chosen
     * code is read, never the words a person may have written beside it. A breakdown question takes
     * one answer (the survey file and results.yml refuse any other), so the join adds no rows.
     */
    private static String group(TallyPlan plan, Breakdown breakdown) {
        if (TallyPlan.byColumn(breakdown)) {
            return "r." + breakdown.name().toLowerCase(java.util.Locale.ROOT);
        }
        if (plan.groups().get(breakdown).isEmpty()) {
            return "''";
        }
        return breakdown == Breakdown.ETHNICITY ? "COALESCE(b.option_value, '')"
                // A district typed before districts were stored as codes is in text_value.
                : "COALESCE(b.option_value, LEFT(b.text_value, 64), '')";
    }

    /** Whether a breakdown's group is read from an answer. */
    private static boolean joined(TallyPlan plan, Breakdown breakdown) {
        return !TallyPlan.byColumn(breakdown) && !plan.groups().get(breakdown).isEmpty();
    }

    /** The responses, joined to the answers to {@code questions} unless there are none. */
    private static String from(TallyPlan plan, Breakdown breakdown, Which which, List<String> questions) {
        return " FROM response r"
                + (which == Which.CLAIMED ? " JOIN result_pending p ON p.response_id = r.id AND p.claimed = TRUE" : "")
                + (joined(plan, breakdown) ? " LEFT JOIN answer b ON b.response_id = r.id AND b.question_id = ?" : "")
                + (questions.isEmpty() ? "" : " JOIN answer a ON a.response_id = r.id")
                + " WHERE r.survey_id = ?" + (which == Which.ONE ? " AND r.id = ?" : "")
                + (questions.isEmpty() ? "" : " AND a.question_id IN (" + String.join(", ", questions.stream().map(q -> "?").toList())
                        + ") AND a.option_value IS NOT NULL");
    }

    /**
     * Adds (sign 1) or takes back (sign -1) contributions: an update of each count that exists, then one
     * batch inserting the rest. Only the holder of the result_sync lock writes here, so no two
     * transactions insert the same count.
     */
    private void add(TallyPlan plan, Breakdown breakdown, List<Contribution> contributions, int sign) {
        if (contributions.isEmpty()) {
            return;
        }
        int[] changed = Sql.updateEach(jdbc, "UPDATE result_tally SET people = people + ?, key_sum = key_sum + ? WHERE survey_id = ?"
                + " AND breakdown = ? AND submitted_on = ? AND event_id = ? AND group_value = ? AND question_id = ?"
                + " AND option_value = ?", contributions.stream().map(c -> java.util.Arrays.<Object>asList(sign * c.people(), sign * c.keySum(),
                        plan.surveyId(), breakdown.name(), Date.valueOf(c.day()), c.eventId(), c.group(), c.question(), c.option()))
                .toList());
        List<List<Object>> missing = new ArrayList<>();
        for (int i = 0; i < changed.length; i++) {
            if (changed[i] == 0) {
                Contribution c = contributions.get(i);
                missing.add(java.util.Arrays.asList(plan.surveyId(), breakdown.name(), Date.valueOf(c.day()), c.eventId(), c.group(), c.question(),
                        c.option(), sign * c.people(), sign * c.keySum()));
            }
        }
        Sql.batch(jdbc, "INSERT INTO result_tally (survey_id, breakdown, submitted_on, event_id, group_value, question_id,"
                + " option_value, people, key_sum) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", missing);
    }

    private void lock() {
        Sql.lock(jdbc, "result_sync");
    }
}
