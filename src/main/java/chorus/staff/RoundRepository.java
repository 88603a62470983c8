package chorus.staff;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RoundRepository extends CrudRepository<Round, Long> {

    List<Round> findAll(Sort sort);

    /** Submissions per round and organisation: a count for the administrators' page, never answers. */
    @Introspected
    record SubmissionCount(String round, String surveyId, String organisation, String organisationCode, long submissions) {
    }

    @Query("SELECT r.name AS round, r.survey_id, o.name AS organisation, o.code AS organisation_code, COUNT(*) AS submissions"
            + " FROM staff_response p JOIN survey_round r ON r.id = p.round_id JOIN organisation o ON o.id = p.organisation_id"
            + " GROUP BY r.id, r.name, r.survey_id, r.opens_on, o.id, o.name, o.code ORDER BY r.opens_on DESC, r.id, o.name")
    List<SubmissionCount> submissionCounts();
}
