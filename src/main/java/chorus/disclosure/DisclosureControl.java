package chorus.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The one place Chorus decides what of a set of figures may be published. Every count, percentage
 * and quote that leaves the database for a page, chart or download goes through here.
 *
 * <p>Three steps, in this order. (1) Perturb every count, totals included, by the cell key of the
 * records behind it ({@link Perturbation}), so that two overlapping periods, or a total and the other
 * parts of it, differ by noise and not by the truth. (2) Hide every group below the minimum, and every
 * figure whose perturbed value would be below it ({@link DisclosurePolicy#hides}). (3) Hide enough
 * other figures that no hidden one can be worked out from the lines it adds up in ({@link
 * Suppression}), choosing them by their perturbed values. Perturbing first means that everything a
 * reader sees, down to which cells are hidden as partners, depends on the true counts only through
 * the noisy ones and through the minimum.
 */
public final class DisclosureControl {

    private DisclosureControl() {
    }

    /**
     * Perturbs, hides and (when the policy rounds) rounds a table with its row, column and grand
     * totals. Percentages are of the published row total (row totals and column totals: of the
     * published grand total), so they match what a reader can check from the page.
     */
    public static ProtectedTable protect(Table table, DisclosurePolicy policy) {
        int rows = table.rows();
        int columns = table.columns();
        Count[][] counts = new Count[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                counts[r][c] = table.count(r, c);
            }
            counts[r][columns] = table.rowTotal(r);
        }
        for (int c = 0; c < columns; c++) {
            counts[rows][c] = table.columnTotal(c);
        }
        counts[rows][columns] = table.grandTotal();
        int[][] perturbed = new int[rows + 1][columns + 1];
        boolean[][] small = new boolean[rows + 1][columns + 1];
        boolean[][] cheap = new boolean[rows + 1][columns + 1];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                perturbed[r][c] = Perturbation.apply(counts[r][c]);
                small[r][c] = policy.hides(counts[r][c].size(), perturbed[r][c]);
                cheap[r][c] = table.cheap(c);
            }
        }
        Cell.Reason[] hidden = Suppression.forGrid(perturbed, small, cheap);
        int width = columns + 1;
        Cell[][] cells = new Cell[rows + 1][width];
        Cell grand = cell(perturbed[rows][columns], hidden[rows * width + columns], null, policy);
        for (int r = 0; r <= rows; r++) {
            Cell rowTotal = r == rows ? grand
                    : cell(perturbed[r][columns], hidden[r * width + columns], grand, policy);
            cells[r][columns] = rowTotal;
            for (int c = 0; c < columns; c++) {
                Cell denominator = r == rows ? grand : rowTotal;
                cells[r][c] = cell(perturbed[r][c], hidden[r * width + c], denominator, policy);
            }
        }
        return new ProtectedTable(cells);
    }

    /**
     * The common case: counts in categories (say people by ethnic group) and their total, which is
     * shown beside them. Percentages are of the published total.
     */
    public static ProtectedBreakdown protect(List<Count> counts, DisclosurePolicy policy) {
        if (counts.isEmpty() || counts.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("a breakdown needs one or more counts");
        }
        int size = counts.size();
        Count total = Count.NONE;
        int[] perturbed = new int[size + 1];
        boolean[] small = new boolean[size + 1];
        int[] line = new int[size + 1];
        for (int i = 0; i < size; i++) {
            total = total.plus(counts.get(i));
            perturbed[i] = Perturbation.apply(counts.get(i));
            small[i] = policy.hides(counts.get(i).size(), perturbed[i]);
            line[i] = i;
        }
        perturbed[size] = Perturbation.apply(total);
        small[size] = policy.hides(total.size(), perturbed[size]);
        line[size] = size;
        Cell.Reason[] hidden = Suppression.forLines(perturbed, small, List.of(line));
        Cell published = cell(perturbed[size], hidden[size], null, policy);
        List<Cell> categories = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            categories.add(cell(perturbed[i], hidden[i], published, policy));
        }
        return new ProtectedBreakdown(List.copyOf(categories), published);
    }

    /**
     * A count that is never shown by itself but only inside a rate whose denominator is a published
     * cell, such as the staff who were harassed out of a group shown on the page. It is perturbed like
     * every other count, so the rate moves with the noise and not with one person, and it is never
     * more than the denominator it is a part of.
     *
     * @param denominator the published cell the count is a part of
     * @return empty when the denominator is hidden: a rate of a hidden group would give it away
     */
    public static OptionalInt numerator(Count part, Cell denominator, DisclosurePolicy policy) {
        if (!(denominator instanceof Cell.Shown whole)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Math.min(policy.shown(Perturbation.apply(part)), whole.count()));
    }

    /**
     * Whether a count would be shown as a figure of its own, not 0: for a report that names a group
     * only when it can show it (a first language typed by one person would be named by its row).
     */
    public static boolean showsOnItsOwn(Count count, DisclosurePolicy policy) {
        int perturbed = Perturbation.apply(count);
        return perturbed > 0 && !policy.hides(count.size(), perturbed);
    }

    /** Free-text answers from a group smaller than the minimum are not quoted: the words may identify. */
    public static boolean allowsQuotes(int groupSize, DisclosurePolicy policy) {
        return groupSize >= policy.minimum();
    }

    /** The denominator is null for a grand total, which is 100% of itself when shown and not zero. */
    private static Cell cell(int perturbed, Cell.Reason hidden, Cell denominator, DisclosurePolicy policy) {
        if (hidden != null) {
            return new Cell.Suppressed(hidden, policy.minimum());
        }
        int published = policy.shown(perturbed);
        int base = denominator == null ? published
                : denominator instanceof Cell.Shown shown ? shown.count() : 0;
        OptionalDouble percentage = base == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * published / base);
        return new Cell.Shown(published, percentage);
    }
}
