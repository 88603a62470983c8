package chorus.report;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A published table as a CSV file: exactly the words of the page's table (hidden cells read "fewer
 * than N", never 0 or blank), so a download can never show more than the page, in one file however
 * many parts the page shows it in. A signed number such as a gap of {@code +7.2} points is written
 * {@code 7.2}, a number to a spreadsheet. UTF-8 with a byte-order mark so Excel reads every language
 * correctly.
 */
public final class ReportCsv {

    private ReportCsv() {
    }

    public static String of(ReportTable table) {
        StringBuilder out = new StringBuilder("\uFEFF");
        Csv.row(out, List.of(table.caption().value()));
        List<String> header = new ArrayList<>();
        header.add(table.rowHeading().value());
        table.columns().forEach(c -> header.add(c.value()));
        Csv.row(out, header);
        for (ReportTable.Row row : table.rows()) {
            List<String> line = new ArrayList<>();
            line.add(row.header().value());
            row.cells().forEach(c -> line.add(c.value().matches("\\+\\d+(\\.\\d+)?") ? c.value().substring(1) : c.value()));
            Csv.row(out, line);
        }
        return out.toString();
    }

    /** The download response; the file name should say what and when (letters, digits, hyphens). */
    public static MutableHttpResponse<byte[]> download(ReportTable table, String fileName) {
        if (!fileName.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("not a safe file name: " + fileName);
        }
        return HttpResponse.ok(of(table).getBytes(StandardCharsets.UTF_8))
                .contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store");
    }
}
