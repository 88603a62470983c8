package chorus.kiosk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDateTime;

/** A row of {@code kiosk}: the device is known only by the SHA-256 of its cookie's token. */
@MappedEntity("kiosk")
record KioskRow(@Id @GeneratedValue @Nullable Long id, String tokenHash, String surveyId, long eventId, LocalDateTime expiresAt) {
}
