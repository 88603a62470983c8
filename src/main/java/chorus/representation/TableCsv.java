package chorus.representation;

import java.util.List;

/**
 * RFC 4180 rows with CRLF endings. A cell a spreadsheet would read as a formula is neutralised
 * with a leading apostrophe, as OWASP advises, unless it is a plain number.
 */
final class TableCsv {

    private TableCsv() {
    }

    static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String text = cells.get(i) == null ? "" : cells.get(i);
            if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+")) {
                text = "'" + text;
            }
            if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                text = '"' + text.replace("\"", "\"\"") + '"';
            }
            out.append(text);
        }
        out.append("\r\n");
    }
}
