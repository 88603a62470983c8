package chorus.i18n;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Edits a flat {@code key: "text"} file as a person would: the lines of a changed key are replaced,
 * a new key goes after the key before it in English (or at the end), and every other line, comment
 * and blank line stays byte for byte, so a diff shows only what the translator changed.
 */
final class FlatYamlFile {

    private FlatYamlFile() {
    }

    /** The file's text with {@code changes} applied; {@code order} is the English key order. */
    static String update(String text, Map<String, String> changes, List<String> order) {
        if (changes.isEmpty()) {
            return text;
        }
        List<String> lines = new ArrayList<>(List.of(text.split("(?<=\n)", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        if (!lines.isEmpty() && !lines.get(lines.size() - 1).endsWith("\n")) {
            lines.set(lines.size() - 1, lines.get(lines.size() - 1) + "\n");
        }
        Map<String, int[]> spans = spans(text);
        // Work from the bottom up so earlier line numbers stay right.
        List<String[]> inserts = new ArrayList<>();
        Map<Integer, String> replacements = new LinkedHashMap<>();
        Map<Integer, Integer> replacedEnds = new LinkedHashMap<>();
        for (Map.Entry<String, String> change : changes.entrySet()) {
            int[] span = spans.get(change.getKey());
            String line = change.getKey() + ": " + quote(change.getValue()) + "\n";
            if (span != null) {
                replacements.put(span[0], line);
                replacedEnds.put(span[0], span[1]);
            } else {
                inserts.add(new String[] {change.getKey(), line});
            }
        }
        List<String> out = new ArrayList<>();
        Map<Integer, List<String>> after = new LinkedHashMap<>();
        List<String> atEnd = new ArrayList<>();
        for (String[] insert : inserts) {
            int anchor = anchor(insert[0], order, spans);
            (anchor < 0 ? atEnd : after.computeIfAbsent(anchor, k -> new ArrayList<>())).add(insert[1]);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (replacements.containsKey(i)) {
                out.add(replacements.get(i));
                int end = replacedEnds.get(i);
                for (int j = i + 1; j <= end; j++) {
                    if (after.containsKey(j)) {
                        out.addAll(after.get(j));
                    }
                }
                if (after.containsKey(i)) {
                    out.addAll(after.get(i));
                }
                i = end;
                continue;
            }
            out.add(lines.get(i));
            if (after.containsKey(i)) {
                out.addAll(after.get(i));
            }
        }
        out.addAll(atEnd);
        return String.join("", out);
    }

    /** The last line (0-based) of the nearest key before {@code key} in English order that the file has; -1 if none. */
    private static int anchor(String key, List<String> order, Map<String, int[]> spans) {
        for (int i = order.indexOf(key) - 1; i >= 0; i--) {
            int[] span = spans.get(order.get(i));
            if (span != null) {
                return span[1];
            }
        }
        return -1;
    }

    /** Key -> first and last line (0-based) of its entry. */
    private static Map<String, int[]> spans(String text) {
        Map<String, int[]> spans = new LinkedHashMap<>();
        Node root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        if (root instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                Node key = tuple.getKeyNode();
                Node value = tuple.getValueNode();
                int end = value.getEndMark().getLine();
                if (value.getEndMark().getColumn() == 0 && end > key.getStartMark().getLine()) {
                    end--;
                }
                spans.put(((org.yaml.snakeyaml.nodes.ScalarNode) key).getValue(), new int[] {key.getStartMark().getLine(), end});
            }
        }
        return spans;
    }

    /** A YAML double-quoted scalar: only the backslash, the quote and control characters need escaping. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
