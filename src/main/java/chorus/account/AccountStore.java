package chorus.account;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Singleton
class AccountStore {

    private static final String COLUMNS = "id, username, password_hash, role, failed_sign_ins, blocked_until";

    private final JdbcOperations jdbc;

    AccountStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    Optional<Account> find(String username) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM user_account WHERE username = ?", select -> {
            select.setString(1, username);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(account(row)) : Optional.empty();
            }
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    List<Account> all() {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM user_account ORDER BY username", select -> {
            List<Account> accounts = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    accounts.add(account(rows));
                }
            }
            return accounts;
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    long count() {
        return jdbc.prepareStatement("SELECT COUNT(*) FROM user_account", select -> {
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void insert(String username, String passwordHash, Role role, LocalDate today, Long mvpId) {
        jdbc.prepareStatement("INSERT INTO user_account (username, password_hash, role, created_on, mvp_id) VALUES (?, ?, ?, ?, ?)", insert -> {
            insert.setString(1, username);
            insert.setString(2, passwordHash);
            insert.setString(3, role.name());
            insert.setDate(4, Date.valueOf(today));
            insert.setObject(5, mvpId);
            return insert.executeUpdate();
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    java.util.Map<String, Long> mvpOfLeads() {
        return jdbc.prepareStatement("SELECT username, mvp_id FROM user_account WHERE mvp_id IS NOT NULL", select -> {
            java.util.Map<String, Long> leads = new java.util.HashMap<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    leads.put(rows.getString(1), rows.getLong(2));
                }
            }
            return leads;
        });
    }

    /**
     * Counts a wrong password against the account in one statement, so parallel guesses cannot
     * lose each other's counts. From the {@code freeFailures}th on, each sets a wait that doubles up
     * to {@code longest}; GREATEST keeps a wait another request set, never shortening or clearing it.
     * MySQL assigns SET clauses left to right and later ones see earlier results, H2 does not: every
     * expression here reads only columns assigned after it, so both compute the same.
     */
    @Transactional
    void recordFailure(long id, long now, int freeFailures, long firstDelay, long longest) {
        jdbc.prepareStatement("UPDATE user_account SET"
                + " blocked_until = CASE WHEN failed_sign_ins + 1 >= ? THEN GREATEST(blocked_until, ? + CASE WHEN sign_in_delay = 0"
                + " THEN ? ELSE LEAST(sign_in_delay * 2, ?) END) ELSE blocked_until END,"
                + " sign_in_delay = CASE WHEN failed_sign_ins + 1 >= ? THEN CASE WHEN sign_in_delay = 0 THEN ? ELSE LEAST(sign_in_delay * 2, ?) END"
                + " ELSE sign_in_delay END,"
                + " failed_sign_ins = failed_sign_ins + 1"
                + " WHERE id = ?", update -> {
                    update.setInt(1, freeFailures);
                    update.setLong(2, now);
                    update.setLong(3, firstDelay);
                    update.setLong(4, longest);
                    update.setInt(5, freeFailures);
                    update.setLong(6, firstDelay);
                    update.setLong(7, longest);
                    update.setLong(8, id);
                    return update.executeUpdate();
                });
    }

    /** A right password starts the count again, unless a wait is running: that was set against guessing still going on. */
    @Transactional
    void recordSuccess(long id, long now) {
        jdbc.prepareStatement("UPDATE user_account SET failed_sign_ins = 0, sign_in_delay = 0 WHERE id = ? AND blocked_until <= ?", update -> {
            update.setLong(1, id);
            update.setLong(2, now);
            return update.executeUpdate();
        });
    }

    /** An administrator's unlock: no count, no wait. */
    @Transactional(Transactional.TxType.MANDATORY)
    void clearFailures(long id) {
        jdbc.prepareStatement("UPDATE user_account SET failed_sign_ins = 0, sign_in_delay = 0, blocked_until = 0 WHERE id = ?", update -> {
            update.setLong(1, id);
            return update.executeUpdate();
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void setPassword(long id, String passwordHash) {
        jdbc.prepareStatement("UPDATE user_account SET password_hash = ?, failed_sign_ins = 0, sign_in_delay = 0, blocked_until = 0 WHERE id = ?", update -> {
            update.setString(1, passwordHash);
            update.setLong(2, id);
            return update.executeUpdate();
        });
    }

    private static Account account(ResultSet row) throws SQLException {
        return new Account(row.getLong(1), row.getString(2), row.getString(3), Role.valueOf(row.getString(4)),
                row.getInt(5), Instant.ofEpochSecond(row.getLong(6)));
    }
}
