package chorus.workforce;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records as spreadsheets save them: quoted fields may hold commas, quotes and line
 * breaks; lines end in CRLF or LF; a UTF-8 byte order mark (Excel's "CSV UTF-8") is ignored, and so
 * are blank lines, which spreadsheets often leave at the end.
 */
final class CsvRecords {

    private CsvRecords() {
    }

    static List<List<String>> parse(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                end(records, record, field, any);
                record = new ArrayList<>();
                any = false;
            } else {
                field.append(c);
                any = any || !Character.isWhitespace(c);
            }
        }
        end(records, record, field, any);
        return records;
    }

    private static void end(List<List<String>> records, List<String> record, StringBuilder field, boolean any) {
        if (any) {
            record.add(field.toString());
            records.add(record);
        }
        field.setLength(0);
    }
}
