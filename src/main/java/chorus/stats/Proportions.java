package chorus.stats;

/** Confidence intervals for a share of a group, such as the share of staff who experienced harassment. */
public final class Proportions {

    /** The z value of a two-sided 95% interval. */
    public static final double Z_95 = 1.96;

    private Proportions() {
    }

    public static Interval wilson(int successes, int n) {
        return wilson(successes, n, Z_95);
    }

    /**
     * The Wilson score interval. Chosen over the textbook p ± z·√(p(1−p)/n) because Chorus groups
     * are small and shares are often near 0 or 1, where that interval goes below 0 or above 1, or
     * shrinks to nothing at 0 of n.
     *
     * @throws IllegalArgumentException for an empty group (there is no share of nobody), or counts
     *     that cannot be (negative, or more successes than people)
     */
    public static Interval wilson(int successes, int n, double z) {
        if (n <= 0) {
            throw new IllegalArgumentException("a share needs a group of at least one, not " + n);
        }
        if (successes < 0 || successes > n) {
            throw new IllegalArgumentException(successes + " out of " + n + " is not a share");
        }
        if (!(z > 0)) {
            throw new IllegalArgumentException("z must be above 0, not " + z);
        }
        double p = (double) successes / n;
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
        // Floating point leaves 0 of n a hair below 0 and n of n a hair above 1.
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /**
     * An interval for the difference of two independent shares, p1 − p2, by Newcombe's hybrid score
     * method (method 10 of Newcombe 1998), built from each share's Wilson interval. It keeps the
     * Wilson interval's good behaviour with small groups and shares near 0 or 1, where the textbook
     * difference interval says "no difference" or "a clear difference" far too often.
     */
    public static Interval difference(int successes1, int n1, int successes2, int n2) {
        Interval one = wilson(successes1, n1);
        Interval two = wilson(successes2, n2);
        double p1 = (double) successes1 / n1;
        double p2 = (double) successes2 / n2;
        double below = Math.sqrt(square(p1 - one.lower()) + square(two.upper() - p2));
        double above = Math.sqrt(square(one.upper() - p1) + square(p2 - two.lower()));
        double d = p1 - p2;
        return new Interval(Math.max(-1, d - below), Math.min(1, d + above));
    }

    private static double square(double x) {
        return x * x;
    }
}
