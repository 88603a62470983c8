package chorus.audit;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
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

    static final int PAGE = 100;
    static final int ADDRESS_LENGTH = 300;

    private final AuditEntryRepository entries;
    private final Settings settings;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, Settings settings, Clock clock) {
        this.entries = entries;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    void record(String username, AuditAction action, String method, String address, int status) {
        entries.save(new AuditEntry(null, LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS), username, action, method,
                address, status));
    }

    /** The newest entries before {@code beforeId} (all when null), of one user when {@code username} is given. */
    @Transactional
    List<AuditEntry> page(String username, Long beforeId) {
        long before = beforeId == null ? Long.MAX_VALUE : beforeId;
        return username == null ? entries.findTop100ByIdLessThanOrderByIdDesc(before)
                : entries.findTop100ByUsernameAndIdLessThanOrderByIdDesc(username, before);
    }

    @Scheduled(fixedDelay = "6h", initialDelay = "5m")
    @Transactional
    void purge() {
        entries.deleteByOccurredAtLessThan(LocalDateTime.now(clock).minus(settings.keep()).truncatedTo(ChronoUnit.DAYS));
    }
}
