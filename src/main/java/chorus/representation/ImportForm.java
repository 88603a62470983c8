package chorus.representation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** An analyst pasting a CSV file of figures; for baselines, also whether they are of the population or of births. */
@Serdeable
public record ImportForm(@Nullable String csv, @Nullable String csrfToken, @Nullable String kind) {

    /** The kind of baseline chosen: the form sends one of its two; a file posted without one is of the population, as before births. */
    Baseline.Kind baselineKind() {
        if (kind == null || kind.isBlank()) {
            return Baseline.Kind.POPULATION;
        }
        for (Baseline.Kind k : Baseline.Kind.values()) {
            if (k.name().equals(kind)) {
                return k;
            }
        }
        throw new chorus.system.TamperedFormException("a kind of baseline the form does not offer");
    }

    public String csvOrEmpty() {
        return csv == null ? "" : csv;
    }
}
