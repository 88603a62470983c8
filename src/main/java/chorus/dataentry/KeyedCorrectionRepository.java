package chorus.dataentry;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface KeyedCorrectionRepository extends CrudRepository<KeyedCorrection, Long> {

    /** A form's corrections with who made them, oldest first. */
    @Query("SELECT c.question_id, c.old_value, c.new_value, u.username AS corrected_by, c.corrected_at FROM keyed_correction c"
            + " JOIN user_account u ON u.id = c.corrected_by WHERE c.keyed_form_id = :formId ORDER BY c.id")
    List<KeyedForms.Correction> corrections(long formId);
}
