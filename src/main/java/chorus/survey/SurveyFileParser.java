package chorus.survey;

import chorus.system.YamlNodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one survey file and checks it, collecting every problem with its line so an author can
 * fix a file in one go. Scalars are read as written: YAML 1.1 would otherwise turn an option
 * value such as {@code no} into a boolean.
 */
final class SurveyFileParser {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final Set<String> SURVEY_FIELDS = Set.of("id", "version", "audience", "title", "introduction", "pages");
    private static final Set<String> PAGE_FIELDS = Set.of("id", "title", "introduction", "questions", "show_if");
    private static final Set<String> QUESTION_FIELDS = Set.of(
            "id", "type", "label", "hint", "required", "options", "max_length", "min", "max", "show_if");
    private static final Set<String> AUDIENCES = Set.of("service-users", "staff", "mvp");

    private final String file;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Question> questionsSoFar = new HashMap<>();
    private final Set<String> questionIds = new java.util.HashSet<>();

    private SurveyFileParser(String file) {
        this.file = file;
    }

    /** Returns the survey, or null with the problems added to {@code problems}. */
    static Survey parse(Path path, String displayName, List<String> problems) {
        SurveyFileParser parser = new SurveyFileParser(displayName);
        Survey survey = null;
        try {
            byte[] bytes = Files.readAllBytes(path);
            Node root = YamlNodes.compose(new String(bytes, StandardCharsets.UTF_8), displayName, parser.problems);
            if (root != null) {
                survey = parser.survey(root, sha256(bytes));
            }
        } catch (IOException e) {
            parser.problems.add(displayName + ": cannot be read (" + e.getMessage() + ")");
        }
        problems.addAll(parser.problems);
        return parser.problems.isEmpty() ? survey : null;
    }

    private Survey survey(Node root, String fingerprint) {
        MappingNode map = mapping(root, "the survey");
        if (map == null) {
            return null;
        }
        Map<String, Node> fields = fields(map, SURVEY_FIELDS, "survey");
        String id = id(fields, map, "survey");
        Integer version = integer(fields.get("version"));
        if (version == null || version < 1) {
            problem(fields.getOrDefault("version", map), "give the survey a \"version\" that is a whole number from 1");
        }
        String audience = text(fields, map, "audience", true, "survey");
        if (audience != null && !AUDIENCES.contains(audience)) {
            problem(fields.get("audience"), "\"audience\" must be one of " + AUDIENCES + ", not \"" + audience + "\"");
        }
        String title = text(fields, map, "title", true, "survey");
        String introduction = text(fields, map, "introduction", false, "survey");
        List<Page> pages = new ArrayList<>();
        SequenceNode pageNodes = sequence(fields.get("pages"), map, "\"pages\" (a list of pages)");
        if (pageNodes != null) {
            Set<String> pageIds = new LinkedHashSet<>();
            for (Node node : pageNodes.getValue()) {
                Page page = page(node);
                if (page != null && page.id() != null && !pageIds.add(page.id())) {
                    problem(node, "page id \"" + page.id() + "\" is used twice");
                }
                if (page != null) {
                    pages.add(page);
                }
            }
            if (pageNodes.getValue().isEmpty()) {
                problem(pageNodes, "the survey needs at least one page");
            }
        }
        return new Survey(id, version == null ? 0 : version, audience, title, introduction,
                List.copyOf(pages), fingerprint, file, null);
    }

    private Page page(Node node) {
        MappingNode map = mapping(node, "a page");
        if (map == null) {
            return null;
        }
        Map<String, Node> fields = fields(map, PAGE_FIELDS, "page");
        String id = id(fields, map, "page");
        String where = id == null ? "a page" : "page \"" + id + "\"";
        String title = text(fields, map, "title", true, where);
        String introduction = text(fields, map, "introduction", false, where);
        Condition showIf = condition(fields.get("show_if"), where);
        List<Question> questions = new ArrayList<>();
        List<Question> onThisPage = new ArrayList<>();
        SequenceNode questionNodes = sequence(fields.get("questions"), map, "\"questions\" for " + where);
        if (questionNodes != null) {
            for (Node questionNode : questionNodes.getValue()) {
                Question question = question(questionNode);
                if (question != null) {
                    questions.add(question);
                    onThisPage.add(question);
                }
            }
            if (questions.isEmpty()) {
                problem(questionNodes, where + " needs at least one question");
            }
        }
        // Conditions refer to earlier pages only: with JavaScript off, a page cannot react to an
        // answer given on the same page.
        onThisPage.forEach(q -> questionsSoFar.put(q.id(), q));
        return new Page(id, title, introduction, List.copyOf(questions), showIf);
    }

    private Question question(Node node) {
        MappingNode map = mapping(node, "a question");
        if (map == null) {
            return null;
        }
        Map<String, Node> fields = fields(map, QUESTION_FIELDS, "question");
        String id = id(fields, map, "question");
        String where = id == null ? "a question" : "question \"" + id + "\"";
        if (id != null && !questionIds.add(id)) {
            problem(map, "question id \"" + id + "\" is used twice");
        }
        String typeName = text(fields, map, "type", true, where);
        QuestionType type = typeName == null ? null : QuestionType.fromFileName(typeName).orElse(null);
        if (typeName != null && type == null) {
            problem(fields.get("type"), where + " has unknown type \"" + typeName + "\"; use one of: " + QuestionType.fileNames());
        }
        String label = text(fields, map, "label", true, where);
        String hint = text(fields, map, "hint", false, where);
        boolean required = bool(fields.get("required"));
        List<Option> options = options(fields.get("options"), type, map, where);
        Integer maxLength = integer(fields.get("max_length"));
        Integer min = integer(fields.get("min"));
        Integer max = integer(fields.get("max"));
        checkBounds(type, fields, maxLength, min, max, where);
        Condition showIf = condition(fields.get("show_if"), where);
        return new Question(id, type, label, hint, required, options, maxLength, min, max, showIf,
                node.getStartMark().getLine() + 1);
    }

    private List<Option> options(Node node, QuestionType type, MappingNode owner, String where) {
        if (type == null) {
            return List.of();
        }
        if (!type.needsOptionsInFile()) {
            if (node != null) {
                problem(node, where + " is of type " + type.fileName() + ", whose answers are fixed: remove \"options\"");
            }
            return List.of();
        }
        SequenceNode list = sequence(node, owner, "\"options\" for " + where);
        if (list == null) {
            return List.of();
        }
        List<Option> options = new ArrayList<>();
        Set<String> values = new LinkedHashSet<>();
        for (Node optionNode : list.getValue()) {
            MappingNode map = mapping(optionNode, "an option");
            if (map == null) {
                continue;
            }
            Map<String, Node> fields = fields(map, Set.of("value", "label"), "option");
            String value = scalar(fields.get("value"));
            if (value == null || !ID.matcher(value).matches()) {
                problem(fields.getOrDefault("value", map), where + " has an option whose \"value\" is missing or not "
                        + "lower-case letters, digits, - and _");
            } else if (!values.add(value)) {
                problem(map, where + " has the option value \"" + value + "\" twice");
            }
            String label = text(fields, map, "label", true, where + " option");
            options.add(new Option(value, label));
        }
        if (options.size() < 2) {
            problem(list, where + " needs at least two options");
        }
        return List.copyOf(options);
    }

    private void checkBounds(QuestionType type, Map<String, Node> fields, Integer maxLength, Integer min, Integer max, String where) {
        if (type == null) {
            return;
        }
        if (fields.containsKey("max_length") && (!type.isText() || maxLength == null || maxLength < 1 || maxLength > 10_000)) {
            problem(fields.get("max_length"), where + ": \"max_length\" is for short_text and long_text, a whole number from 1 to 10000");
        }
        if (type == QuestionType.NUMBER) {
            if (min == null || max == null || min > max) {
                problem(fields.getOrDefault("min", fields.getOrDefault("max", fields.get("type"))),
                        where + " is a number question: give whole numbers \"min\" and \"max\", with min no more than max");
            }
        } else if (fields.containsKey("min") || fields.containsKey("max")) {
            problem(fields.getOrDefault("min", fields.get("max")), where + ": \"min\" and \"max\" are only for number questions");
        }
    }

    private Condition condition(Node node, String where) {
        if (node == null) {
            return null;
        }
        MappingNode map = mapping(node, "\"show_if\" of " + where);
        if (map == null) {
            return null;
        }
        Map<String, Node> fields = fields(map, Set.of("question", "any_of"), "show_if");
        String questionId = scalar(fields.get("question"));
        Question earlier = questionId == null ? null : questionsSoFar.get(questionId);
        if (earlier == null) {
            problem(map, "\"show_if\" of " + where + " must name a question on an earlier page in \"question\"");
            return null;
        }
        SequenceNode values = sequence(fields.get("any_of"), map, "\"any_of\" (a list of answer values) in \"show_if\" of " + where);
        if (values == null) {
            return null;
        }
        Set<String> anyOf = new LinkedHashSet<>();
        for (Node valueNode : values.getValue()) {
            String value = scalar(valueNode);
            if (earlier.type() != null && earlier.type().isChoice() && !earlier.optionValues().contains(value)) {
                problem(valueNode, "\"show_if\" of " + where + " uses \"" + value + "\", which is not an answer of question \""
                        + questionId + "\"");
            }
            anyOf.add(value);
        }
        if (earlier.type() != null && !earlier.type().isChoice()) {
            problem(map, "\"show_if\" of " + where + " must refer to a question with fixed answers");
        }
        return new Condition(questionId, Set.copyOf(anyOf));
    }

    private Map<String, Node> fields(MappingNode map, Set<String> allowed, String what) {
        Map<String, Node> fields = new HashMap<>();
        map.getValue().forEach(tuple -> {
            String key = scalar(tuple.getKeyNode());
            if (!allowed.contains(key)) {
                problem(tuple.getKeyNode(), "unknown " + what + " field \"" + key + "\"; allowed: " + String.join(", ", allowed.stream().sorted().toList()));
            } else if (fields.put(key, tuple.getValueNode()) != null) {
                problem(tuple.getKeyNode(), what + " field \"" + key + "\" is given twice");
            }
        });
        return fields;
    }

    private String id(Map<String, Node> fields, MappingNode owner, String what) {
        String id = scalar(fields.get("id"));
        if (id == null || !ID.matcher(id).matches()) {
            problem(fields.getOrDefault("id", owner), "give the " + what + " an \"id\" of lower-case letters, digits, - and _ (at most 64)");
            return null;
        }
        return id;
    }

    private String text(Map<String, Node> fields, MappingNode owner, String key, boolean required, String where) {
        String value = scalar(fields.get(key));
        if (value != null) {
            value = value.strip();
        }
        if (required && (value == null || value.isEmpty())) {
            problem(fields.getOrDefault(key, owner), where + " needs \"" + key + "\" text");
        }
        return value == null || value.isEmpty() ? null : value;
    }

    private Integer integer(Node node) {
        String value = scalar(node);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            problem(node, "\"" + value + "\" is not a whole number");
            return null;
        }
    }

    private boolean bool(Node node) {
        String value = scalar(node);
        if (value == null) {
            return false;
        }
        if (!value.equals("true") && !value.equals("false")) {
            problem(node, "\"required\" must be true or false");
        }
        return value.equals("true");
    }

    private String scalar(Node node) {
        return YamlNodes.scalar(node);
    }

    private MappingNode mapping(Node node, String what) {
        return YamlNodes.mapping(node, what, file, problems);
    }

    private SequenceNode sequence(Node node, Node owner, String what) {
        return YamlNodes.sequence(node, owner, what, file, problems);
    }

    private void problem(Node node, String message) {
        problems.add(YamlNodes.where(file, node) + message);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
