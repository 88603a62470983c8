package chorus.stats;

/** A confidence interval, lower to upper. */
public record Interval(double lower, double upper) {

    public Interval {
        if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
            throw new IllegalArgumentException("not an interval: " + lower + " to " + upper);
        }
    }
}
