package chorus.disclosure;

import java.util.Arrays;

/**
 * Counts cross-tabulated by two classifications (say staff group by ethnic group), with the totals
 * a reader would see beside them. Rows are the groups described; percentages are of the row total.
 */
public final class Table {

    private final int[][] counts;

    private Table(int[][] counts) {
        this.counts = counts;
    }

    public static Table of(int[]... rows) {
        if (rows.length == 0 || rows[0].length == 0) {
            throw new IllegalArgumentException("a table needs at least one row and one column");
        }
        int[][] copy = new int[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != rows[0].length) {
                throw new IllegalArgumentException("row " + r + " has " + rows[r].length + " columns, not "
                        + rows[0].length);
            }
            if (Arrays.stream(rows[r]).anyMatch(c -> c < 0)) {
                throw new IllegalArgumentException("row " + r + " has a negative count");
            }
            copy[r] = rows[r].clone();
        }
        return new Table(copy);
    }

    public int rows() {
        return counts.length;
    }

    public int columns() {
        return counts[0].length;
    }

    public int count(int row, int column) {
        return counts[row][column];
    }

    public int rowTotal(int row) {
        return Arrays.stream(counts[row]).sum();
    }

    public int columnTotal(int column) {
        return Arrays.stream(counts).mapToInt(r -> r[column]).sum();
    }

    public int grandTotal() {
        return Arrays.stream(counts).flatMapToInt(Arrays::stream).sum();
    }
}
