package chorus.wres;

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

    /** Every response of the round with an answer to a WRES question. */
    @Transactional
    List<Respondent> respondents(long roundId) {
        String marks = String.join(",", QUESTIONS.stream().map(q -> "?").toList());
        return jdbc.prepareStatement("SELECT r.id, r.organisation_id, a.question_id, a.option_value FROM staff_response r"
                + " JOIN staff_answer a ON a.response_id = r.id WHERE r.round_id = ? AND a.question_id IN (" + marks + ")"
                + " ORDER BY r.id", select -> {
                    select.setLong(1, roundId);
                    for (int i = 0; i < QUESTIONS.size(); i++) {
                        select.setString(i + 2, QUESTIONS.get(i));
                    }
                    return respondents(select.executeQuery());
                });
    }

    private static List<Respondent> respondents(ResultSet rows) throws SQLException {
        Map<String, Long> organisation = new LinkedHashMap<>();
        Map<String, Map<String, String>> answers = new HashMap<>();
        try (rows) {
            while (rows.next()) {
                String id = rows.getString(1);
                long org = rows.getLong(2);
                organisation.put(id, rows.wasNull() ? null : org);
                if (rows.getString(4) != null) {
                    answers.computeIfAbsent(id, k -> new HashMap<>()).put(rows.getString(3), rows.getString(4));
                }
            }
        }
        List<Respondent> respondents = new ArrayList<>();
        organisation.forEach((id, org) -> {
            Map<String, String> given = answers.getOrDefault(id, Map.of());
            respondents.add(new Respondent("s:" + id, org, Respondent.Ethnicity.of(given.get("ethnicity")),
                    given.get("staff_group"), Map.copyOf(given)));
        });
        return respondents;
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
