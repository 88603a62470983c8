package chorus.workforce;

import chorus.report.CsvText;
import chorus.support.Database;
import chorus.support.StaffSession;
import chorus.support.WebClient;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Small named helpers for workforce tests: organisations, files, uploads and reading a table's CSV. */
final class WorkforceFixtures {

    static final String HEADER = String.join(",", WorkforceFile.COLUMNS);

    private WorkforceFixtures() {
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new organisation with a unique code, returned. */
    static String organisation(JdbcOperations jdbc, TransactionOperations<Connection> tx, String name) {
        String code = unique("ORG").toUpperCase(java.util.Locale.ROOT);
        Database.update(jdbc, tx, "INSERT INTO organisation (code, name) VALUES (?, ?)", code, name + " " + code);
        return code;
    }

    /** A CSV file: the template's header row, then the rows, CRLF as spreadsheets write. */
    static String file(String... rows) {
        return HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n";
    }

    static WebClient.Reply upload(WebClient staff, String name, String date, String content) {
        String token = StaffSession.csrfToken(staff.get("/reports/wres/workforce/upload"));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("csrfToken", token);
        fields.put("name", name);
        fields.put("takenOn", date);
        return staff.postMultipart("/reports/wres/workforce/upload", fields, "file", "workforce.csv", content);
    }

    /** The snapshot id a successful upload redirected to. */
    static long uploaded(WebClient.Reply reply) {
        if (reply.status() != 303) {
            throw new AssertionError("expected the upload to be stored, got " + reply.status() + ":\n" + reply.body());
        }
        String location = reply.raw().headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.replaceAll(".*snapshot=(\\d+).*", "$1"));
    }

    /** A table's CSV as records, header first (the caption line before it left out). */
    static List<List<String>> csv(WebClient staff, long snapshot, String view, String table) {
        WebClient.Reply reply = staff.get("/reports/wres/workforce/" + table + ".csv?snapshot=" + snapshot + "&view=" + view);
        if (reply.status() != 200) {
            throw new AssertionError(table + " CSV: " + reply.status());
        }
        List<List<String>> records = CsvText.parse(reply.body()).stream().map(CsvText.Line::cells).toList();
        return records.subList(1, records.size());
    }

    /** The row of a CSV table whose first cell is the label, as header name to cell. */
    static Map<String, String> row(List<List<String>> table, String label) {
        List<String> header = table.get(0);
        List<String> found = table.stream().filter(r -> r.get(0).equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label + " in " + table));
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            cells.put(header.get(i), found.get(i));
        }
        return cells;
    }
}
