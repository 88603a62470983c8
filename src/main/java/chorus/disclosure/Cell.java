package chorus.disclosure;

import java.util.Map;
import java.util.OptionalDouble;

/** One published figure: a count Chorus may show, or a statement that it is hidden. Never a bare 0 or blank. */
public sealed interface Cell permits Cell.Shown, Cell.Suppressed {

    /** Why a figure is hidden. Kept for audit and tests only: both reasons read the same on the page. */
    enum Reason {
        /** More than none but fewer than the minimum group size. */
        BELOW_MINIMUM,
        /** Large enough, but showing it would let a reader work out a hidden one from the totals. */
        PROTECTS_ANOTHER
    }

    boolean isShown();

    /**
     * A count as published (rounded when the policy rounds), with its percentage of the published
     * denominator when that denominator is shown and not zero.
     */
    record Shown(int count, OptionalDouble percentage) implements Cell {

        @Override
        public boolean isShown() {
            return true;
        }
    }

    /**
     * A hidden figure. Every hidden cell reads the same whatever the reason: if cells hidden to
     * protect another read differently, a reader could tell which cell of a pair is the small one and
     * then, from the total, often work out both.
     */
    record Suppressed(Reason reason, int minimum) implements Cell {

        @Override
        public boolean isShown() {
            return false;
        }

        public String textKey() {
            return "disclosure.fewer_than";
        }

        public Map<String, Object> textArgs() {
            return Map.of("n", minimum);
        }
    }
}
