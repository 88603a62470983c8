package chorus.staff;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface InvitationCodeRepository extends CrudRepository<InvitationCode, String> {

    Optional<InvitationCode> findByCodeHashAndRoundIdAndUsedFalse(String codeHash, long roundId);

    /** One statement that both checks and marks, so two submissions cannot both use a code. */
    @Query("UPDATE invitation_code SET used = TRUE WHERE code_hash = :codeHash AND used = FALSE")
    int claim(String codeHash);
}
