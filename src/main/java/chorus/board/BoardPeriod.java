package chorus.board;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The period a board report covers: a whole quarter (January to March, April to June, July to
 * September, October to December, which are also the NHS financial year's quarters) or a whole
 * year, calendar (January to December) or financial (April to March). Anything else would make
 * the comparison with the periods before it meaningless, so it is refused.
 */
public record BoardPeriod(LocalDate from, LocalDate to, Kind kind) {

    /** How many periods before this one the trends show. */
    public static final int TREND_PERIODS = 4;

    public enum Kind {
        QUARTER, YEAR
    }

    /** The period from {@code from} to {@code to}, if it is a whole quarter or a whole year. */
    public static Optional<BoardPeriod> of(LocalDate from, LocalDate to) {
        if (from == null || to == null || from.getDayOfMonth() != 1 || from.getMonthValue() % 3 != 1) {
            return Optional.empty();
        }
        if (to.equals(from.plusMonths(3).minusDays(1))) {
            return Optional.of(new BoardPeriod(from, to, Kind.QUARTER));
        }
        boolean yearStart = from.getMonth() == Month.JANUARY || from.getMonth() == Month.APRIL;
        if (yearStart && to.equals(from.plusYears(1).minusDays(1))) {
            return Optional.of(new BoardPeriod(from, to, Kind.YEAR));
        }
        return Optional.empty();
    }

    /** The quarter that ended most recently before {@code today}: the report a board usually asks for. */
    public static BoardPeriod lastQuarter(LocalDate today) {
        LocalDate thisQuarter = LocalDate.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 1, 1);
        LocalDate from = thisQuarter.minusMonths(3);
        return new BoardPeriod(from, thisQuarter.minusDays(1), Kind.QUARTER);
    }

    /** The period of the same length just before this one. */
    public BoardPeriod previous() {
        int months = kind == Kind.QUARTER ? 3 : 12;
        LocalDate start = from.minusMonths(months);
        return new BoardPeriod(start, from.minusDays(1), kind);
    }

    /** The trend's periods, oldest first, ending with this one. */
    public List<BoardPeriod> trend() {
        List<BoardPeriod> periods = new ArrayList<>();
        BoardPeriod period = this;
        for (int i = 0; i <= TREND_PERIODS; i++) {
            periods.add(0, period);
            period = period.previous();
        }
        return periods;
    }

    /** Whether the period has ended by {@code today}: a report of a period still running says so. */
    public boolean ended(LocalDate today) {
        return today.isAfter(to);
    }
}
