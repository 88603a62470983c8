package chorus.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** An administrator asking for invitation codes: which round, which organisation, how many, as CSV or a printable page. */
@Serdeable
public record CodesForm(@Nullable String round, @Nullable String organisation, @Nullable String count,
                        @Nullable String format, @Nullable String csrfToken) {

    public static CodesForm empty() {
        return new CodesForm(null, null, "", "print", null);
    }

    public String countOrEmpty() {
        return count == null ? "" : count.strip();
    }
}
