package chorus.wres;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.math.BigDecimal;

/** A round's national comparator for one WRES indicator, in percent; either figure may be unknown. */
@MappedEntity("wres_comparator")
record WresComparator(@EmbeddedId Key key, @Nullable BigDecimal whitePercent, @Nullable BigDecimal bmePercent) {

    @Embeddable
    record Key(@MappedProperty("round_id") long roundId, @MappedProperty("indicator") int indicator) {
    }
}
