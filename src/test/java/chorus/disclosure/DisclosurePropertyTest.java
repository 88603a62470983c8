package chorus.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random small tables, as a report by staff group and ethnic group would give, with random cell
 * keys: whatever the counts and keys, nothing small is shown, every shown figure is within one of the
 * truth, and no hidden figure can be worked out from what is shown.
 */
class DisclosurePropertyTest {

    private static final long SEED = 20_261_124L;

    @Test
    void noRandomTableShowsASmallCountOrLeavesAHiddenOneRecoverable() {
        Random random = new Random(SEED);
        int withSecondary = 0;
        for (int i = 0; i < 2000; i++) {
            int[][] counts = randomCounts(random, 1 + random.nextInt(5), 1 + random.nextInt(5));
            DisclosurePolicy policy = random.nextBoolean() ? DisclosurePolicy.staff() : DisclosurePolicy.serviceUsers();
            Table table = keyed(random, counts);
            // Half the tables say which columns matter most (as WRES keeps White and BME): the other
            // cells are hidden first, and the guarantee must hold whichever partners are chosen.
            int kept = random.nextBoolean() ? random.nextInt(table.columns()) : -1;
            if (kept >= 0) {
                table = table.keeping(kept);
            }
            ProtectedTable published = DisclosureControl.protect(table, policy);
            String which = "table " + i + " " + Arrays.deepToString(counts) + " with minimum " + policy.minimum()
                    + (kept >= 0 ? " keeping column " + kept : "");
            assertNoShownCountIsSmall(published, policy, which);
            assertEveryShownCountIsWithinOneOfTheTruth(published, table, which);
            assertNoLineHasOneHidden(published);
            assertNoHiddenCellCanBeWorkedOut(published, counts);
            if (lines(published).stream().flatMap(List::stream)
                    .anyMatch(c -> c instanceof Cell.Suppressed s && s.reason() == Cell.Reason.PROTECTS_ANOTHER)) {
                withSecondary++;
            }
        }
        assertTrue(withSecondary > 500, "the random tables exercise secondary suppression: " + withSecondary);
    }

    @Test
    void noRandomBreakdownShowsASmallCountOrLeavesOneHiddenAlone() {
        Random random = new Random(SEED);
        for (int i = 0; i < 2000; i++) {
            int[][] sizes = randomCounts(random, 1, 1 + random.nextInt(8));
            List<Integer> counts = Arrays.stream(sizes[0]).boxed().toList();
            DisclosurePolicy policy = random.nextBoolean() ? DisclosurePolicy.staff() : DisclosurePolicy.serviceUsers();
            Table table = keyed(random, sizes);
            List<Count> keyed = new ArrayList<>();
            for (int c = 0; c < table.columns(); c++) {
                keyed.add(table.count(0, c));
            }
            ProtectedBreakdown published = DisclosureControl.protect(keyed, policy);
            List<Cell> line = new ArrayList<>(published.categories());
            line.add(published.total());
            assertNotEquals(1, line.stream().filter(c -> !c.isShown()).count(), "breakdown " + counts);
            line.stream().filter(Cell::isShown).map(c -> ((Cell.Shown) c).count())
                    .forEach(n -> assertFalse(policy.isTooSmall(n), "shown " + n + " in " + counts));
        }
    }

    private static Table keyed(Random random, int[][] counts) {
        Count[][] keyed = new Count[counts.length][];
        for (int r = 0; r < counts.length; r++) {
            keyed[r] = Arrays.stream(counts[r]).mapToObj(n -> Count.of(n, random.nextInt(Count.KEYS))).toArray(Count[]::new);
        }
        return Table.of(keyed);
    }

    private static void assertEveryShownCountIsWithinOneOfTheTruth(ProtectedTable published, Table table, String which) {
        for (int r = 0; r <= table.rows(); r++) {
            for (int c = 0; c <= table.columns(); c++) {
                boolean rowTotal = c == table.columns();
                boolean columnTotal = r == table.rows();
                Cell cell = columnTotal ? (rowTotal ? published.grandTotal() : published.columnTotal(c))
                        : rowTotal ? published.rowTotal(r) : published.cell(r, c);
                Count truth = columnTotal ? (rowTotal ? table.grandTotal() : table.columnTotal(c))
                        : rowTotal ? table.rowTotal(r) : table.count(r, c);
                if (cell instanceof Cell.Shown shown) {
                    assertTrue(Math.abs(shown.count() - truth.size()) <= 1, "shown " + shown.count() + " for "
                            + truth.size() + " in " + which);
                }
            }
        }
    }

    /** Mostly small counts and many zeros, so most tables need suppression; some large ones. */
    private static int[][] randomCounts(Random random, int rows, int columns) {
        int[][] counts = new int[rows][columns];
        for (int[] row : counts) {
            for (int c = 0; c < columns; c++) {
                int kind = random.nextInt(10);
                row[c] = kind < 2 ? 0 : kind < 7 ? random.nextInt(15) : random.nextInt(80);
            }
        }
        return counts;
    }

    private static void assertNoShownCountIsSmall(ProtectedTable table, DisclosurePolicy policy, String which) {
        lines(table).stream().flatMap(List::stream).filter(Cell::isShown).map(c -> ((Cell.Shown) c).count())
                .forEach(n -> assertFalse(policy.isTooSmall(n), "shown " + n + " in " + which));
    }

    static void assertNoLineHasOneHidden(ProtectedTable table) {
        for (List<Cell> line : lines(table)) {
            assertNotEquals(1, line.stream().filter(c -> !c.isShown()).count(), "a line with one hidden figure: " + line);
        }
    }

    static int hiddenCount(ProtectedTable table) {
        return (int) rowsWithTotals(table).stream().flatMap(List::stream).filter(c -> !c.isShown()).count();
    }

    /**
     * Solves for the hidden figures as a reader could: each row and column (totals included) is an
     * equation in the hidden figures. A hidden figure is worked out exactly when its unit vector lies in
     * the span of those equations, that is when adding it as an equation does not raise the rank.
     */
    static void assertNoHiddenCellCanBeWorkedOut(ProtectedTable table, int[][] counts) {
        List<List<Cell>> grid = rowsWithTotals(table);
        int rows = grid.size();
        int columns = grid.get(0).size();
        List<Integer> unknowns = new ArrayList<>();
        for (int i = 0; i < rows * columns; i++) {
            if (!grid.get(i / columns).get(i % columns).isShown()) {
                unknowns.add(i);
            }
        }
        List<double[]> equations = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            double[] eq = new double[unknowns.size()];
            for (int c = 0; c < columns; c++) {
                int at = unknowns.indexOf(r * columns + c);
                if (at >= 0) {
                    eq[at] = c == columns - 1 ? -1 : 1;
                }
            }
            equations.add(eq);
        }
        for (int c = 0; c < columns; c++) {
            double[] eq = new double[unknowns.size()];
            for (int r = 0; r < rows; r++) {
                int at = unknowns.indexOf(r * columns + c);
                if (at >= 0) {
                    eq[at] = r == rows - 1 ? -1 : 1;
                }
            }
            equations.add(eq);
        }
        int rank = rank(equations);
        for (int u = 0; u < unknowns.size(); u++) {
            List<double[]> with = new ArrayList<>(equations);
            double[] unit = new double[unknowns.size()];
            unit[u] = 1;
            with.add(unit);
            int cell = unknowns.get(u);
            assertEquals(rank + 1, rank(with), "hidden cell row " + cell / columns + " column " + cell % columns
                    + " can be worked out in " + Arrays.deepToString(counts));
        }
    }

    private static int rank(List<double[]> equations) {
        double[][] m = equations.stream().map(double[]::clone).toArray(double[][]::new);
        int width = m.length == 0 ? 0 : m[0].length;
        int rank = 0;
        for (int col = 0; col < width && rank < m.length; col++) {
            int pivot = rank;
            for (int r = rank; r < m.length; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            if (Math.abs(m[pivot][col]) < 1e-9) {
                continue;
            }
            double[] swap = m[pivot];
            m[pivot] = m[rank];
            m[rank] = swap;
            for (int r = 0; r < m.length; r++) {
                if (r != rank) {
                    double factor = m[r][col] / m[rank][col];
                    for (int k = col; k < width; k++) {
                        m[r][k] -= factor * m[rank][k];
                    }
                }
            }
            rank++;
        }
        return rank;
    }

    /** Every row and every column of the table with its totals, each ending with its total. */
    private static List<List<Cell>> lines(ProtectedTable table) {
        List<List<Cell>> grid = rowsWithTotals(table);
        List<List<Cell>> lines = new ArrayList<>(grid);
        for (int c = 0; c < grid.get(0).size(); c++) {
            int column = c;
            lines.add(grid.stream().map(row -> row.get(column)).toList());
        }
        return lines;
    }

    private static List<List<Cell>> rowsWithTotals(ProtectedTable table) {
        List<List<Cell>> grid = new ArrayList<>();
        for (int r = 0; r <= table.rows(); r++) {
            List<Cell> row = new ArrayList<>();
            for (int c = 0; c <= table.columns(); c++) {
                row.add(r < table.rows() && c < table.columns() ? table.cell(r, c)
                        : r < table.rows() ? table.rowTotal(r)
                        : c < table.columns() ? table.columnTotal(c) : table.grandTotal());
            }
            grid.add(row);
        }
        return grid;
    }
}
