package chorus.workforce;

import chorus.i18n.Text;
import java.util.List;

/**
 * One published table of the workforce report, exactly as the page shows it and its CSV holds it:
 * every figure in it has been through disclosure control.
 *
 * @param headers the row-header columns' names, then the figure columns' names
 */
public record ReportTable(String id, Text caption, List<Text> headers, int labelColumns, List<Row> rows) {

    /** A row: its labels (row headers) and its figures, a hidden figure saying so. */
    public record Row(List<Text> labels, List<Text> cells, boolean total) {
    }

    public List<Text> labelHeaders() {
        return headers.subList(0, labelColumns);
    }

    public List<Text> cellHeaders() {
        return headers.subList(labelColumns, headers.size());
    }
}
