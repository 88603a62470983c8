package chorus.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * YAML read as a node tree, so that every message about a file a person edits can name the line.
 */
public final class YamlNodes {

    /** A text value and the line it came from. */
    public record Entry(String value, int line) {
    }

    private YamlNodes() {
    }

    /** The document's root node, or null with a problem added when the file is not YAML. */
    public static Node compose(String text, String file, List<String> problems) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(5 * 1024 * 1024);
        try {
            Node root = new Yaml(options).compose(new java.io.StringReader(text));
            if (root == null) {
                problems.add(file + ": the file is empty");
            }
            return root;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.add(file + (mark == null ? "" : ", line " + (mark.getLine() + 1)) + ": not valid YAML ("
                    + e.getProblem() + started(e, mark) + ")");
        } catch (YAMLException e) {
            problems.add(file + ": not valid YAML (" + e.getMessage() + ")");
        }
        return null;
    }

    /** A flat "key: text" file, as translations are kept. */
    public static Map<String, Entry> flatTexts(String text, String file, List<String> problems) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        Node root = compose(text, file, problems);
        if (root == null) {
            return entries;
        }
        if (!(root instanceof MappingNode map)) {
            problems.add(where(file, root) + "expected lines of the form key: \"text\"");
            return entries;
        }
        for (NodeTuple tuple : map.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key) || !(tuple.getValueNode() instanceof ScalarNode value)) {
                problems.add(where(file, tuple.getKeyNode()) + "expected key: \"text\" on one line");
                continue;
            }
            Entry previous = entries.put(key.getValue(), new Entry(value.getValue().strip(), line(key)));
            if (previous != null) {
                problems.add(where(file, key) + "the key \"" + key.getValue() + "\" is given twice (also line " + previous.line() + ")");
            }
        }
        return entries;
    }

    /**
     * An unclosed quote or bracket is only noticed where the file ends: name the line where it
     * opened too, as that is the line to fix.
     */
    private static String started(MarkedYAMLException e, Mark problem) {
        Mark context = e.getContextMark();
        if (e.getContext() == null || context == null || problem == null || context.getLine() == problem.getLine()) {
            return "";
        }
        return ", " + e.getContext() + " that starts on line " + (context.getLine() + 1);
    }

    public static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    public static String where(String file, Node node) {
        return node == null ? file + ": " : file + ", line " + line(node) + ": ";
    }

    /** The text of a scalar, or null for a list or a mapping. */
    public static String scalar(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : null;
    }

    /** The node as a mapping, or null with the problem added. */
    public static MappingNode mapping(Node node, String what, String file, List<String> problems) {
        if (node instanceof MappingNode map) {
            return map;
        }
        problems.add(where(file, node) + what + " must be a set of \"field: value\" lines");
        return null;
    }

    /** The node as a list, or null with the problem added at the node or, when it is missing, its owner. */
    public static SequenceNode sequence(Node node, Node owner, String what, String file, List<String> problems) {
        if (node instanceof SequenceNode list) {
            return list;
        }
        problems.add(where(file, node == null ? owner : node) + "give " + what);
        return null;
    }
}
