package chorus.representation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** An analyst pasting a CSV file of figures. */
@Serdeable
public record ImportForm(@Nullable String csv, @Nullable String csrfToken) {

    public String csvOrEmpty() {
        return csv == null ? "" : csv;
    }
}
