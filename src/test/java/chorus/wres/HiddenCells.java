package chorus.wres;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A reader's attack on a published table: every way of filling the hidden cells with whole numbers
 * that agrees with everything shown (each row adds up to its total; each column adds up to the
 * totals row). A hidden cell that can take only one value has been given away.
 */
final class HiddenCells {

    private HiddenCells() {
    }

    /**
     * @param grid rows of counts whose last entry is the row total; the last row holds the column
     *     totals; -1 marks a hidden figure. The grand total must be shown (it bounds the search).
     */
    static void assertNoneRecoverable(List<int[]> grid, String label) {
        int[] totals = grid.get(grid.size() - 1);
        int bound = totals[totals.length - 1];
        assertTrue(bound >= 0, "the grand total is shown");
        List<List<int[]>> choices = new ArrayList<>();
        for (int[] row : grid) {
            choices.add(completions(row, bound));
        }
        List<Set<Integer>> seen = new ArrayList<>();
        for (int i = 0; i < grid.size() * totals.length; i++) {
            seen.add(new HashSet<>());
        }
        search(choices, 0, new int[grid.size()][], seen);
        for (int r = 0; r < grid.size(); r++) {
            for (int c = 0; c < totals.length; c++) {
                if (grid.get(r)[c] < 0) {
                    Set<Integer> values = seen.get(r * totals.length + c);
                    assertTrue(values.size() > 1, label + ": the hidden figure in row " + r + ", column " + c
                            + " can only be " + values);
                }
            }
        }
    }

    /** Every way to fill a row's hidden figures so that its cells add up to its total. */
    private static List<int[]> completions(int[] row, int bound) {
        List<Integer> hidden = new ArrayList<>();
        for (int c = 0; c < row.length; c++) {
            if (row[c] < 0) {
                hidden.add(c);
            }
        }
        List<int[]> found = new ArrayList<>();
        fill(row.clone(), hidden, 0, bound, found);
        return found;
    }

    private static void fill(int[] row, List<Integer> hidden, int next, int bound, List<int[]> found) {
        if (next == hidden.size()) {
            int sum = 0;
            for (int c = 0; c < row.length - 1; c++) {
                sum += row[c];
            }
            if (sum == row[row.length - 1]) {
                found.add(row.clone());
            }
            return;
        }
        for (int v = 0; v <= bound; v++) {
            row[hidden.get(next)] = v;
            fill(row, hidden, next + 1, bound, found);
        }
        row[hidden.get(next)] = -1;
    }

    private static void search(List<List<int[]>> choices, int r, int[][] picked, List<Set<Integer>> seen) {
        if (r == choices.size()) {
            int columns = picked[0].length;
            for (int c = 0; c < columns; c++) {
                int sum = 0;
                for (int i = 0; i < picked.length - 1; i++) {
                    sum += picked[i][c];
                }
                if (sum != picked[picked.length - 1][c]) {
                    return;
                }
            }
            for (int i = 0; i < picked.length; i++) {
                for (int c = 0; c < columns; c++) {
                    seen.get(i * columns + c).add(picked[i][c]);
                }
            }
            return;
        }
        for (int[] choice : choices.get(r)) {
            picked[r] = choice;
            search(choices, r + 1, picked, seen);
        }
    }
}
