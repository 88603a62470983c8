package chorus.system;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A staff session as stored: keyed by the SHA-256 of its cookie's id, so the table holds no usable session id. */
@MappedEntity("staff_session")
record StaffSessionRow(@Id String idHash, String attributes, Instant createdAt, Instant lastAccessedAt, Instant expiresAt) {
}
