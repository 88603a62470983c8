package chorus.representation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.LocalDate;

/**
 * An imported baseline of the population or of births: one area's figures from one source and year, counts or published
 * shares, in the NHS or the ONS classification. Its figures are {@link BaselineFigure} rows.
 */
@MappedEntity("population_baseline")
public record Baseline(@Id @GeneratedValue @Nullable Long id, Kind kind, String area, String source,
                       @MappedProperty("year_of") int year, String classification, String measure, LocalDate importedOn) {

    /** Everyone living in the area, or the babies born to mothers living there (by the mother's group). */
    public enum Kind {
        POPULATION, BIRTHS;

        public String labelKey() {
            return switch (this) {
                case POPULATION -> "baselines.kind.population";
                case BIRTHS -> "baselines.kind.births";
            };
        }
    }

    public boolean shares() {
        return "SHARE".equals(measure);
    }
}
