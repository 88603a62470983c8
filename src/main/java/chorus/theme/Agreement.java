package chorus.theme;

import java.util.Collection;
import java.util.Set;

/**
 * How far two coders agree on one theme over the items both coded: Cohen's kappa on whether each gave
 * the theme, (observed − expected agreement) / (1 − expected agreement), where the expected agreement
 * is what two coders giving the theme at their own rates would reach by chance. 1 is full agreement,
 * 0 no better than chance.
 */
final class Agreement {

    /** The themes each of two coders gave one item. */
    record Pair(Set<Long> first, Set<Long> second) {
    }

    /** Kappa with the counts behind it; kappa is NaN when both coders gave every item the same answer by rate alone. */
    record Kappa(int items, int both, int neither, int firstOnly, int secondOnly, double kappa) {

        boolean defined() {
            return !Double.isNaN(kappa);
        }
    }

    private Agreement() {
    }

    static Kappa kappa(Collection<Pair> pairs, long theme) {
        int both = 0;
        int neither = 0;
        int firstOnly = 0;
        int secondOnly = 0;
        for (Pair pair : pairs) {
            boolean a = pair.first().contains(theme);
            boolean b = pair.second().contains(theme);
            if (a && b) {
                both++;
            } else if (!a && !b) {
                neither++;
            } else if (a) {
                firstOnly++;
            } else {
                secondOnly++;
            }
        }
        int n = pairs.size();
        if (n == 0) {
            return new Kappa(0, 0, 0, 0, 0, Double.NaN);
        }
        double observed = (double) (both + neither) / n;
        double firstYes = (double) (both + firstOnly) / n;
        double secondYes = (double) (both + secondOnly) / n;
        double expected = firstYes * secondYes + (1 - firstYes) * (1 - secondYes);
        // Both coders gave (or withheld) the theme on every item: agreement is perfect but says nothing
        // about chance, and kappa's 0/0 is left undefined rather than called 1.
        double kappa = expected == 1.0 ? Double.NaN : (observed - expected) / (1 - expected);
        return new Kappa(n, both, neither, firstOnly, secondOnly, kappa);
    }
}
