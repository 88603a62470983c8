package chorus.disclosure;

import org.slf4j.LoggerFactory;
import org.slf4j.Logger;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * Reads chorus.disclosure.* so an LMNS can raise (never usefully lower) the minimum group sizes, and
 * makes the record keys from the stored secret.
 */
@Factory
class DisclosureConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(DisclosureConfiguration.class);

    @Singleton
    DisclosurePolicies disclosurePolicies(DisclosureSettings settings) {
        if (settings.belowDefaults()) {
            LOG.warn("chorus.disclosure: a minimum group size is set below the NHS default ({} for staff, {} for service"
                    + " users); reports may then identify people", DisclosurePolicy.STAFF_MINIMUM, DisclosurePolicy.SERVICE_USER_MINIMUM);
        }
        return new DisclosurePolicies(new DisclosurePolicy(settings.staffMinimum(), settings.roundToFive()),
                new DisclosurePolicy(settings.serviceUserMinimum(), settings.roundToFive()));
    }

    @Singleton
    RecordKeys recordKeys(DisclosureSecret secret) {
        return new RecordKeys(secret.secret());
    }
}
