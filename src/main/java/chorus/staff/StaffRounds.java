package chorus.staff;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Organisations and survey rounds, as administrators set them up. */
@Singleton
public class StaffRounds {

    private static final String ROUND_COLUMNS = "id, survey_id, name, opens_on, closes_on, codes_required";

    private final JdbcOperations jdbc;

    StaffRounds(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public List<Organisation> organisations() {
        return jdbc.prepareStatement("SELECT id, code, name FROM organisation ORDER BY name, code", select -> {
            List<Organisation> list = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    list.add(new Organisation(rows.getLong(1), rows.getString(2), rows.getString(3)));
                }
            }
            return list;
        });
    }

    public Optional<Organisation> organisation(String code) {
        return code == null ? Optional.empty()
                : organisations().stream().filter(o -> o.code().equalsIgnoreCase(code.strip())).findFirst();
    }

    public Optional<Organisation> organisation(long id) {
        return organisations().stream().filter(o -> o.id() == id).findFirst();
    }

    @Transactional
    public void addOrganisation(String code, String name) {
        jdbc.prepareStatement("INSERT INTO organisation (code, name) VALUES (?, ?)", insert -> {
            insert.setString(1, code);
            insert.setString(2, name);
            return insert.executeUpdate();
        });
    }

    /** Every round of every staff survey, newest first. */
    @Transactional
    public List<Round> rounds() {
        return jdbc.prepareStatement("SELECT " + ROUND_COLUMNS + " FROM survey_round ORDER BY opens_on DESC, id DESC", select -> {
            List<Round> list = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    list.add(round(rows));
                }
            }
            return list;
        });
    }

    public Optional<Round> round(long id) {
        return rounds().stream().filter(r -> r.id() == id).findFirst();
    }

    public List<Round> rounds(String surveyId) {
        return rounds().stream().filter(r -> r.surveyId().equals(surveyId)).toList();
    }

    /** The round of a survey that overlaps the given dates, if any: rounds of one survey must not overlap. */
    public Optional<Round> overlapping(String surveyId, LocalDate opensOn, LocalDate closesOn) {
        return rounds(surveyId).stream()
                .filter(r -> !r.opensOn().isAfter(closesOn) && !opensOn.isAfter(r.closesOn()))
                .findFirst();
    }

    @Transactional
    public void addRound(String surveyId, String name, LocalDate opensOn, LocalDate closesOn, boolean codesRequired) {
        jdbc.prepareStatement("INSERT INTO survey_round (survey_id, name, opens_on, closes_on, codes_required)"
                + " VALUES (?, ?, ?, ?, ?)", insert -> {
                    insert.setString(1, surveyId);
                    insert.setString(2, name);
                    insert.setDate(3, Date.valueOf(opensOn));
                    insert.setDate(4, Date.valueOf(closesOn));
                    insert.setBoolean(5, codesRequired);
                    return insert.executeUpdate();
                });
    }

    /** The round open today, or why none is: the next one to open, else the last one to close. */
    public Admission.RoundState state(String surveyId, LocalDate today) {
        List<Round> rounds = rounds(surveyId);
        Optional<Round> open = rounds.stream().filter(r -> r.isOpenOn(today)).findFirst();
        if (open.isPresent()) {
            return new Admission.RoundState(open.get(), null);
        }
        Optional<Round> next = rounds.stream().filter(r -> r.opensOn().isAfter(today))
                .min(java.util.Comparator.comparing(Round::opensOn));
        if (next.isPresent()) {
            return new Admission.RoundState(null, new Refusal(Refusal.Kind.NOT_YET, next.get().name(), next.get().opensOn()));
        }
        return rounds.stream().filter(r -> r.closesOn().isBefore(today)).max(java.util.Comparator.comparing(Round::closesOn))
                .map(r -> new Admission.RoundState(null, new Refusal(Refusal.Kind.CLOSED, r.name(), r.closesOn())))
                .orElseGet(() -> new Admission.RoundState(null, Refusal.of(Refusal.Kind.NO_ROUND)));
    }

    /** Submissions per round and organisation: only counts, never answers. */
    @Transactional
    public List<SubmissionCount> submissionCounts() {
        return jdbc.prepareStatement("SELECT r.name, r.survey_id, o.name, o.code, COUNT(*) FROM staff_response p"
                + " JOIN survey_round r ON r.id = p.round_id JOIN organisation o ON o.id = p.organisation_id"
                + " GROUP BY r.id, r.name, r.survey_id, r.opens_on, o.id, o.name, o.code"
                + " ORDER BY r.opens_on DESC, r.id, o.name", select -> {
                    List<SubmissionCount> list = new ArrayList<>();
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            list.add(new SubmissionCount(rows.getString(1), rows.getString(2), rows.getString(3),
                                    rows.getString(4), rows.getLong(5)));
                        }
                    }
                    return list;
                });
    }

    /** A row of the administrators' submissions page. */
    public record SubmissionCount(String round, String surveyId, String organisation, String organisationCode, long submissions) {
    }

    private static Round round(ResultSet row) throws SQLException {
        return new Round(row.getLong(1), row.getString(2), row.getString(3), row.getDate(4).toLocalDate(),
                row.getDate(5).toLocalDate(), row.getBoolean(6));
    }
}
