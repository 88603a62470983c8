package chorus.workforce;

import java.util.Arrays;
import java.util.Optional;

/**
 * WRES ethnicity groups: White (NHS codes A, B, C), BME (every other valid code) and unknown (not
 * stated or not recorded), which is shown separately and left out of percentages and likelihoods.
 */
enum Ethnicity {
    WHITE, BME, UNKNOWN;

    String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Optional<Ethnicity> ofCode(String code) {
        return Arrays.stream(values()).filter(e -> e.code().equals(code)).findFirst();
    }
}
