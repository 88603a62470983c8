package chorus.answer;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;

/** Writes finished responses: one row per response, one row per answer value. */
@Singleton
public class ResponseStore {

    /** One stored answer value; exactly the fields that apply to its question type are set. */
    public record AnswerRow(String questionId, String optionValue, Integer numberValue, String textValue) {
    }

    /**
     * eventId: the listening event the response was given at or for, if any; roundId and
     * organisationId: the staff survey round and organisation, if it is a staff response.
     */
    public record NewResponse(String surveyId, int version, String language, Channel channel, Long eventId,
                              LocalDate submittedOn, String submissionKey, List<AnswerRow> answers,
                              Long roundId, Long organisationId) {

        /** A response that is not a staff survey's. */
        public NewResponse(String surveyId, int version, String language, Channel channel, Long eventId,
                           LocalDate submittedOn, String submissionKey, List<AnswerRow> answers) {
            this(surveyId, version, language, channel, eventId, submittedOn, submissionKey, answers, null, null);
        }
    }

    private final JdbcOperations jdbc;

    ResponseStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public long insert(NewResponse response) {
        long id = jdbc.execute(connection -> {
            try (var insert = connection.prepareStatement("INSERT INTO response (survey_id, survey_version, language,"
                    + " channel, submitted_on, submission_key, event_id, round_id, organisation_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, response.surveyId());
                insert.setInt(2, response.version());
                insert.setString(3, response.language());
                insert.setString(4, response.channel().name());
                insert.setDate(5, Date.valueOf(response.submittedOn()));
                insert.setString(6, response.submissionKey());
                insert.setObject(7, response.eventId(), Types.BIGINT);
                insert.setObject(8, response.roundId(), Types.BIGINT);
                insert.setObject(9, response.organisationId(), Types.BIGINT);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        jdbc.prepareStatement("INSERT INTO answer (response_id, question_id, option_value, number_value, text_value)"
                + " VALUES (?, ?, ?, ?, ?)", insert -> {
                    for (AnswerRow answer : response.answers()) {
                        insert.setLong(1, id);
                        insert.setString(2, answer.questionId());
                        insert.setString(3, answer.optionValue());
                        if (answer.numberValue() == null) {
                            insert.setNull(4, Types.INTEGER);
                        } else {
                            insert.setInt(4, answer.numberValue());
                        }
                        insert.setString(5, answer.textValue());
                        insert.addBatch();
                    }
                    return insert.executeBatch();
                });
        return id;
    }

    @Transactional
    public long count(String surveyId) {
        return jdbc.prepareStatement("SELECT COUNT(*) FROM response WHERE survey_id = ?", select -> {
            select.setString(1, surveyId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }
}
