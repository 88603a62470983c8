package chorus.disclosure;

/**
 * Counts cross-tabulated by two classifications (say staff group by ethnic group), with the totals
 * a reader would see beside them. Rows are the groups described; percentages are of the row total.
 * A total is the records of its row or column, with their own cell key: it is perturbed as a cell of
 * its own, as ONS does, so the same people give the same total in every table that shows it.
 */
public final class Table {

    private final Count[][] counts;
    private final java.util.Set<Integer> keyColumns;

    private Table(Count[][] counts, java.util.Set<Integer> keyColumns) {
        this.counts = counts;
        this.keyColumns = keyColumns;
    }

    /**
     * The same table, saying which columns hold the figures the report exists for (White and BME
     * for WRES). When a small figure needs partners hidden with it, the other columns, the row totals
     * and the grand total are hidden first, and these columns only when nothing cheaper protects it.
     * Without this, every figure costs the same and the smallest partner is hidden.
     */
    public Table keeping(int... columns) {
        java.util.Set<Integer> keep = new java.util.HashSet<>();
        for (int column : columns) {
            if (column < 0 || column >= columns()) {
                throw new IllegalArgumentException("no column " + column + " in a table of " + columns());
            }
            keep.add(column);
        }
        return new Table(counts, java.util.Set.copyOf(keep));
    }

    /** Whether hiding the cell, in the table with its totals (column index columns() for row totals), costs least. */
    boolean cheap(int column) {
        return !keyColumns.isEmpty() && !keyColumns.contains(column);
    }

    public static Table of(Count[]... rows) {
        if (rows.length == 0 || rows[0].length == 0) {
            throw new IllegalArgumentException("a table needs at least one row and one column");
        }
        Count[][] copy = new Count[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != rows[0].length) {
                throw new IllegalArgumentException("row " + r + " has " + rows[r].length + " columns, not "
                        + rows[0].length);
            }
            for (Count count : rows[r]) {
                if (count == null) {
                    throw new IllegalArgumentException("row " + r + " has no count in a cell");
                }
            }
            copy[r] = rows[r].clone();
        }
        return new Table(copy, java.util.Set.of());
    }

    public int rows() {
        return counts.length;
    }

    public int columns() {
        return counts[0].length;
    }

    public Count count(int row, int column) {
        return counts[row][column];
    }

    public Count rowTotal(int row) {
        Count total = Count.NONE;
        for (Count count : counts[row]) {
            total = total.plus(count);
        }
        return total;
    }

    public Count columnTotal(int column) {
        Count total = Count.NONE;
        for (Count[] row : counts) {
            total = total.plus(row[column]);
        }
        return total;
    }

    public Count grandTotal() {
        Count total = Count.NONE;
        for (int r = 0; r < rows(); r++) {
            total = total.plus(rowTotal(r));
        }
        return total;
    }
}
