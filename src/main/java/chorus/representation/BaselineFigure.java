package chorus.representation;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.math.BigDecimal;

/** One category's count or share in a baseline, as the file gave it. */
@MappedEntity("population_baseline_figure")
record BaselineFigure(@EmbeddedId Key key, BigDecimal amount) {

    @Embeddable
    record Key(@MappedProperty("baseline_id") long baselineId, @MappedProperty("category") String category) {
    }
}
