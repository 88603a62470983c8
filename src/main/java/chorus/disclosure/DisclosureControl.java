package chorus.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The one place Chorus decides what of a set of figures may be published. Every count, percentage
 * and quote that leaves the database for a page, chart or download goes through here.
 */
public final class DisclosureControl {

    private DisclosureControl() {
    }

    /**
     * Hides what the policy finds too small and enough else that no hidden figure can be worked out
     * from the totals (see {@link Suppression}); rounds the rest when the policy rounds. True zeros
     * are shown and never hidden as partners (see {@link DisclosurePolicy#isTooSmall}). Percentages
     * are of the published row total (row totals and column totals: of the published grand total).
     */
    public static ProtectedTable protect(Table table, DisclosurePolicy policy) {
        int rows = table.rows();
        int columns = table.columns();
        int[][] grid = new int[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                grid[r][c] = table.count(r, c);
            }
            grid[r][columns] = table.rowTotal(r);
        }
        for (int c = 0; c < columns; c++) {
            grid[rows][c] = table.columnTotal(c);
        }
        grid[rows][columns] = table.grandTotal();
        Cell.Reason[] hidden = Suppression.forGrid(grid, policy);
        int width = columns + 1;
        Cell[][] cells = new Cell[rows + 1][width];
        Cell grand = cell(grid[rows][columns], hidden[rows * width + columns], null, policy);
        for (int r = 0; r <= rows; r++) {
            Cell rowTotal = r == rows ? grand
                    : cell(grid[r][columns], hidden[r * width + columns], grand, policy);
            cells[r][columns] = rowTotal;
            for (int c = 0; c < columns; c++) {
                Cell denominator = r == rows ? grand : rowTotal;
                cells[r][c] = cell(grid[r][c], hidden[r * width + c], denominator, policy);
            }
        }
        return new ProtectedTable(cells);
    }

    /**
     * The common case: counts in categories (say answers by ethnic group) and their total, which is
     * shown beside them. Percentages are of the published total.
     */
    public static ProtectedBreakdown protect(List<Integer> counts, DisclosurePolicy policy) {
        if (counts.isEmpty() || counts.stream().anyMatch(c -> c == null || c < 0)) {
            throw new IllegalArgumentException("a breakdown needs one or more counts, none negative: " + counts);
        }
        int[] values = new int[counts.size() + 1];
        int[] line = new int[values.length];
        for (int i = 0; i < counts.size(); i++) {
            values[i] = counts.get(i);
            values[counts.size()] += counts.get(i);
            line[i] = i;
        }
        line[counts.size()] = counts.size();
        Cell.Reason[] hidden = Suppression.forLines(values, List.of(line), policy);
        Cell total = cell(values[counts.size()], hidden[counts.size()], null, policy);
        List<Cell> categories = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            categories.add(cell(values[i], hidden[i], total, policy));
        }
        return new ProtectedBreakdown(List.copyOf(categories), total);
    }

    /** Free-text answers from a group smaller than the minimum are not quoted: the words may identify. */
    public static boolean allowsQuotes(int groupSize, DisclosurePolicy policy) {
        return groupSize >= policy.minimum();
    }

    /** The denominator is null for a grand total, which is 100% of itself when shown and not zero. */
    private static Cell cell(int value, Cell.Reason hidden, Cell denominator, DisclosurePolicy policy) {
        if (hidden != null) {
            return new Cell.Suppressed(hidden, policy.minimum());
        }
        int published = policy.published(value);
        int base = denominator == null ? published
                : denominator instanceof Cell.Shown shown ? shown.count() : 0;
        OptionalDouble percentage = base == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * published / base);
        return new Cell.Shown(published, percentage);
    }
}
