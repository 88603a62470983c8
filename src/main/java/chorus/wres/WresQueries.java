package chorus.wres;

import chorus.disclosure.RecordKeys;
import chorus.staff.Round;
import chorus.staff.StaffRounds;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The WRES report's reads: the staff survey's rounds, and each round's organisations and answers to the
 * WRES questions, aggregated by hand-written SQL because they are the report's figures.
 */
@Singleton
class WresQueries {

    /** The staff survey whose rounds the WRES report reads (see the staff survey contract). */
    static final String SURVEY = "staff-experience";
    private static final List<String> QUESTIONS = List.of("ethnicity", "staff_group", "harassment_public",
            "harassment_manager", "harassment_colleagues", "career_progression", "discrimination_colleagues");

    private final JdbcOperations jdbc;
    private final StaffRounds staffRounds;

    WresQueries(JdbcOperations jdbc, StaffRounds staffRounds) {
        this.jdbc = jdbc;
        this.staffRounds = staffRounds;
    }

    /** Newest first. */
    List<Round> rounds() {
        return staffRounds.rounds(SURVEY);
    }

    Optional<Round> round(long id) {
        return staffRounds.round(id).filter(r -> r.surveyId().equals(SURVEY));
    }

    /** The round of the same survey that opened last before this one. */
    Optional<Round> previous(Round round) {
        return rounds().stream().filter(r -> r.opensOn().isBefore(round.opensOn())).findFirst();
    }

    /** Organisation id to name, for the organisations with responses in the round, by name. */
    @Transactional
    Map<Long, String> organisations(long roundId) {
        return jdbc.prepareStatement("SELECT DISTINCT o.id, o.name FROM organisation o JOIN staff_response r ON r.organisation_id = o.id"
                + " WHERE r.round_id = ? ORDER BY o.name, o.id", select -> {
                    select.setLong(1, roundId);
                    Map<Long, String> names = new LinkedHashMap<>();
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            names.put(rows.getLong(1), rows.getString(2));
                        }
                    }
                    return names;
                });
    }

    /**
     * The round's responses with an answer to a WRES question, grouped by organisation and answers:
     * each group's size and the sum of its stored record keys. The rows come in the order of the
     * primary keys of both tables, which MySQL reads without sorting, so a response's answers arrive
     * together and are turned into one profile here. Grouping in SQL instead (a pivot per response,
     * then a count of alike profiles) took 3.8 s for 50,000 staff on MariaDB against 0.6 s for
     * reading these rows: its temporary tables cost more than the rows they save, since almost every
     * profile is unique. Ordering by more than r.id would make MySQL sort.
     */
    @Transactional
    List<Respondent> respondents(long roundId) {
        return jdbc.prepareStatement(RESPONDENTS, select -> {
            select.setLong(1, roundId);
            Map<Profile, long[]> alike = new LinkedHashMap<>();
            try (ResultSet rows = select.executeQuery()) {
                String response = null;
                Long organisationId = null;
                int key = 0;
                String[] answers = new String[QUESTIONS.size()];
                while (rows.next()) {
                    if (!rows.getString(1).equals(response)) {
                        if (response != null) {
                            add(alike, new Profile(organisationId, Arrays.asList(answers.clone())), key);
                        }
                        response = rows.getString(1);
                        long organisation = rows.getLong(2);
                        organisationId = rows.wasNull() ? null : organisation;
                        key = rows.getInt(3);
                        Arrays.fill(answers, null);
                    }
                    String value = rows.getString(5);
                    int question = QUESTIONS.indexOf(rows.getString(4));
                    // One answer per WRES question; should a question hold two, the larger, as MAX did.
                    if (value != null && (answers[question] == null || value.compareTo(answers[question]) > 0)) {
                        answers[question] = value;
                    }
                }
                if (response != null) {
                    add(alike, new Profile(organisationId, Arrays.asList(answers.clone())), key);
                }
            }
            List<Respondent> respondents = new ArrayList<>(alike.size());
            alike.forEach((profile, counts) -> {
                Map<String, String> answered = new HashMap<>();
                for (int q = 0; q < QUESTIONS.size(); q++) {
                    if (profile.answers().get(q) != null) {
                        answered.put(QUESTIONS.get(q), profile.answers().get(q));
                    }
                }
                respondents.add(new Respondent(RecordKeys.counted(counts[0], counts[1]), profile.organisationId(),
                        Respondent.Ethnicity.of(answered.get("ethnicity")), answered.get("staff_group"), Map.copyOf(answered)));
            });
            return respondents;
        });
    }

    /** Where a member of staff works and their answers to {@link #QUESTIONS}, in order (null: none): who counts alike. */
    private record Profile(Long organisationId, List<String> answers) {
    }

    private static void add(Map<Profile, long[]> alike, Profile profile, int key) {
        long[] counts = alike.computeIfAbsent(profile, p -> new long[2]);
        counts[0]++;
        counts[1] += key;
    }

    /** A response's WRES answers, one row each, a response's rows together. */
    static final String RESPONDENTS = "SELECT r.id, r.organisation_id, r.record_key, a.question_id, a.option_value"
            + " FROM staff_response r JOIN staff_answer a ON a.response_id = r.id WHERE r.round_id = ? AND a.question_id IN ("
            + String.join(", ", QUESTIONS.stream().map(q -> "'" + q + "'").toList()) + ") ORDER BY r.id";
}
