package chorus.survey;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Remembers the fingerprint of each survey version. A version that people have started or
 * finished answering is published: changing its file would change what their answers mean, so
 * start-up refuses and asks for a new version instead.
 */
@Singleton
public class SurveyVersionRegistry {

    private final JdbcOperations jdbc;

    SurveyVersionRegistry(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void register(Survey survey, List<String> problems) {
        Connection connection = jdbc.getConnection();
        try {
            String known = fingerprint(connection, survey);
            if (known == null) {
                update(connection, "INSERT INTO survey_version (fingerprint, survey_id, version) VALUES (?, ?, ?)", survey);
            } else if (!known.equals(survey.fingerprint())) {
                if (inUse(connection, survey)) {
                    problems.add(survey.file() + ": survey \"" + survey.id() + "\" version " + survey.version()
                            + " already has answers, so it cannot change. Undo the change, or copy the file to a new "
                            + "version number and change that.");
                } else {
                    update(connection, "UPDATE survey_version SET fingerprint = ? WHERE survey_id = ? AND version = ?", survey);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record survey versions in the database", e);
        }
    }

    private static String fingerprint(Connection connection, Survey survey) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT fingerprint FROM survey_version WHERE survey_id = ? AND version = ?")) {
            select.setString(1, survey.id());
            select.setInt(2, survey.version());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static boolean inUse(Connection connection, Survey survey) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT (SELECT COUNT(*) FROM response WHERE survey_id = ? AND survey_version = ?)"
                        + " + (SELECT COUNT(*) FROM staff_response WHERE survey_id = ? AND survey_version = ?)"
                        + " + (SELECT COUNT(*) FROM draft WHERE survey_id = ? AND survey_version = ?)")) {
            select.setString(1, survey.id());
            select.setInt(2, survey.version());
            select.setString(3, survey.id());
            select.setInt(4, survey.version());
            select.setString(5, survey.id());
            select.setInt(6, survey.version());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() && rows.getLong(1) > 0;
            }
        }
    }

    private static void update(Connection connection, String sql, Survey survey) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, survey.fingerprint());
            statement.setString(2, survey.id());
            statement.setInt(3, survey.version());
            statement.executeUpdate();
        }
    }
}
