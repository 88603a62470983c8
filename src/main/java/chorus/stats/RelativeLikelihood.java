package chorus.stats;

import java.util.OptionalDouble;

/**
 * WRES relative likelihood: (events ÷ base) for the first-named group ÷ (events ÷ base) for the
 * other. 1.00 means equal likelihood; WRES indicator 2 names White first, indicator 3 BME first.
 */
public final class RelativeLikelihood {

    private RelativeLikelihood() {
    }

    /**
     * Empty when either group has nobody in its base or nobody in the second group had the event:
     * real data does that (no BME applicants shortlisted this year), and there is no ratio to show.
     *
     * @throws IllegalArgumentException for counts that cannot be (negative, or more events than base)
     */
    public static OptionalDouble of(int eventsA, int baseA, int eventsB, int baseB) {
        check(eventsA, baseA);
        check(eventsB, baseB);
        if (baseA == 0 || baseB == 0 || eventsB == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(((double) eventsA / baseA) / ((double) eventsB / baseB));
    }

    private static void check(int events, int base) {
        if (events < 0 || base < 0 || events > base) {
            throw new IllegalArgumentException(events + " events out of " + base + " cannot be");
        }
    }
}
