package chorus.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AccountRepository extends CrudRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    List<Account> listOrderByUsername();

    /**
     * Counts a wrong password against the account in one statement, so parallel guesses cannot
     * lose each other's counts. From the {@code freeFailures}th on, each sets a wait that doubles up
     * to {@code longest}; GREATEST keeps a wait another request set, never shortening or clearing it.
     * MySQL assigns SET clauses left to right and later ones see earlier results, H2 does not: every
     * expression here reads only columns assigned after it, so both compute the same.
     */
    @Query("UPDATE user_account SET"
            + " blocked_until = CASE WHEN failed_sign_ins + 1 >= :freeFailures THEN GREATEST(blocked_until, :now + CASE WHEN sign_in_delay = 0"
            + " THEN :firstDelay ELSE LEAST(sign_in_delay * 2, :longest) END) ELSE blocked_until END,"
            + " sign_in_delay = CASE WHEN failed_sign_ins + 1 >= :freeFailures THEN CASE WHEN sign_in_delay = 0 THEN :firstDelay"
            + " ELSE LEAST(sign_in_delay * 2, :longest) END ELSE sign_in_delay END,"
            + " failed_sign_ins = failed_sign_ins + 1"
            + " WHERE id = :id")
    void recordFailure(long id, long now, int freeFailures, long firstDelay, long longest);

    /** A right password starts the count again, unless a wait is running: that was set against guessing still going on. */
    @Query("UPDATE user_account SET failed_sign_ins = 0, sign_in_delay = 0 WHERE id = :id AND blocked_until <= :now")
    void recordSuccess(long id, long now);

    /** An administrator's unlock: no count, no wait. */
    @Query("UPDATE user_account SET failed_sign_ins = 0, sign_in_delay = 0, blocked_until = 0 WHERE id = :id")
    void clearFailures(long id);
}
