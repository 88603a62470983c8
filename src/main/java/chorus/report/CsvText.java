package chorus.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads pasted or uploaded CSV, as spreadsheets save it (RFC 4180: quoted cells may hold commas, quotes and line breaks).
 * Each record keeps the line it started on so that messages can name it. Blank lines and lines
 * starting with # are skipped: published figures often carry a note on where they come from.
 */
public final class CsvText {

    /** A record and the line of the file it starts on, for messages that name it. */
    public record Line(int number, List<String> cells) {
    }

    private CsvText() {
    }

    public static List<Line> parse(String text) {
        List<Line> lines = new ArrayList<>();
        String body = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        int i = 0;
        int lineNumber = 1;
        while (i < body.length()) {
            int start = lineNumber;
            if (body.charAt(i) == '#' || body.charAt(i) == '\n' || body.charAt(i) == '\r') {
                int end = body.indexOf('\n', i);
                i = end < 0 ? body.length() : end + 1;
                lineNumber++;
                continue;
            }
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            boolean done = false;
            while (i < body.length() && !done) {
                char c = body.charAt(i++);
                if (quoted) {
                    if (c == '"' && i < body.length() && body.charAt(i) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        if (c == '\n') {
                            lineNumber++;
                        }
                        cell.append(c);
                    }
                } else if (c == '"' && cell.toString().isBlank()) {
                    cell.setLength(0);
                    quoted = true;
                } else if (c == ',') {
                    cells.add(cell.toString().strip());
                    cell.setLength(0);
                } else if (c == '\n') {
                    lineNumber++;
                    done = true;
                } else if (c != '\r') {
                    cell.append(c);
                }
            }
            cells.add(cell.toString().strip());
            if (!done) {
                lineNumber++;
            }
            lines.add(new Line(start, cells));
        }
        return lines;
    }
}
