package chorus.mvp;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface MvpRepository extends CrudRepository<Mvp, Long> {

    List<Mvp> findAll(Sort sort);

    /** Codes compare without case (the column's collation), so "North" and "NORTH" are one MVP. */
    Optional<Mvp> findByCode(String code);

    boolean existsByCode(String code);

    /** The MVP a lead's account belongs to; the account row is another feature's, so it is read by a join. */
    @Query("SELECT m.id, m.code, m.name FROM mvp m JOIN user_account a ON a.mvp_id = m.id WHERE a.username = :username")
    Optional<Mvp> findByLead(String username);
}
