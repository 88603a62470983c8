package chorus.disclosure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The smallest groups reports show ({@code chorus.disclosure.*}). An LMNS may raise the minimums;
 * lowering them below the NHS defaults risks identifying people, so Chorus warns at start-up.
 *
 * @param roundToFive round shown counts to the nearest five, as NHS Digital does
 */
@ConfigurationProperties("chorus.disclosure")
record DisclosureSettings(@Bindable(defaultValue = "" + DisclosurePolicy.STAFF_MINIMUM) int staffMinimum,
                          @Bindable(defaultValue = "" + DisclosurePolicy.SERVICE_USER_MINIMUM) int serviceUserMinimum,
                          @Bindable(defaultValue = "false") boolean roundToFive) {

    DisclosureSettings {
        if (staffMinimum < 1 || serviceUserMinimum < 1) {
            throw new IllegalArgumentException("chorus.disclosure: the minimum group sizes must be at least 1");
        }
    }

    boolean belowDefaults() {
        return staffMinimum < DisclosurePolicy.STAFF_MINIMUM || serviceUserMinimum < DisclosurePolicy.SERVICE_USER_MINIMUM;
    }
}
