package chorus.account;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Singleton
class AccountStore {

    private static final String COLUMNS = "id, username, password_hash, role, failed_sign_ins, locked_until";

    private final JdbcOperations jdbc;

    AccountStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(Transactional.TxType.MANDATORY)
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

    @Transactional(Transactional.TxType.MANDATORY)
    void recordSignIn(long id, int failedSignIns, LocalDateTime lockedUntil) {
        jdbc.prepareStatement("UPDATE user_account SET failed_sign_ins = ?, locked_until = ? WHERE id = ?", update -> {
            update.setInt(1, failedSignIns);
            update.setTimestamp(2, lockedUntil == null ? null : Timestamp.valueOf(lockedUntil));
            update.setLong(3, id);
            return update.executeUpdate();
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void setPassword(long id, String passwordHash) {
        jdbc.prepareStatement("UPDATE user_account SET password_hash = ?, failed_sign_ins = 0, locked_until = NULL WHERE id = ?", update -> {
            update.setString(1, passwordHash);
            update.setLong(2, id);
            return update.executeUpdate();
        });
    }

    private static Account account(ResultSet row) throws SQLException {
        Timestamp locked = row.getTimestamp(6);
        return new Account(row.getLong(1), row.getString(2), row.getString(3), Role.valueOf(row.getString(4)),
                row.getInt(5), locked == null ? null : locked.toLocalDateTime());
    }
}
