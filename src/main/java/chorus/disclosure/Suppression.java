package chorus.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Decides which figures to hide. The figures are numbered; a line is a set of figures that add up
 * (the cells of a row and the row total count as one line, the total entered with a minus sign), so
 * a reader who sees all but one figure of a line can work out the missing one, or, now that every
 * figure carries its own noise, narrow it down to a few values.
 *
 * <p>Everything here works on the perturbed figures: which to hide besides the small ones is chosen
 * by what would have been published, so the pattern of hidden cells tells a reader nothing that the
 * published figures do not.
 *
 * <ol>
 * <li>Primary: hide every figure the caller marks (too small; zeros stay shown).</li>
 * <li>Secondary: while some line has exactly one hidden figure, also hide the shown figure of that
 *     line whose loss costs the report least, and check every line again. Least cost is: a non-zero
 *     figure (a hidden zero protects nothing), then a figure the caller marks cheap (a table's
 *     "not stated" column and its totals, before the figures the report exists for), then the
 *     smallest.</li>
 * <li>Tables only: hiding two in every line is not always enough. If the hidden cells of a table
 *     form two separate groups joined by a single hidden cell, adding and subtracting the line sums
 *     of one group gives that cell exactly. So while some hidden cell is such a link (a bridge in
 *     the graph whose nodes are lines and whose edges are hidden cells), also hide the smallest shown
 *     cell that joins the two groups another way, then repeat step 2.</li>
 * </ol>
 *
 * <p>When every hidden cell lies on a cycle of hidden cells and none is zero, each could be one more
 * or one less (moving a unit around the cycle keeps every total), so none can be worked out exactly.
 */
final class Suppression {

    private Suppression() {
    }

    /**
     * Which figures to hide, and why; null where a figure may be shown.
     *
     * @param values the perturbed figures
     * @param small the figures hidden for their own sake
     */
    static Cell.Reason[] forLines(int[] values, boolean[] small, List<int[]> lines) {
        return forLines(values, small, new boolean[values.length], lines);
    }

    /** @param cheap the figures to hide first when another must be protected */
    private static Cell.Reason[] forLines(int[] values, boolean[] small, boolean[] cheap, List<int[]> lines) {
        Cell.Reason[] hidden = new Cell.Reason[values.length];
        for (int i = 0; i < values.length; i++) {
            if (small[i]) {
                hidden[i] = Cell.Reason.BELOW_MINIMUM;
            }
        }
        completeLines(values, cheap, lines, hidden);
        return hidden;
    }

    /**
     * As {@link #forLines}, for a grid whose last row and column are totals: every row and every
     * column of the grid is a line, and hidden cells must not be bridges.
     *
     * @param cheap the cells to hide first when another must be protected
     */
    static Cell.Reason[] forGrid(int[][] grid, boolean[][] small, boolean[][] cheap) {
        int rows = grid.length;
        int columns = grid[0].length;
        int[] values = new int[rows * columns];
        boolean[] marked = new boolean[rows * columns];
        boolean[] cheapCells = new boolean[rows * columns];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(grid[r], 0, values, r * columns, columns);
            System.arraycopy(small[r], 0, marked, r * columns, columns);
            System.arraycopy(cheap[r], 0, cheapCells, r * columns, columns);
        }
        List<int[]> lines = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            int[] line = new int[columns];
            for (int c = 0; c < columns; c++) {
                line[c] = r * columns + c;
            }
            lines.add(line);
        }
        for (int c = 0; c < columns; c++) {
            int[] line = new int[rows];
            for (int r = 0; r < rows; r++) {
                line[r] = r * columns + c;
            }
            lines.add(line);
        }
        Cell.Reason[] hidden = forLines(values, marked, cheapCells, lines);
        int[] joining;
        while ((joining = bridgeCandidates(rows, columns, hidden)) != null) {
            int pick = cheapestShown(values, cheapCells, joining, hidden);
            if (pick < 0) {
                break;
            }
            hidden[pick] = Cell.Reason.PROTECTS_ANOTHER;
            completeLines(values, cheapCells, lines, hidden);
        }
        return hidden;
    }

    private static void completeLines(int[] values, boolean[] cheap, List<int[]> lines, Cell.Reason[] hidden) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[] line : lines) {
                if (hiddenIn(line, hidden) == 1) {
                    int pick = cheapestShown(values, cheap, line, hidden);
                    if (pick >= 0) {
                        hidden[pick] = Cell.Reason.PROTECTS_ANOTHER;
                        changed = true;
                    }
                }
            }
        }
    }

    private static int hiddenIn(int[] line, Cell.Reason[] hidden) {
        int n = 0;
        for (int i : line) {
            if (hidden[i] != null) {
                n++;
            }
        }
        return n;
    }

    /**
     * The shown figure among the candidates whose loss costs least: non-zero ones first (a hidden
     * zero can be neither raised nor lowered around a cycle without going negative, so it protects
     * little), then cheap ones, then the smallest.
     */
    private static int cheapestShown(int[] values, boolean[] cheap, int[] candidates, Cell.Reason[] hidden) {
        int best = -1;
        for (int i : candidates) {
            if (hidden[i] == null && (best < 0 || rank(values[i], cheap[i]) < rank(values[best], cheap[best]))) {
                best = i;
            }
        }
        return best;
    }

    private static long rank(int value, boolean cheap) {
        if (value == 0) {
            return Long.MAX_VALUE;
        }
        return (cheap ? 0L : 1L << 32) + value;
    }

    /**
     * For the first hidden cell that is a bridge, the cells that would join its two sides another
     * way (itself among them); null when no hidden cell is a bridge that another cell could mend. Nodes 0..rows-1 are rows, rows.. are columns.
     */
    private static int[] bridgeCandidates(int rows, int columns, Cell.Reason[] hidden) {
        for (int cell = 0; cell < hidden.length; cell++) {
            if (hidden[cell] == null) {
                continue;
            }
            int row = cell / columns;
            int column = cell % columns;
            boolean[] rowSide = reachable(rows, columns, hidden, row, cell);
            if (rowSide[rows + column]) {
                continue;
            }
            boolean[] columnSide = reachable(rows, columns, hidden, rows + column, cell);
            List<Integer> joining = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    if ((rowSide[r] && columnSide[rows + c]) || (columnSide[r] && rowSide[rows + c])) {
                        joining.add(r * columns + c);
                    }
                }
            }
            if (joining.size() > 1) {
                return joining.stream().mapToInt(Integer::intValue).toArray();
            }
        }
        return null;
    }

    /** Lines reachable from a start line through hidden cells, not passing through the excluded cell. */
    private static boolean[] reachable(int rows, int columns, Cell.Reason[] hidden, int start, int excluded) {
        boolean[] seen = new boolean[rows + columns];
        Deque<Integer> todo = new ArrayDeque<>();
        seen[start] = true;
        todo.add(start);
        while (!todo.isEmpty()) {
            int node = todo.poll();
            for (int other = 0; other < (node < rows ? columns : rows); other++) {
                int cell = node < rows ? node * columns + other : other * columns + (node - rows);
                int next = node < rows ? rows + other : other;
                if (cell != excluded && hidden[cell] != null && !seen[next]) {
                    seen[next] = true;
                    todo.add(next);
                }
            }
        }
        return seen;
    }
}
