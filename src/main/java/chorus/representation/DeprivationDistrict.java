package chorus.representation;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The IMD quintile of a postcode district (an outward code such as NR1), from the lookup an admin imported. */
@MappedEntity("deprivation_lookup")
record DeprivationDistrict(@Id String postcodeDistrict, int quintile) {
}
