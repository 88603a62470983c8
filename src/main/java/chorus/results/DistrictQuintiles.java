package chorus.results;

import java.util.Locale;
import java.util.Map;

/**
 * The approximate IMD quintile of each postcode district, from the lookup the LMNS imported: the
 * groups of the deprivation breakdown. Kept with the representation report, which imports it; this
 * is all the results need of it.
 */
public interface DistrictQuintiles {

    /** District, as {@link #normalise} writes it, to quintile: 1 the most deprived fifth of England. */
    Map<String, Integer> all();

    /** A district as the lookup keys it: "nr 1" is NR1. */
    static String normalise(String district) {
        return district == null ? "" : district.replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
