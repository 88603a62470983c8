package chorus.report;

import chorus.i18n.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * One published table of a report, as the page shows it and its CSV download repeats it: every
 * cell already through disclosure control and turned into words by {@link Figures}. The chart, when
 * there is one, draws the same figures; {@code views/fragments/report.html} renders both together.
 *
 * @param id HTML id of the block, unique on the page
 * @param csvHref where the same table downloads as CSV; null for none
 * @param chart the table's chart; null for none
 * @param parts how the page splits the columns into narrower tables; the CSV keeps them in one file
 */
public record ReportTable(String id, Text caption, Text rowHeading, List<Text> columns, List<Row> rows, String csvHref,
                          BarChart.Chart chart, List<Part> parts) {

    public ReportTable {
        for (Row row : rows) {
            if (row.cells().size() != columns.size()) {
                throw new IllegalArgumentException("row " + row.header().value() + " has " + row.cells().size()
                        + " cells for " + columns.size() + " columns");
            }
        }
        if (parts.stream().mapToInt(Part::columns).sum() != columns.size()) {
            throw new IllegalArgumentException("the parts of " + id + " do not add up to its " + columns.size() + " columns");
        }
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        parts = List.copyOf(parts);
    }

    /** A table the page shows whole. */
    public ReportTable(String id, Text caption, Text rowHeading, List<Text> columns, List<Row> rows, String csvHref,
                       BarChart.Chart chart) {
        this(id, caption, rowHeading, columns, rows, csvHref, chart, List.of(new Part(caption, columns.size())));
    }

    /** A row: its heading (the group it describes) and its cells. */
    public record Row(Text header, List<Text> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * Consecutive columns shown as a table of their own beside every row's heading. A table with many
     * columns is split so that none is wider than a desktop screen or A4 portrait paper.
     *
     * @param caption the whole caption of this part's table
     */
    public record Part(Text caption, int columns) {
    }

    /** One table as the page shows it: a part's caption and columns, and each row with that part's cells. */
    public record Shown(Text caption, List<Text> columns, List<Row> rows) {
    }

    /** The tables the page shows, one for each part. */
    public List<Shown> shown() {
        List<Shown> shown = new ArrayList<>();
        int from = 0;
        for (Part part : parts) {
            int start = from;
            int end = from + part.columns();
            shown.add(new Shown(part.caption(), columns.subList(start, end),
                    rows.stream().map(r -> new Row(r.header(), r.cells().subList(start, end))).toList()));
            from = end;
        }
        return shown;
    }
}
