package chorus.disclosure;

/** A {@link Table} as it may be published: each cell and total shown or hidden. */
public final class ProtectedTable {

    /** The last row holds the column totals and the last column the row totals, as in {@link Suppression}. */
    private final Cell[][] cells;

    ProtectedTable(Cell[][] cells) {
        this.cells = cells;
    }

    public int rows() {
        return cells.length - 1;
    }

    public int columns() {
        return cells[0].length - 1;
    }

    public Cell cell(int row, int column) {
        return cells[row][column];
    }

    public Cell rowTotal(int row) {
        return cells[row][columns()];
    }

    public Cell columnTotal(int column) {
        return cells[rows()][column];
    }

    public Cell grandTotal() {
        return cells[rows()][columns()];
    }
}
