package chorus.dataentry;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface KeyedFormRepository extends CrudRepository<KeyedFormRow, Long> {

    String FORM = "SELECT f.id, f.batch_id, f.survey_id, f.survey_version AS version, f.language, f.form_key, f.status,"
            + " u.username AS keyed_by, f.keyed_at, f.response_id,"
            + " (SELECT COUNT(*) FROM keyed_correction c WHERE c.keyed_form_id = f.id) AS corrections"
            + " FROM keyed_form f JOIN user_account u ON u.id = f.keyed_by ";

    /** A batch's forms with who keyed them and how often they were corrected, in the order keyed. */
    @Query(FORM + "WHERE f.batch_id = :batchId ORDER BY f.id")
    List<KeyedForms.KeyedForm> forms(long batchId);

    @Query(FORM + "WHERE f.id = :id")
    Optional<KeyedForms.KeyedForm> form(long id);

    Optional<KeyedFormRow> findByFormKey(String formKey);

    /** Locks the form's row for the rest of the transaction, so two confirmations or corrections take turns. */
    @Query("SELECT * FROM keyed_form WHERE id = :id FOR UPDATE")
    Optional<KeyedFormRow> lock(long id);

    void update(@Id long id, String status, Long responseId, Long confirmedBy, LocalDateTime confirmedAt);
}
