package chorus.disclosure;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * Reads chorus.disclosure.* so an LMNS can raise (never usefully lower) the minimum group sizes, and
 * makes the record keys from the stored secret.
 */
@Factory
class DisclosureConfiguration {

    @Singleton
    DisclosurePolicies disclosurePolicies(
            @Value("${chorus.disclosure.staff-minimum:" + DisclosurePolicy.STAFF_MINIMUM + "}") int staffMinimum,
            @Value("${chorus.disclosure.service-user-minimum:" + DisclosurePolicy.SERVICE_USER_MINIMUM + "}")
            int serviceUserMinimum,
            @Value("${chorus.disclosure.round-to-five:false}") boolean roundToFive) {
        return new DisclosurePolicies(new DisclosurePolicy(staffMinimum, roundToFive),
                new DisclosurePolicy(serviceUserMinimum, roundToFive));
    }

    @Singleton
    RecordKeys recordKeys(DisclosureSecret secret) {
        return new RecordKeys(secret.secret());
    }
}
