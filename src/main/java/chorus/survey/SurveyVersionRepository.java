package chorus.survey;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SurveyVersionRepository extends CrudRepository<SurveyVersionRow, SurveyVersionRow.Key> {

    /** Whether anyone has started or finished answering the version: then it is published. */
    @Query("SELECT (SELECT COUNT(*) FROM response WHERE survey_id = :surveyId AND survey_version = :version)"
            + " + (SELECT COUNT(*) FROM staff_response WHERE survey_id = :surveyId AND survey_version = :version)"
            + " + (SELECT COUNT(*) FROM draft WHERE survey_id = :surveyId AND survey_version = :version)")
    long uses(String surveyId, int version);
}
