package chorus.workforce;

import chorus.admin.Csv;
import chorus.i18n.Text;
import java.util.ArrayList;
import java.util.List;

/** A published table as CSV: the same headers, labels and figures as the page, hidden figures saying so. */
final class TableCsv {

    private TableCsv() {
    }

    static String of(ReportTable table) {
        StringBuilder out = new StringBuilder();
        Csv.row(out, table.headers().stream().map(Text::value).toList());
        for (ReportTable.Row row : table.rows()) {
            List<String> cells = new ArrayList<>();
            row.labels().forEach(t -> cells.add(t.value()));
            row.cells().forEach(t -> cells.add(t.value()));
            Csv.row(out, cells);
        }
        return out.toString();
    }
}
