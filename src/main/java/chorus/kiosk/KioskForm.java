package chorus.kiosk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The kiosk form: which survey, for which listening event (by its reference). */
@Serdeable
record KioskForm(@Nullable String csrfToken, @Nullable String survey, @Nullable String event) {
}
