package chorus.wres;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** The national WRES figures an administrator entered for a round, by indicator. */
@Singleton
class Comparators {

    /** National percentages (0 to 100) for White and BME staff; either may be null. */
    record Comparator(BigDecimal white, BigDecimal bme) {
    }

    private final WresComparatorRepository comparators;

    Comparators(WresComparatorRepository comparators) {
        this.comparators = comparators;
    }

    @Transactional
    Map<WresIndicator, Comparator> of(long roundId) {
        Map<WresIndicator, Comparator> found = new EnumMap<>(WresIndicator.class);
        comparators.findByKeyRoundId(roundId).forEach(c -> WresIndicator.numbered(c.key().indicator())
                .ifPresent(i -> found.put(i, new Comparator(c.whitePercent(), c.bmePercent()))));
        return found;
    }

    /** Replaces the round's figures: an indicator with neither figure has no row. */
    @Transactional
    void save(long roundId, Map<WresIndicator, Comparator> figures) {
        comparators.deleteByKeyRoundId(roundId);
        comparators.saveAll(figures.entrySet().stream().filter(f -> f.getValue().white() != null || f.getValue().bme() != null)
                .map(f -> new WresComparator(new WresComparator.Key(roundId, f.getKey().number()), f.getValue().white(),
                        f.getValue().bme())).toList());
    }
}
