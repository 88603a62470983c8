package chorus.wres;

import chorus.disclosure.Cell;
import chorus.disclosure.DisclosureControl;
import chorus.disclosure.DisclosurePolicy;
import chorus.disclosure.ProtectedTable;
import chorus.disclosure.Table;
import chorus.stats.Interval;
import chorus.stats.Proportions;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One indicator with the staff divided one way (by organisation, or by staff group): how many White,
 * BME and unknown-ethnicity staff answered in each row, and how many of them had the event.
 *
 * <p>The published table is the numbers answering (rows by ethnic group, with row and column totals),
 * protected by {@link DisclosureControl}: a group below the minimum is hidden, and so are enough
 * others that no hidden number can be worked out from the totals or from White + BME + unknown =
 * total. A percentage is published only beside a published number, so it hides with it.
 */
final class WresBreakdown {

    static final int WHITE = 0;
    static final int BME = 1;
    static final int UNKNOWN = 2;

    /** One ethnic group in one row: the number answering as published, and the true figures behind it. */
    record Group(Cell n, int count, int events) {

        boolean published() {
            return n.isShown() && count > 0;
        }

        /** 0 to 100; null when not published or nobody answered. */
        Double percent() {
            return published() ? 100.0 * events / count : null;
        }

        /** Of the proportion (0 to 1); null when not published or nobody answered. */
        Interval interval() {
            return published() ? Proportions.wilson(events, count) : null;
        }
    }

    private final int[][] counts;
    private final int[][] events;
    private final ProtectedTable table;

    private WresBreakdown(int[][] counts, int[][] events, ProtectedTable table) {
        this.counts = counts;
        this.events = events;
        this.table = table;
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
        int[][] counts = new int[rowKeys.size()][3];
        int[][] events = new int[rowKeys.size()][3];
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
            counts[row][group]++;
            if (outcome.get()) {
                events[row][group]++;
            }
        }
        return new WresBreakdown(counts, events, DisclosureControl.protect(Table.of(counts), policy));
    }

    int rows() {
        return counts.length;
    }

    Group group(int row, int group) {
        return new Group(table.cell(row, group), counts[row][group], events[row][group]);
    }

    Cell unknown(int row) {
        return table.cell(row, UNKNOWN);
    }

    Cell total(int row) {
        return table.rowTotal(row);
    }

    /** LMNS-wide: the column total, as this table would publish it. */
    Group overall(int group) {
        int count = 0;
        int happened = 0;
        for (int r = 0; r < counts.length; r++) {
            count += counts[r][group];
            happened += events[r][group];
        }
        return new Group(table.columnTotal(group), count, happened);
    }

    Cell overallTotal() {
        return table.grandTotal();
    }

    /**
     * The LMNS-wide figures that two tables of the same staff both publish in their totals: a total
     * hidden in one table to protect a cell there must not be read off the other, so it is hidden in both.
     */
    static Group overall(WresBreakdown a, WresBreakdown b, int group) {
        Group first = a.overall(group);
        return first.n().isShown() ? new Group(b.overall(group).n(), first.count(), first.events()) : first;
    }

    static Cell overallTotal(WresBreakdown a, WresBreakdown b) {
        return a.overallTotal().isShown() ? b.overallTotal() : a.overallTotal();
    }
}
