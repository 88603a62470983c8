package chorus.stats;

import java.util.Optional;

/**
 * How well a group is heard: its share of the people who answered ÷ its share of the population
 * (say, of women giving birth in the LMNS). 1.0 is in proportion; 0.5 is heard half as often as its size.
 *
 * <p>The interval is the Wilson interval of the heard share divided by the population share. That
 * treats the population share as exact, which is fair for census and MSDS baselines that count
 * everyone, and understates the uncertainty when the baseline is itself an estimate.
 */
public record Representation(double ratio, Interval interval) {

    /**
     * Empty when nobody answered: there is no share heard.
     *
     * @throws IllegalArgumentException for a population share outside (0, 1] (a group with no
     *     baseline has no ratio; the caller should not ask), or counts that cannot be
     */
    public static Optional<Representation> of(int heard, int totalHeard, double populationShare) {
        if (!(populationShare > 0 && populationShare <= 1)) {
            throw new IllegalArgumentException("a population share must be above 0 and at most 1, not "
                    + populationShare);
        }
        if (heard < 0 || heard > totalHeard) {
            throw new IllegalArgumentException(heard + " heard out of " + totalHeard + " cannot be");
        }
        if (totalHeard == 0) {
            return Optional.empty();
        }
        Interval share = Proportions.wilson(heard, totalHeard);
        return Optional.of(new Representation((double) heard / totalHeard / populationShare,
                new Interval(share.lower() / populationShare, share.upper() / populationShare)));
    }
}
