package chorus.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDateTime;

/** One staff action as the audit page lists it: who, what, where, and the answer's status, to the second. */
@MappedEntity("audit_event")
record AuditEntry(@Id @GeneratedValue @Nullable Long id, LocalDateTime occurredAt, String username, AuditAction action,
                  String method, String address, int status) {
}
