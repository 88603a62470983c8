package chorus.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.survey.EthnicCategory;
import chorus.survey.QuestionType;
import chorus.system.YamlNodes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every interface-text key the code asks for is in translations/ui/en.yml, and every key there is
 * asked for somewhere: a missing key fails a page at run time, an unused one costs translators work.
 */
class InterfaceKeysTest {

    private static final Path VIEWS = Path.of("src/main/resources/views");
    private static final Path JAVA = Path.of("src/main/java");

    private static final Pattern TEMPLATE_KEY = Pattern.compile("t\\.ui\\('([^']+)'[,)]");
    /** errors/problem.html: t.ui(prefix + '.title'), with the prefix ErrorPages passes. */
    private static final Pattern TEMPLATE_PREFIXED_KEY = Pattern.compile("t\\.ui\\(prefix \\+ '([^']+)'\\)");
    private static final Pattern ERROR_PAGE_PREFIX = Pattern.compile("page\\(request, HttpStatus\\.[A-Z_]+, \"([a-z_]+)\"\\)");
    private static final Pattern JAVA_KEY = Pattern.compile("\\.ui\\(\"([^\"]+)\"\\s*[,)]");
    /** Keys named as string literals and resolved later, such as FieldError and FormErrors message keys. */
    private static final Pattern JAVA_LITERAL = Pattern.compile("\"([a-z_]+(?:\\.[a-z_]+)+)\"");
    private static final Pattern JAVA_UI_CALL = Pattern.compile("\\.ui\\(");
    /** The computed keys this test knows how to list; a new one must be added here, with its keys. */
    private static final Set<String> KNOWN_COMPUTED_KEYS = Set.of(
            "\"ethnicity.group.\" + group.key()",
            "question.type().optionKeyPrefix() + value",
            "e.messageKey()",
            "key",
            "r.labelKey()",
            "k.labelKey()",
            "s.labelKey()",
            "i.status().labelKey()",
            "item.source().labelKey()",
            "c.kind().labelKey()",
            "n.kind().labelKey()",
            "identifierKey(left.get(0).kind())",
            "part.captionKey()",
            "q.status().labelKey()",
            "row.source().labelKey()",
            "a.status().labelKey()",
            "action.status().labelKey()",
            "s.sourceKey()",
            "content.nameKey()",
            "c.nameKey()",
            "OWN_NAMES.get(code)");

    @Test
    void everyKeyTheTemplatesAndCodeUseIsInEnglish() {
        Set<String> english = english().keySet();
        TreeMap<String, String> missing = new TreeMap<>();
        used().forEach((key, where) -> {
            if (!english.contains(key)) {
                missing.put(key, where);
            }
        });
        assertTrue(missing.isEmpty(), "keys used but not in translations/ui/en.yml (key=where): " + missing);
    }

    @Test
    void everyEnglishKeyIsUsed() {
        Set<String> used = used().keySet();
        List<String> unused = english().keySet().stream().filter(k -> !used.contains(k)).toList();
        assertTrue(unused.isEmpty(), "keys in translations/ui/en.yml that no template or class uses: " + unused);
    }

    @Test
    void everyComputedKeyInTheCodeIsOneThisTestLists() {
        List<String> unknown = new ArrayList<>();
        javaFiles().stream().filter(f -> !f.endsWith("chorus/i18n/Texts.java")).forEach(file -> {
            String text = read(file);
            Matcher call = JAVA_UI_CALL.matcher(text);
            while (call.find()) {
                String key = firstArgument(text, call.end());
                if (!key.isEmpty() && !key.matches("\"[^\"]*\"") && !KNOWN_COMPUTED_KEYS.contains(key)) {
                    unknown.add(where(file) + ": ui(" + key + ")");
                }
            }
        });
        assertTrue(unknown.isEmpty(), "interface keys built at run time that this test cannot check: " + unknown);
    }

    @Test
    void theScannerFindsKeysInTemplatesAndCode() {
        TreeMap<String, String> used = used();
        assertEquals("src/main/resources/views/layout.html", used.get("layout.skip_link"));
        assertTrue(used.containsKey("servererror.body"), "keys of errors/problem.html built from the ErrorPages prefix");
        assertTrue(used.containsKey("error.postcode_full"));
        assertTrue(used.containsKey("notfound.survey"));
        assertTrue(used.containsKey("answer.fft.dont_know"));
        assertTrue(used.containsKey("ethnicity.Z"));
        assertTrue(used.containsKey("ethnicity.group.black"));
        assertFalse(used.containsKey("ethnicity.group.not_stated"), "the not-stated answer has no group heading");
    }

    /** key -> first place it is used. */
    private static TreeMap<String, String> used() {
        TreeMap<String, String> used = new TreeMap<>();
        List<String> errorPagePrefixes = new ArrayList<>(matches(ERROR_PAGE_PREFIX, read(JAVA.resolve("chorus/web/ErrorPages.java"))));
        errorPagePrefixes.addAll(matches(ERROR_PAGE_PREFIX, read(JAVA.resolve("chorus/web/ProblemPages.java"))));
        templateFiles().forEach(file -> {
            String text = read(file);
            matches(TEMPLATE_KEY, text).forEach(key -> used.putIfAbsent(key, where(file)));
            matches(TEMPLATE_PREFIXED_KEY, text).forEach(suffix -> errorPagePrefixes
                    .forEach(prefix -> used.putIfAbsent(prefix + suffix, where(file))));
        });
        Set<String> english = english().keySet();
        javaFiles().forEach(file -> {
            String text = read(file);
            matches(JAVA_KEY, text).forEach(key -> used.putIfAbsent(key, where(file)));
            matches(JAVA_LITERAL, text).stream().filter(english::contains)
                    .forEach(key -> used.putIfAbsent(key, where(file)));
        });
        for (QuestionType type : QuestionType.values()) {
            if (type.hasPresetOptions()) {
                type.presetValues().forEach(v -> used.putIfAbsent(type.optionKeyPrefix() + v, "QuestionType." + type));
            }
        }
        for (chorus.system.Role role : chorus.system.Role.values()) {
            used.putIfAbsent(role.labelKey(), "Role." + role);
        }
        for (chorus.event.EventKind kind : chorus.event.EventKind.values()) {
            used.putIfAbsent(kind.labelKey(), "EventKind." + kind);
        }
        // PageViews heads each group of ethnic categories, except "prefer not to say".
        // and asks, on screen, for the background within each (the second step).
        Stream.of(EthnicCategory.Group.values()).filter(g -> g != EthnicCategory.Group.NOT_STATED)
                .forEach(g -> {
                    used.putIfAbsent("ethnicity.group." + g.key(), "PageViews");
                    used.putIfAbsent("ethnicity.background." + g.key(), "PageViews");
                });
        return used;
    }

    private static java.util.Map<String, YamlNodes.Entry> english() {
        List<String> problems = new ArrayList<>();
        var texts = YamlNodes.flatTexts(read(Path.of("translations/ui/en.yml")), "translations/ui/en.yml", problems);
        assertEquals(List.of(), problems);
        return texts;
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** The text of a call's first argument, from just after its opening bracket. */
    private static String firstArgument(String text, int start) {
        int depth = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                i = text.indexOf('"', i + 1);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if ((c == ')' || c == ',') && depth == 0) {
                return text.substring(start, i).strip();
            }
        }
        throw new IllegalStateException("unclosed ui( call");
    }

    private static List<Path> templateFiles() {
        return walk(VIEWS, ".html");
    }

    private static List<Path> javaFiles() {
        return walk(JAVA, ".java");
    }

    static List<Path> walk(Path root, String suffix) {
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> found = files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
            assertFalse(found.isEmpty(), "no " + suffix + " files under " + root);
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String where(Path file) {
        return file.toString().replace('\\', '/');
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
