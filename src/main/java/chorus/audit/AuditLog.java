package chorus.audit;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only record of staff actions. Nothing here updates a row; the only deletion is the
 * retention purge, which removes whole days older than {@code chorus.audit.keep}.
 */
@Singleton
class AuditLog {

    /** How long entries are kept: long enough to look into an incident, short enough to hold little. */
    @ConfigurationProperties("chorus.audit")
    record Settings(@Bindable(defaultValue = "730d") Duration keep) {
    }

    /** One row of the audit page. */
    record Entry(long id, LocalDateTime occurredAt, String username, AuditAction action, String method, String address,
                 int status) {
    }

    static final int PAGE = 100;
    static final int ADDRESS_LENGTH = 300;

    private final JdbcOperations jdbc;
    private final Settings settings;
    private final Clock clock;

    AuditLog(JdbcOperations jdbc, Settings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    void record(String username, AuditAction action, String method, String address, int status) {
        jdbc.prepareStatement("INSERT INTO audit_event (occurred_at, username, action, method, address, status)"
                + " VALUES (?, ?, ?, ?, ?, ?)", insert -> {
                    insert.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS)));
                    insert.setString(2, username);
                    insert.setString(3, action.name());
                    insert.setString(4, method);
                    insert.setString(5, address);
                    insert.setInt(6, status);
                    return insert.executeUpdate();
                });
    }

    /** The newest entries before {@code beforeId} (all when null), of one user when {@code username} is given. */
    @Transactional
    List<Entry> page(String username, Long beforeId) {
        String sql = "SELECT id, occurred_at, username, action, method, address, status FROM audit_event WHERE id < ?"
                + (username == null ? "" : " AND username = ?") + " ORDER BY id DESC LIMIT " + PAGE;
        return jdbc.prepareStatement(sql, select -> {
            select.setLong(1, beforeId == null ? Long.MAX_VALUE : beforeId);
            if (username != null) {
                select.setString(2, username);
            }
            List<Entry> entries = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(new Entry(rows.getLong(1), rows.getTimestamp(2).toLocalDateTime(), rows.getString(3),
                            AuditAction.valueOf(rows.getString(4)), rows.getString(5), rows.getString(6), rows.getInt(7)));
                }
            }
            return entries;
        });
    }

    @Scheduled(fixedDelay = "6h", initialDelay = "5m")
    @Transactional
    void purge() {
        jdbc.prepareStatement("DELETE FROM audit_event WHERE occurred_at < ?", delete -> {
            delete.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now(clock).minus(settings.keep()).truncatedTo(ChronoUnit.DAYS)));
            return delete.executeUpdate();
        });
    }
}
