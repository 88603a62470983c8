package chorus.wres;

import chorus.disclosure.Cell;
import chorus.disclosure.Count;
import chorus.disclosure.DisclosureControl;
import chorus.disclosure.DisclosurePolicy;
import chorus.disclosure.ProtectedTable;
import chorus.disclosure.Table;
import chorus.stats.Interval;
import chorus.stats.Proportions;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * One indicator with the staff divided one way (by organisation, or by staff group): how many White,
 * BME and unknown-ethnicity staff answered in each row, and how many of them had the event.
 *
 * <p>The published table is the numbers answering (rows by ethnic group, with row and column totals),
 * protected by {@link DisclosureControl}: every number perturbed by the keys of the staff behind it, a
 * group below the minimum hidden, and enough others that no hidden number can be worked out from the
 * totals or from White + BME + unknown = total. The LMNS-wide figure is the column total, perturbed as
 * a cell of its own, so the LMNS less the other organisations leaves noise, not the hidden one. A
 * percentage is the perturbed number with the event out of the published number answering, so it is
 * published only beside a published number, and hides with it.
 */
final class WresBreakdown {

    static final int WHITE = 0;
    static final int BME = 1;
    static final int UNKNOWN = 2;

    /**
     * One ethnic group in one row: the number answering as published and, when it is shown, the
     * perturbed number of them with the event (never more than the number answering).
     */
    record Group(Cell n, OptionalInt events) {

        boolean published() {
            return n instanceof Cell.Shown shown && shown.count() > 0 && events.isPresent();
        }

        int count() {
            return ((Cell.Shown) n).count();
        }

        int happened() {
            return events.orElseThrow();
        }

        /** 0 to 100; null when not published or nobody answered. */
        Double percent() {
            return published() ? 100.0 * happened() / count() : null;
        }

        /** Of the proportion (0 to 1); null when not published or nobody answered. */
        Interval interval() {
            return published() ? Proportions.wilson(happened(), count()) : null;
        }
    }

    private final Count[][] events;
    private final ProtectedTable table;
    private final DisclosurePolicy policy;

    private WresBreakdown(Count[][] events, ProtectedTable table, DisclosurePolicy policy) {
        this.events = events;
        this.table = table;
        this.policy = policy;
    }

    /**
     * @param rowKeys the rows, in order; a respondent whose key is not among them is a programming error
     * @param rowOf the row a respondent belongs to
     */
    static WresBreakdown of(List<String> rowKeys, Function<Respondent, String> rowOf, List<Respondent> respondents,
                            WresIndicator indicator, boolean dontKnowInDenominator, DisclosurePolicy policy) {
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < rowKeys.size(); i++) {
            index.put(rowKeys.get(i), i);
        }
        Count[][] counts = empty(rowKeys.size());
        Count[][] events = empty(rowKeys.size());
        for (Respondent respondent : respondents) {
            var outcome = indicator.outcome(respondent.answers(), dontKnowInDenominator);
            if (outcome.isEmpty()) {
                continue;
            }
            Integer row = index.get(rowOf.apply(respondent));
            if (row == null) {
                throw new IllegalArgumentException("no row for " + rowOf.apply(respondent));
            }
            int group = respondent.ethnicity().ordinal();
            Count people = respondent.people();
            counts[row][group] = counts[row][group].plus(people);
            if (outcome.get()) {
                events[row][group] = events[row][group].plus(people);
            }
        }
        // The indicators compare White and BME staff: hide "unknown" and totals before either of them.
        return new WresBreakdown(events, DisclosureControl.protect(Table.of(counts).keeping(WHITE, BME), policy), policy);
    }

    private static Count[][] empty(int rows) {
        Count[][] counts = new Count[rows][3];
        for (Count[] row : counts) {
            java.util.Arrays.fill(row, Count.NONE);
        }
        return counts;
    }

    int rows() {
        return events.length;
    }

    Group group(int row, int group) {
        Cell n = table.cell(row, group);
        return new Group(n, DisclosureControl.numerator(events[row][group], n, policy));
    }

    Cell unknown(int row) {
        return table.cell(row, UNKNOWN);
    }

    Cell total(int row) {
        return table.rowTotal(row);
    }

    /** LMNS-wide: the column total, as this table would publish it. */
    Group overall(int group) {
        Count happened = Count.NONE;
        for (Count[] row : events) {
            happened = happened.plus(row[group]);
        }
        Cell n = table.columnTotal(group);
        return new Group(n, DisclosureControl.numerator(happened, n, policy));
    }

    Cell overallTotal() {
        return table.grandTotal();
    }

    /**
     * The LMNS-wide figures that two tables of the same staff both publish in their totals. Both are
     * the same staff, so with the same keys they are perturbed to the same figure; but a total hidden
     * in one table to protect a cell there must not be read off the other, so it is hidden in both.
     */
    static Group overall(WresBreakdown a, WresBreakdown b, int group) {
        Group first = a.overall(group);
        return first.n().isShown() ? b.overall(group) : first;
    }

    static Cell overallTotal(WresBreakdown a, WresBreakdown b) {
        return a.overallTotal().isShown() ? b.overallTotal() : a.overallTotal();
    }
}
