package chorus.i18n;

import com.ibm.icu.util.ULocale;
import chorus.system.ChorusSettings;
import chorus.survey.Survey;
import chorus.survey.SurveyCatalog;
import chorus.survey.SurveyDefinitionException;
import chorus.survey.SurveyKeys;
import chorus.system.YamlNodes;
import chorus.system.YamlNodes.Entry;
import io.micronaut.context.annotation.Context;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * All text a translator edits, read from {@code translations/} at start-up: the language list,
 * interface text per language and each survey's text per language. A file that is not valid, a
 * placeholder lost in translation or a file for an unknown language or survey stops start-up;
 * a key not yet translated falls back to English and is listed by {@link TranslationCoverage}.
 */
@Context
public class Translations {

    private final Path root;
    private volatile List<Language> languages;
    /** Language tag to the numbering system of its digits, for the numbers put into its text. */
    private volatile Map<String, String> digits = new java.util.HashMap<>();
    private volatile Map<String, Map<String, String>> ui = new LinkedHashMap<>();
    /** survey id -> language tag -> key -> text. */
    private volatile Map<String, Map<String, Map<String, String>>> surveys = new TreeMap<>();
    /** survey id -> language tag -> question id -> picture. */
    private volatile Map<String, Map<String, Map<String, Picture>>> pictures = new TreeMap<>();
    /** Languages that are a plain-language variant of English: their own interface text is optional. */
    private volatile java.util.Set<String> variants = new java.util.HashSet<>();
    /** The English each translation was made from, as fingerprints: file (ui/pl, surveys/x/pl) -> key -> fingerprint. */
    private volatile Map<String, Map<String, String>> sources = new TreeMap<>();
    private final Function<String, Optional<Survey>> latestSurvey;
    private final Path surveysDir;
    private final List<String> problems = new ArrayList<>();

    @Inject
    Translations(ChorusSettings settings, SurveyCatalog catalog) {
        this(settings.translations(), settings.surveys(), catalog::latest);
        problems.addAll(TranslationCoverage.of(this, catalog.latestOfEach()).placeholderProblems());
        if (!problems.isEmpty()) {
            throw new SurveyDefinitionException(problems);
        }
    }

    /**
     * Reads every file it can and keeps the problems instead of stopping, so the coverage report
     * can run on the files alone, without the database the survey catalogue needs.
     */
    Translations(Path root, Path surveysDir, Function<String, Optional<Survey>> latestSurvey) {
        this.root = root;
        this.latestSurvey = latestSurvey;
        this.surveysDir = surveysDir;
        languages = readLanguages(root.resolve("languages.yml"), problems);
        readInterfaceTexts(root.resolve("ui"), problems);
        readSurveyTexts(root.resolve("surveys"), problems);
    }

    /** The translations folder these texts were read from. */
    Path root() {
        return root;
    }

    /**
     * Reads the files again after an import, so the running service shows the new text. Nothing
     * changes unless the files read cleanly: a bad file keeps the texts already shown.
     */
    synchronized void reload() {
        Translations fresh = new Translations(root, surveysDir, latestSurvey);
        List<String> found = new ArrayList<>(fresh.problems());
        if (found.isEmpty()) {
            found.addAll(TranslationCoverage.of(fresh, fresh.surveys.keySet().stream()
                    .map(latestSurvey).flatMap(Optional::stream).toList()).placeholderProblems());
        }
        if (!found.isEmpty()) {
            throw new SurveyDefinitionException(found);
        }
        languages = fresh.languages;
        digits = fresh.digits;
        ui = fresh.ui;
        surveys = fresh.surveys;
        pictures = fresh.pictures;
        variants = fresh.variants;
        sources = fresh.sources;
    }

    /** Problems found while reading the files; placeholders are checked by {@link TranslationCoverage}. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    public List<Language> languages() {
        return languages;
    }

    public Optional<Language> language(String tag) {
        return languages.stream().filter(l -> l.tag().equalsIgnoreCase(tag)).findFirst();
    }

    /** The languages with interface text of their own, for pages that are not a survey's (staff pages). */
    public List<Language> interfaceLanguages() {
        return languages.stream().filter(l -> ui.containsKey(l.tag()) && !variants.contains(l.tag())).toList();
    }

    /** Whether the language has its own interface file; an easy-read variant may go without and use English. */
    public boolean hasOwnInterface(String tag) {
        return ui.containsKey(tag);
    }

    /** A plain-language variant of English: its interface file rewords only what it needs to. */
    public boolean isVariant(String tag) {
        return variants.contains(tag);
    }

    public Language source() {
        return language(Language.SOURCE).orElseThrow();
    }

    /** The best shipped language for a BCP 47 tag or an Accept-Language list, if any fits. */
    public Optional<Language> match(String ranges, List<Language> among) {
        try {
            List<String> tags = among.stream().map(l -> l.tag().toLowerCase(Locale.ROOT)).toList();
            String found = Locale.lookupTag(Locale.LanguageRange.parse(ranges), tags);
            return Optional.ofNullable(found).flatMap(this::language);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The digits each language writes numbers in ("digits" in languages.yml; Western by default). */
    public Texts texts(Language language) {
        String base = language.tag().replaceFirst("-x-.*$", "");
        // English as written in England: "31 March 2027", not "March 31, 2027".
        String region = base.equals(Language.SOURCE) ? "-GB" : "";
        return new Texts(language, ui.getOrDefault(language.tag(), Map.of()), ui.get(Language.SOURCE),
                ULocale.forLanguageTag(base + region + "-u-nu-" + digits.getOrDefault(language.tag(), "latn")));
    }

    /** English first, then the languages that have this survey's text, in the order of languages.yml. */
    public List<Language> languagesOf(Survey survey) {
        Map<String, Map<String, String>> translated = surveys.getOrDefault(survey.id(), Map.of());
        return languages.stream()
                .filter(l -> l.tag().equals(Language.SOURCE) || translated.containsKey(l.tag()))
                .toList();
    }

    public SurveyTexts surveyTexts(Survey survey, Language language) {
        Map<String, String> own = Language.SOURCE.equals(language.tag())
                ? SurveyKeys.sourceTexts(survey)
                : surveys.getOrDefault(survey.id(), Map.of()).getOrDefault(language.tag(), Map.of());
        return new SurveyTexts(survey, language, own, texts(language),
                pictures.getOrDefault(survey.id(), Map.of()).getOrDefault(language.tag(), Map.of()));
    }

    /** Interface keys in English, for coverage reports and tests. */
    public Map<String, String> interfaceSource() {
        return ui.getOrDefault(Language.SOURCE, Map.of());
    }

    public Map<String, String> interfaceTexts(String tag) {
        return ui.getOrDefault(tag, Map.of());
    }

    public Map<String, String> surveyTexts(String surveyId, String tag) {
        return surveys.getOrDefault(surveyId, Map.of()).getOrDefault(tag, Map.of());
    }

    /** Key -> fingerprint of the English a translation was made from (see {@link SourceFingerprints}). */
    public Map<String, String> interfaceSources(String tag) {
        return sources.getOrDefault("ui/" + tag, Map.of());
    }

    public Map<String, String> surveySources(String surveyId, String tag) {
        return sources.getOrDefault("surveys/" + surveyId + "/" + tag, Map.of());
    }

    private List<Language> readLanguages(Path file, List<String> problems) {
        String name = "translations/languages.yml";
        List<Language> found = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            problems.add(file.toAbsolutePath().normalize() + ": missing; the translations folder needs languages.yml (set CHORUS_TRANSLATIONS_DIR)");
            return found;
        }
        Node root = YamlNodes.compose(read(file), name, problems);
        if (!(root instanceof SequenceNode list)) {
            if (root != null) {
                problems.add(name + ": expected a list of languages, each with \"tag\" and \"name\"");
            }
            return found;
        }
        for (Node node : list.getValue()) {
            Map<String, String> fields = node instanceof MappingNode map
                    ? map.getValue().stream()
                            .filter(t -> t.getKeyNode() instanceof ScalarNode && t.getValueNode() instanceof ScalarNode)
                            .collect(Collectors.toMap(t -> ((ScalarNode) t.getKeyNode()).getValue(),
                                    t -> ((ScalarNode) t.getValueNode()).getValue(), (a, b) -> b))
                    : Map.of();
            String tag = fields.get("tag");
            String dir = fields.getOrDefault("dir", "ltr");
            String variantOf = fields.get("variant_of");
            String numbering = fields.getOrDefault("digits", "latn");
            if (!numbering.matches("latn|beng|arab|arabext|deva")) {
                problems.add(YamlNodes.where(name, node) + "\"digits\" must be latn, beng, arab, arabext or deva");
                continue;
            }
            digits.put(tag, numbering);
            if (tag == null || !tag.matches("[a-z]{2,3}(-(x|[A-Za-z0-9]{2,8}))*") || fields.get("name") == null
                    || !(dir.equals("ltr") || dir.equals("rtl")) || !(variantOf == null || variantOf.equals(Language.SOURCE))) {
                problems.add(YamlNodes.where(name, node) + "each language needs a BCP 47 \"tag\" (like pl, pa-Guru or en-x-easy), "
                        + "its own \"name\", \"dir\" of ltr or rtl if given, and \"variant_of\" only as en");
                continue;
            }
            if (variantOf != null) {
                variants.add(tag);
            }
            found.add(new Language(tag, fields.get("name"), dir.equals("rtl")));
        }
        if (found.stream().noneMatch(l -> l.tag().equals(Language.SOURCE))) {
            problems.add(name + ": English (en) must be listed: it is the source language");
        }
        return List.copyOf(found);
    }

    private void readInterfaceTexts(Path dir, List<String> problems) {
        for (Language language : languages) {
            Path file = dir.resolve(language.tag() + ".yml");
            String name = "translations/ui/" + language.tag() + ".yml";
            if (!Files.isRegularFile(file)) {
                if (!variants.contains(language.tag())) {
                    problems.add(name + ": missing; every language in languages.yml needs its interface text");
                }
                continue;
            }
            ui.put(language.tag(), texts(YamlNodes.flatTexts(read(file), name, problems)));
            readSources(dir, "ui/", language, problems);
        }
        strayFiles(dir, "translations/ui/", problems);
    }

    private void readSurveyTexts(Path dir, List<String> problems) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        for (Path surveyDir : list(dir)) {
            String surveyId = surveyDir.getFileName().toString();
            Optional<Survey> survey = latestSurvey.apply(surveyId);
            if (survey.isEmpty()) {
                problems.add("translations/surveys/" + surveyId + ": there is no survey \"" + surveyId + "\" in surveys/");
                continue;
            }
            for (Language language : languages) {
                Path file = surveyDir.resolve(language.tag() + ".yml");
                if (!language.tag().equals(Language.SOURCE) && Files.isRegularFile(file)) {
                    String name = "translations/surveys/" + surveyId + "/" + language.tag() + ".yml";
                    Map<String, String> texts = texts(YamlNodes.flatTexts(read(file), name, problems));
                    Map<String, Picture> found = pictures(survey.get(), texts, name, problems);
                    if (!found.isEmpty()) {
                        pictures.computeIfAbsent(surveyId, k -> new TreeMap<>()).put(language.tag(), found);
                    }
                    surveys.computeIfAbsent(surveyId, k -> new TreeMap<>()).put(language.tag(), texts);
                    readSources(surveyDir, "surveys/" + surveyId + "/", language, problems);
                }
            }
            strayFiles(surveyDir, "translations/surveys/" + surveyId + "/", problems);
        }
    }

    /**
     * Takes the {@code questions.<id>.picture} and {@code .picture_alt} keys out of a survey text
     * file: a picture file in {@code surveys/<survey>/pictures/} and the words that stand for it.
     */
    private Map<String, Picture> pictures(Survey survey, Map<String, String> texts, String name, List<String> problems) {
        Map<String, Picture> found = new TreeMap<>();
        java.util.regex.Pattern key = java.util.regex.Pattern.compile("questions\\.([A-Za-z0-9_]+)\\.picture(_alt)?");
        List<String> questions = new ArrayList<>(texts.keySet().stream().map(key::matcher)
                .filter(java.util.regex.Matcher::matches).map(m -> m.group(1)).distinct().toList());
        for (String question : questions) {
            String file = texts.remove("questions." + question + ".picture");
            String alt = texts.remove("questions." + question + ".picture_alt");
            String where = name + ": question \"" + question + "\": ";
            if (survey.pages().stream().flatMap(p -> p.questions().stream()).noneMatch(q -> q.id().equals(question))) {
                problems.add(where + "there is no such question in the survey");
            } else if (file == null || !file.matches("[a-z0-9_-]+\\.svg")) {
                problems.add(where + "\"picture\" must name an .svg file in surveys/" + survey.id() + "/pictures/ (small letters, digits, - and _)");
            } else if (alt == null || alt.isBlank()) {
                problems.add(where + "\"picture_alt\" must say in words what the picture shows");
            } else {
                Path path = surveysDir.resolve(survey.id()).resolve("pictures").resolve(file);
                if (!Files.isRegularFile(path)) {
                    problems.add(where + "surveys/" + survey.id() + "/pictures/" + file + " does not exist");
                    continue;
                }
                String svg = chorus.system.SafeSvg.plain(read(path));
                if (svg == null) {
                    problems.add(where + "surveys/" + survey.id() + "/pictures/" + file
                            + " must be a plain SVG drawing: no script, event handlers or links");
                    continue;
                }
                found.put(question, new Picture(file, svg, Text.of(alt)));
            }
        }
        return found;
    }

    /** The sidecar {@code <tag>.sources.yml}; a translation with no fingerprint there counts as stale. */
    private void readSources(Path dir, String prefix, Language language, List<String> problems) {
        Path file = dir.resolve(language.tag() + SourceFingerprints.SUFFIX);
        if (!language.tag().equals(Language.SOURCE) && Files.isRegularFile(file)) {
            sources.put(prefix + language.tag(), texts(YamlNodes.flatTexts(read(file),
                    "translations/" + prefix + file.getFileName(), problems)));
        }
    }

    private void strayFiles(Path dir, String prefix, List<String> problems) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        for (Path file : list(dir)) {
            String tag = file.getFileName().toString().replaceFirst("(" + java.util.regex.Pattern.quote(SourceFingerprints.SUFFIX)
                    + "|\\.yml)$", "");
            if (language(tag).isEmpty() || !file.getFileName().toString().endsWith(".yml")) {
                problems.add(prefix + file.getFileName() + ": not a language in translations/languages.yml");
            }
        }
    }

    private static Map<String, String> texts(Map<String, Entry> entries) {
        Map<String, String> texts = new LinkedHashMap<>();
        entries.forEach((key, entry) -> texts.put(key, entry.value()));
        return texts;
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
