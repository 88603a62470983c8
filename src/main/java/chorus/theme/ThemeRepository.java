package chorus.theme;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ThemeRepository extends CrudRepository<Theme, Long> {

    List<Theme> findAllOrderById();

    Optional<Theme> findByCode(String code);

    boolean existsByCode(String code);

    void updateMergedIntoById(long id, Long mergedInto);

    /**
     * Holds the said_sync lock row until the transaction ends: instances starting together seed the
     * codebook one after another, so the second finds the first's themes instead of failing on a code.
     */
    @io.micronaut.data.annotation.Query("SELECT id FROM said_sync WHERE id = 1 FOR UPDATE")
    int lockSeeding();
}
