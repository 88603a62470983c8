package chorus.results;

import java.util.Optional;

/** The ways the results report divides respondents. */
public enum Breakdown {
    ETHNICITY("results.by.ethnicity"), DEPRIVATION("results.by.deprivation"), LANGUAGE("results.by.language"),
    AGE("results.by.age"), CHANNEL("results.by.channel"), DISABILITY("results.by.disability");

    private final String labelKey;

    Breakdown(String labelKey) {
        this.labelKey = labelKey;
    }

    /** Interface-text key of the breakdown's name. */
    String labelKey() {
        return labelKey;
    }

    /** As in the address: ?by=ethnicity. */
    public String param() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Optional<Breakdown> of(String param) {
        for (Breakdown b : values()) {
            if (b.param().equals(param)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
