package chorus.report;

import chorus.i18n.Text;
import java.util.List;

/**
 * One published table of a report, as the page shows it and its CSV download repeats it: every
 * cell already through disclosure control and turned into words by {@link Figures}. The chart, when
 * there is one, draws the same figures; {@code views/fragments/report.html} renders both together.
 *
 * @param id HTML id of the block, unique on the page
 * @param csvHref where the same table downloads as CSV; null for none
 * @param chart the table's chart; null for none
 */
public record ReportTable(String id, Text caption, Text rowHeading, List<Text> columns, List<Row> rows, String csvHref,
                          BarChart.Chart chart) {

    public ReportTable {
        for (Row row : rows) {
            if (row.cells().size() != columns.size()) {
                throw new IllegalArgumentException("row " + row.header().value() + " has " + row.cells().size()
                        + " cells for " + columns.size() + " columns");
            }
        }
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** A row: its heading (the group it describes) and its cells. */
    public record Row(Text header, List<Text> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }
}
