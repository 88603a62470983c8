package chorus.disclosure;

/**
 * How much of one set of figures Chorus may publish: the smallest group it will show, and whether
 * shown counts are rounded to the nearest 5 as NHS Digital does on its maternity dashboards.
 *
 * <p>Staff groups are small and their members know one another, so staff figures need a bigger
 * minimum than service-user figures (NHS staff survey practice: fewer than 11 is not reported).
 */
public record DisclosurePolicy(int minimum, boolean roundToFive) {

    /** NHS staff survey practice: groups of fewer than 11 are not reported. */
    public static final int STAFF_MINIMUM = 11;
    /** Chorus default for answers from people who use the service. */
    public static final int SERVICE_USER_MINIMUM = 5;

    public DisclosurePolicy {
        if (minimum < 1) {
            throw new IllegalArgumentException("the minimum group size must be at least 1, not " + minimum);
        }
    }

    public static DisclosurePolicy staff() {
        return new DisclosurePolicy(STAFF_MINIMUM, false);
    }

    public static DisclosurePolicy serviceUsers() {
        return new DisclosurePolicy(SERVICE_USER_MINIMUM, false);
    }

    public DisclosurePolicy roundingToFive() {
        return new DisclosurePolicy(minimum, true);
    }

    /**
     * True for a count that would identify people: more than none but fewer than the minimum. Never
     * true of a published figure: every shown count is 0 or at least the minimum.
     */
    boolean isTooSmall(int count) {
        return count > 0 && count < minimum;
    }

    /**
     * Whether a cell of this many records, published as this perturbed count, is hidden before any
     * secondary suppression. A group below the minimum is never shown, however its noise falls. A
     * group at the minimum whose figure falls below it is hidden too, so that a published figure is
     * never small and crossing the minimum is a matter of the noise, not a sure sign that one more
     * person was counted. A 0 is shown: it says nobody, or one person (see {@link Perturbation}), so a
     * reader cannot tell the two apart, and hiding it would hide most of a sparse table for no gain.
     */
    boolean hides(int records, int perturbed) {
        return perturbed != 0 && (records < minimum || perturbed < minimum);
    }

    /** A perturbed count as shown: itself, or rounded to five when the policy says so. */
    int shown(int perturbed) {
        return roundToFive ? roundToFive(perturbed) : perturbed;
    }

    /**
     * NHS Digital's rounding: 0 stays 0, 1 to 7 become 5 (so a small count never reads as 0), every
     * other count goes to the nearest multiple of 5. Counts are whole, so there is never a tie.
     */
    static int roundToFive(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + count);
        }
        if (count == 0) {
            return 0;
        }
        if (count <= 7) {
            return 5;
        }
        return (count + 2) / 5 * 5;
    }
}
