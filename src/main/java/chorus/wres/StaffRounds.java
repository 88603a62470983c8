package chorus.wres;

import chorus.disclosure.RecordKeys;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads staff survey rounds, their organisations and their answers to the WRES questions. */
@Singleton
class StaffRounds {

    /** The staff survey whose rounds the WRES report reads (see the staff survey contract). */
    static final String SURVEY = "staff-experience";
    private static final List<String> QUESTIONS = List.of("ethnicity", "staff_group", "harassment_public",
            "harassment_manager", "harassment_colleagues", "career_progression", "discrimination_colleagues");

    /** A round of the staff survey. */
    record Round(long id, String name, LocalDate opensOn, LocalDate closesOn) {
    }

    private final JdbcOperations jdbc;

    StaffRounds(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first. */
    @Transactional
    List<Round> rounds() {
        return jdbc.prepareStatement("SELECT id, name, opens_on, closes_on FROM survey_round WHERE survey_id = ?"
                + " ORDER BY opens_on DESC, id DESC", select -> {
                    select.setString(1, SURVEY);
                    return rounds(select.executeQuery());
                });
    }

    @Transactional
    Optional<Round> round(long id) {
        return jdbc.prepareStatement("SELECT id, name, opens_on, closes_on FROM survey_round WHERE survey_id = ? AND id = ?",
                select -> {
                    select.setString(1, SURVEY);
                    select.setLong(2, id);
                    return rounds(select.executeQuery()).stream().findFirst();
                });
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
     * The round's responses with an answer to a WRES question, grouped in SQL by organisation and
     * answers: each group's size and the sum of its stored record keys.
     */
    @Transactional
    List<Respondent> respondents(long roundId) {
        return jdbc.prepareStatement(RESPONDENTS, select -> {
            select.setLong(1, roundId);
            List<Respondent> respondents = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long organisation = rows.getLong(1);
                    Long organisationId = rows.wasNull() ? null : organisation;
                    Map<String, String> answers = new HashMap<>();
                    for (int q = 0; q < QUESTIONS.size(); q++) {
                        String value = rows.getString(q + 2);
                        if (value != null) {
                            answers.put(QUESTIONS.get(q), value);
                        }
                    }
                    respondents.add(new Respondent(RecordKeys.counted(rows.getLong(QUESTIONS.size() + 2),
                            rows.getLong(QUESTIONS.size() + 3)), organisationId, Respondent.Ethnicity.of(answers.get("ethnicity")),
                            answers.get("staff_group"), Map.copyOf(answers)));
                }
            }
            return respondents;
        });
    }

    /**
     * One row per response turns its WRES answers into columns (MAX picks the one value of a
     * single-choice answer); the outer query counts the responses that answered alike.
     */
    static final String RESPONDENTS = respondentsSql();

    private static String respondentsSql() {
        StringBuilder pivot = new StringBuilder("SELECT r.organisation_id AS organisation_id, r.record_key AS record_key");
        StringBuilder columns = new StringBuilder();
        for (int q = 0; q < QUESTIONS.size(); q++) {
            pivot.append(", MAX(CASE WHEN a.question_id = '").append(QUESTIONS.get(q)).append("' THEN a.option_value END) AS q")
                    .append(q);
            columns.append(", q").append(q);
        }
        pivot.append(" FROM staff_response r JOIN staff_answer a ON a.response_id = r.id WHERE r.round_id = ? AND a.question_id IN (")
                .append(String.join(", ", QUESTIONS.stream().map(q -> "'" + q + "'").toList()))
                .append(") GROUP BY r.id, r.organisation_id, r.record_key");
        return "SELECT organisation_id" + columns + ", COUNT(*), SUM(record_key) FROM (" + pivot + ") staff"
                + " GROUP BY organisation_id" + columns;
    }

    private static List<Round> rounds(ResultSet rows) throws SQLException {
        List<Round> rounds = new ArrayList<>();
        try (rows) {
            while (rows.next()) {
                rounds.add(new Round(rows.getLong(1), rows.getString(2), rows.getDate(3).toLocalDate(),
                        rows.getDate(4).toLocalDate()));
            }
        }
        return rounds;
    }
}
