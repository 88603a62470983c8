package chorus.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** An administrator adding a survey round; dates as typed (year-month-day), entry "codes" or "links". */
@Serdeable
public record RoundForm(@Nullable String survey, @Nullable String roundName, @Nullable String opensOn,
                        @Nullable String closesOn, @Nullable String entry, @Nullable String csrfToken) {

    public static RoundForm empty(String survey) {
        return new RoundForm(survey, "", "", "", null, null);
    }

    public String roundNameOrEmpty() {
        return roundName == null ? "" : roundName.strip();
    }

    public String opensOnOrEmpty() {
        return opensOn == null ? "" : opensOn.strip();
    }

    public String closesOnOrEmpty() {
        return closesOn == null ? "" : closesOn.strip();
    }
}
