package chorus.wres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

/**
 * A reader's attack on a published table: each row adds up to its total and each column to the
 * totals row, so the hidden figures solve a set of linear equations. The published figures carry
 * the noise of the cell key method, so they no longer add up exactly and the arithmetic would give a
 * hidden figure only to within a few; this checks the stronger thing, that even if every shown figure
 * were exact, no hidden one could be worked out: no hidden cell's value is fixed by the equations
 * (its unit vector is not in their span).
 */
final class HiddenCells {

    private HiddenCells() {
    }

    /**
     * @param grid rows of counts whose last entry is the row total; the last row holds the column
     *     totals; -1 marks a hidden figure
     */
    static void assertNoneRecoverable(List<int[]> grid, String label) {
        int rows = grid.size();
        int columns = grid.get(0).length;
        List<Integer> unknowns = new ArrayList<>();
        for (int i = 0; i < rows * columns; i++) {
            if (grid.get(i / columns)[i % columns] < 0) {
                unknowns.add(i);
            }
        }
        List<double[]> equations = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            double[] equation = new double[unknowns.size()];
            for (int c = 0; c < columns; c++) {
                int at = unknowns.indexOf(r * columns + c);
                if (at >= 0) {
                    equation[at] = c == columns - 1 ? -1 : 1;
                }
            }
            equations.add(equation);
        }
        for (int c = 0; c < columns; c++) {
            double[] equation = new double[unknowns.size()];
            for (int r = 0; r < rows; r++) {
                int at = unknowns.indexOf(r * columns + c);
                if (at >= 0) {
                    equation[at] = r == rows - 1 ? -1 : 1;
                }
            }
            equations.add(equation);
        }
        int rank = rank(equations);
        for (int u = 0; u < unknowns.size(); u++) {
            List<double[]> with = new ArrayList<>(equations);
            double[] unit = new double[unknowns.size()];
            unit[u] = 1;
            with.add(unit);
            int cell = unknowns.get(u);
            assertEquals(rank + 1, rank(with), label + ": the hidden figure in row " + cell / columns + ", column "
                    + cell % columns + " can be worked out from the totals");
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
}
