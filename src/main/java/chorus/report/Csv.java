package chorus.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * RFC 4180 rows with CRLF endings. A cell that a spreadsheet would read as a formula (starting
 * with = + - @, tab or carriage return) is neutralised with a leading apostrophe, as OWASP advises,
 * unless it is a plain number such as {@code -7.2}, which a spreadsheet must read as the number it is.
 */
public final class Csv {

    private Csv() {
    }

    /** One row to a StringBuilder, a Writer, or any other Appendable. */
    public static void row(Appendable out, List<String> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(cell(cells.get(i)));
            }
            out.append("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?")) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
