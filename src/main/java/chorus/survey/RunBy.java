package chorus.survey;

import chorus.system.SafeSvg;
import chorus.system.YamlNodes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Who runs a survey and where people can turn for help, from {@code surveys/<survey>/run-by.yml}.
 * Not part of a survey version: a new phone number or closing date must not need a new version
 * (and version 1 of a survey with answers can never change), so the file sits beside the versions
 * like {@code results.yml}. Its words are translated with the survey's own text ({@link #KEY_ORGANISATION},
 * {@code help.<id>.title}, {@code help.<id>.text}); addresses, numbers and dates are not words.
 *
 * @param organisation the organisation people are answering to, as it names itself
 * @param logo         a small plain SVG drawing, inline, or null
 * @param email        where to write with a question about the survey, or null
 * @param phone        where to call, or null
 * @param privacy      the organisation's privacy notice for the survey (https)
 * @param closes       the last day answers are taken, or null for a survey that stays open
 * @param help         signposting shown once someone has answered, on screen and at the end of the paper form
 */
public record RunBy(String organisation, String logo, String email, String phone, URI privacy, LocalDate closes,
                    List<Help> help) {

    public static final String FILE = "run-by.yml";
    public static final String KEY_ORGANISATION = "run_by.organisation";
    /** The most a logo may weigh: it is inlined in the page, which people load over poor connections. */
    static final int LOGO_LIMIT = 8 * 1024;

    private static final Set<String> FIELDS = Set.of("organisation", "logo", "email", "phone", "privacy", "closes", "help");
    private static final Set<String> HELP_FIELDS = Set.of("id", "title", "text", "phone", "url");

    /** One place to turn to: a title and a sentence, with a number to call and a web address where there are. */
    public record Help(String id, String title, String text, String phone, URI url) {

        public String titleKey() {
            return "help." + id + ".title";
        }

        public String textKey() {
            return "help." + id + ".text";
        }
    }

    /** Open on {@code today}: the closing day itself still counts. */
    public boolean open(LocalDate today) {
        return closes == null || !today.isAfter(closes);
    }

    /** The file's English words by translation key, in file order. */
    public Map<String, String> sourceTexts() {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        texts.put(KEY_ORGANISATION, organisation);
        for (Help h : help) {
            texts.put(h.titleKey(), h.title());
            texts.put(h.textKey(), h.text());
        }
        return texts;
    }

    /** The file in a survey's folder, or null when there is none; problems name the file and line. */
    static RunBy read(Path folder, String name, List<String> problems) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), name, folder, problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RunBy parse(String text, String file, Path folder, List<String> problems) {
        Node root = YamlNodes.compose(text, file, problems);
        MappingNode map = root == null ? null : YamlNodes.mapping(root, "the file", file, problems);
        if (map == null) {
            return null;
        }
        int before = problems.size();
        Map<String, Node> fields = fields(map, FIELDS, file, problems);
        String organisation = words(fields.get("organisation"), map, "organisation", 120, true, file, problems);
        String logo = logo(fields.get("logo"), folder, file, problems);
        String email = scalar(fields.get("email"), "email", file, problems);
        if (email != null && !email.matches("[^\\s@<>\"]+@[^\\s@<>\"]+\\.[A-Za-z]{2,}")) {
            problems.add(YamlNodes.where(file, fields.get("email")) + "\"email\" must be an e-mail address, such as voices@example.nhs.uk");
        }
        String phone = phone(fields.get("phone"), map, "phone", file, problems);
        URI privacy = https(fields.get("privacy"), map, "privacy", true, file, problems);
        LocalDate closes = date(fields.get("closes"), file, problems);
        List<Help> help = help(fields.get("help"), map, file, problems);
        if (problems.size() > before) {
            return null;
        }
        return new RunBy(organisation, logo, email, phone, privacy, closes, List.copyOf(help));
    }

    private static List<Help> help(Node node, Node owner, String file, List<String> problems) {
        List<Help> help = new ArrayList<>();
        if (node == null) {
            return help;
        }
        SequenceNode list = YamlNodes.sequence(node, owner, "\"help\" as a list of places to turn to, each with id, title and text",
                file, problems);
        if (list == null) {
            return help;
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Node item : list.getValue()) {
            MappingNode map = YamlNodes.mapping(item, "each place under \"help\"", file, problems);
            if (map == null) {
                continue;
            }
            Map<String, Node> fields = fields(map, HELP_FIELDS, file, problems);
            String id = scalar(fields.get("id"), "id", file, problems);
            if (id == null || !id.matches("[a-z][a-z0-9_]{0,39}")) {
                problems.add(YamlNodes.where(file, map) + "each place under \"help\" needs an \"id\" of small letters, digits and _");
                continue;
            }
            if (!ids.add(id)) {
                problems.add(YamlNodes.where(file, map) + "the help id \"" + id + "\" is used twice");
            }
            help.add(new Help(id, words(fields.get("title"), map, "title", 120, true, file, problems),
                    words(fields.get("text"), map, "text", 600, true, file, problems),
                    phone(fields.get("phone"), map, "phone", file, problems),
                    https(fields.get("url"), map, "url", false, file, problems)));
        }
        return help;
    }

    private static Map<String, Node> fields(MappingNode map, Set<String> known, String file, List<String> problems) {
        Map<String, Node> fields = new java.util.LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            String key = YamlNodes.scalar(tuple.getKeyNode());
            if (key == null || !known.contains(key)) {
                problems.add(YamlNodes.where(file, tuple.getKeyNode()) + "unknown field \"" + key + "\" (expected one of "
                        + new java.util.TreeSet<>(known) + ")");
            } else if (fields.put(key, tuple.getValueNode()) != null) {
                problems.add(YamlNodes.where(file, tuple.getKeyNode()) + "\"" + key + "\" is given twice");
            }
        }
        return fields;
    }

    private static String scalar(Node node, String field, String file, List<String> problems) {
        if (node == null) {
            return null;
        }
        String value = YamlNodes.scalar(node);
        if (value == null) {
            problems.add(YamlNodes.where(file, node) + "\"" + field + "\" must be one line of text");
            return null;
        }
        return value.isBlank() ? null : value.strip();
    }

    private static String words(Node node, Node owner, String field, int limit, boolean required, String file,
                                List<String> problems) {
        String value = scalar(node, field, file, problems);
        if (value == null && required) {
            problems.add(YamlNodes.where(file, node == null ? owner : node) + "give \"" + field + "\"");
        } else if (value != null && value.length() > limit) {
            problems.add(YamlNodes.where(file, node) + "\"" + field + "\" is longer than " + limit + " characters");
        }
        return value;
    }

    /** A UK number as people dial it: digits and spaces, 3 (999, 111) to 13 digits. */
    private static String phone(Node node, Node owner, String field, String file, List<String> problems) {
        String value = scalar(node, field, file, problems);
        if (value != null && !value.matches("\\+?[0-9][0-9 ]{1,16}[0-9]")) {
            problems.add(YamlNodes.where(file, node) + "\"" + field + "\" must be a phone number of digits and spaces, such as 0300 123 4567");
        }
        return value;
    }

    private static URI https(Node node, Node owner, String field, boolean required, String file, List<String> problems) {
        String value = scalar(node, field, file, problems);
        if (value == null) {
            if (required) {
                problems.add(YamlNodes.where(file, node == null ? owner : node) + "give \"" + field
                        + "\", the web address of the organisation's privacy notice for this survey");
            }
            return null;
        }
        try {
            URI uri = new URI(value);
            if ("https".equals(uri.getScheme()) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below with the same message as any other address that is not https
        }
        problems.add(YamlNodes.where(file, node) + "\"" + field + "\" must be a web address starting https://");
        return null;
    }

    private static LocalDate date(Node node, String file, List<String> problems) {
        String value = node == null ? null : YamlNodes.scalar(node);
        if (node == null) {
            return null;
        }
        try {
            return LocalDate.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            problems.add(YamlNodes.where(file, node) + "\"closes\" must be a date such as 2027-03-31, or left out for a survey that stays open");
            return null;
        }
    }

    private static String logo(Node node, Path folder, String file, List<String> problems) {
        if (node == null) {
            return null;
        }
        String name = YamlNodes.scalar(node);
        if (name == null || !name.matches("[a-z0-9_-]+\\.svg")) {
            problems.add(YamlNodes.where(file, node) + "\"logo\" must name an .svg file beside this one (small letters, digits, - and _)");
            return null;
        }
        Path path = folder.resolve(name);
        if (!Files.isRegularFile(path)) {
            problems.add(YamlNodes.where(file, node) + name + " does not exist beside this file");
            return null;
        }
        try {
            String raw = Files.readString(path, StandardCharsets.UTF_8);
            String svg = SafeSvg.plain(raw);
            if (svg == null) {
                problems.add(YamlNodes.where(file, node) + name + " must be a plain SVG drawing: no script, event handlers or links");
            } else if (svg.getBytes(StandardCharsets.UTF_8).length > LOGO_LIMIT) {
                problems.add(YamlNodes.where(file, node) + name + " is larger than " + LOGO_LIMIT / 1024
                        + " KB: every page that shows it carries it, so keep it small");
                return null;
            }
            return svg;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
