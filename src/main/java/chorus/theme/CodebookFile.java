package chorus.theme;

import chorus.system.YamlNodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the codebook of themes (surveys/codebook.yml) and checks it, collecting every problem with
 * its line so that whoever edits the file can fix it in one go, as survey files are checked. Values
 * are read as written, so a keyword such as {@code no} stays text.
 */
public final class CodebookFile {

    /** Where a theme comes from: the CQC maternity survey, NHS England's categories for FFT free text, the equity plans. */
    public static final Set<String> SOURCES = Set.of("cqc", "nhse-qdcf", "equity");
    /** Codes are stored with every coded comment and appear in exports, so they keep to a safe alphabet. */
    static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_-]{0,63}");
    /** Deeper trees are hard to code against consistently: coders stop at the level they are sure of. */
    static final int MAX_DEPTH = 3;
    static final int MAX_NAME = 120;
    static final int MAX_DESCRIPTION = 500;
    private static final Set<String> THEME_FIELDS = Set.of("code", "name", "description", "source", "keywords", "themes");

    private final String file;
    private final Set<String> languageTags;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Integer> codeLines = new HashMap<>();
    private final List<CodebookTheme> themes = new ArrayList<>();

    private CodebookFile(String file, Set<String> languageTags) {
        this.file = file;
        this.languageTags = languageTags;
    }

    /**
     * The themes in file order, each parent before its children; an empty list, with the problems
     * added, when the file is missing or has any problem. {@code languageTags} are the languages
     * that may have keywords of their own.
     */
    public static List<CodebookTheme> read(Path file, Set<String> languageTags, List<String> problems) {
        if (!Files.isRegularFile(file)) {
            problems.add(file.toAbsolutePath().normalize() + ": the codebook of themes does not exist");
            return List.of();
        }
        CodebookFile parser = new CodebookFile(displayName(file), languageTags);
        try {
            Node root = YamlNodes.compose(Files.readString(file, StandardCharsets.UTF_8), parser.file, parser.problems);
            if (root != null) {
                parser.codebook(root);
            }
        } catch (IOException e) {
            parser.problems.add(parser.file + ": cannot be read as UTF-8 text (" + e.getMessage() + ")");
        }
        problems.addAll(parser.problems);
        return parser.problems.isEmpty() ? List.copyOf(parser.themes) : List.of();
    }

    /** "surveys/codebook.yml" for the shipped file: the folder says which codebook is meant. */
    private static String displayName(Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        String name = file.getFileName().toString();
        return folder == null || folder.getFileName() == null ? name : folder.getFileName() + "/" + name;
    }

    private void codebook(Node root) {
        MappingNode map = mapping(root, "the codebook");
        if (map == null) {
            return;
        }
        Map<String, Node> fields = fields(map, Set.of("themes"), "codebook");
        SequenceNode list = sequence(fields.get("themes"), map, "\"themes\" (a list of themes)");
        if (list != null && list.getValue().isEmpty()) {
            problem(list, "the codebook needs at least one theme");
        }
        if (list != null) {
            list.getValue().forEach(node -> theme(node, null, 1));
        }
    }

    private void theme(Node node, String parent, int depth) {
        MappingNode map = mapping(node, "a theme");
        if (map == null) {
            return;
        }
        Map<String, Node> fields = fields(map, THEME_FIELDS, "theme");
        String code = code(fields, map);
        String where = code == null ? "a theme" : "theme \"" + code + "\"";
        String name = text(fields, map, "name", MAX_NAME, where);
        String description = text(fields, map, "description", MAX_DESCRIPTION, where);
        List<String> sources = sources(fields.get("source"), where);
        Map<String, List<String>> keywords = keywords(fields.get("keywords"), where);
        themes.add(new CodebookTheme(code, parent, name, description, sources, keywords));
        Node children = fields.get("themes");
        if (children == null) {
            return;
        }
        if (depth == MAX_DEPTH) {
            problem(children, where + " is at the third level, the deepest allowed: it cannot have \"themes\" of its own");
            return;
        }
        SequenceNode list = sequence(children, map, "\"themes\" of " + where + " (a list of themes)");
        if (list != null) {
            list.getValue().forEach(child -> theme(child, code, depth + 1));
        }
    }

    private String code(Map<String, Node> fields, MappingNode owner) {
        String code = scalar(fields.get("code"));
        if (code == null || !CODE.matcher(code).matches()) {
            problem(fields.getOrDefault("code", owner), "give the theme a \"code\" of lower-case letters, digits, - and _, "
                    + "starting with a letter (at most 64)" + (code == null || code.isEmpty() ? "" : ", not \"" + code + "\""));
            return null;
        }
        Integer earlier = codeLines.putIfAbsent(code, YamlNodes.line(fields.get("code")));
        if (earlier != null) {
            problem(fields.get("code"), "the code \"" + code + "\" is already used on line " + earlier
                    + "; every theme needs its own code");
        }
        return code;
    }

    private String text(Map<String, Node> fields, MappingNode owner, String key, int maxLength, String where) {
        String value = scalar(fields.get(key));
        value = value == null ? "" : value.strip();
        if (value.isEmpty()) {
            problem(fields.getOrDefault(key, owner), where + " needs \"" + key + "\" text");
            return null;
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            problem(fields.get(key), where + ": \"" + key + "\" is longer than " + maxLength + " characters");
        }
        return value;
    }

    /** One source or a list of them; the field is optional. */
    private List<String> sources(Node node, String where) {
        if (node == null) {
            return List.of();
        }
        List<Node> items = node instanceof SequenceNode list ? list.getValue() : List.of(node);
        if (items.isEmpty()) {
            problem(node, where + ": give at least one \"source\", or leave the field out");
        }
        Set<String> sources = new LinkedHashSet<>();
        for (Node item : items) {
            String source = scalar(item);
            if (source == null || !SOURCES.contains(source.strip())) {
                problem(item, where + ": \"source\" must be one or more of " + sorted(SOURCES)
                        + (source == null ? "" : ", not \"" + source + "\""));
            } else if (!sources.add(source.strip())) {
                problem(item, where + " gives the source \"" + source.strip() + "\" twice");
            }
        }
        return List.copyOf(sources);
    }

    private Map<String, List<String>> keywords(Node node, String where) {
        if (node == null) {
            return Map.of();
        }
        MappingNode map = mapping(node, "\"keywords\" of " + where);
        if (map == null) {
            return Map.of();
        }
        Map<String, List<String>> keywords = new LinkedHashMap<>();
        map.getValue().forEach(tuple -> {
            String tag = scalar(tuple.getKeyNode());
            if (tag == null || !languageTags.contains(tag)) {
                problem(tuple.getKeyNode(), where + " has keywords for \"" + tag + "\", which is not a language with "
                        + "keywords of its own; use one of: " + sorted(languageTags));
            } else if (keywords.containsKey(tag)) {
                problem(tuple.getKeyNode(), where + " gives keywords for \"" + tag + "\" twice");
            } else {
                keywords.put(tag, words(tuple.getValueNode(), where + " (" + tag + ")"));
            }
        });
        return Collections.unmodifiableMap(keywords);
    }

    private List<String> words(Node node, String where) {
        SequenceNode list = sequence(node, node, "a list of keywords for " + where + ", such as [word, \"two words\"]");
        if (list == null) {
            return List.of();
        }
        if (list.getValue().isEmpty()) {
            problem(list, where + ": give at least one keyword, or leave the language out");
        }
        List<String> words = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Node item : list.getValue()) {
            String word = scalar(item);
            word = word == null ? null : word.strip();
            if (word == null || word.isEmpty()) {
                problem(item, where + " has an empty keyword; remove it or write the word");
            } else if (!seen.add(word.toLowerCase(Locale.ROOT))) {
                problem(item, where + " has the keyword \"" + word + "\" twice");
            } else {
                words.add(word);
            }
        }
        return List.copyOf(words);
    }

    private Map<String, Node> fields(MappingNode map, Set<String> allowed, String what) {
        Map<String, Node> fields = new HashMap<>();
        map.getValue().forEach(tuple -> {
            String key = scalar(tuple.getKeyNode());
            if (key == null || !allowed.contains(key)) {
                problem(tuple.getKeyNode(), "unknown " + what + " field \"" + key + "\"; allowed: " + sorted(allowed));
            } else if (fields.put(key, tuple.getValueNode()) != null) {
                problem(tuple.getKeyNode(), what + " field \"" + key + "\" is given twice");
            }
        });
        return fields;
    }

    private MappingNode mapping(Node node, String what) {
        return YamlNodes.mapping(node, what, file, problems);
    }

    private SequenceNode sequence(Node node, Node owner, String what) {
        return YamlNodes.sequence(node, owner, what, file, problems);
    }

    private static String scalar(Node node) {
        return YamlNodes.scalar(node);
    }

    private static String sorted(Set<String> values) {
        return String.join(", ", values.stream().sorted().toList());
    }

    private void problem(Node node, String message) {
        problems.add(YamlNodes.where(file, node) + message);
    }
}
