package chorus.i18n;

import chorus.survey.Option;
import chorus.survey.Page;
import chorus.survey.Question;
import chorus.survey.RunBy;
import chorus.survey.Survey;
import chorus.survey.SurveyKeys;
import chorus.system.YamlNodes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Translations out to and back from XLIFF 1.2, the exchange format CAT tools (Trados, memoQ,
 * OmegaT, Weblate...) read. Export writes one trans-unit per key with the English, the current
 * translation and its state; import checks the whole file first and writes nothing unless every
 * unit is acceptable, then rewrites only the lines that changed and reloads {@link Translations}.
 */
public final class TranslationExchange {

    public static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:1.2";
    private static final String XML_NS = XMLConstants.XML_NS_URI;

    /** A reason to refuse a file: an interface-text key and its values, so each reader sees it in their language. */
    public record Problem(String key, Map<String, String> values) {

        public Text in(Texts texts) {
            return texts.ui(key, values);
        }
    }

    /**
     * What an import did: refused with problems (nothing written), or how many translations got
     * new text, how many were confirmed as current, and which stay stale because the file's
     * English is not today's.
     */
    public record Outcome(List<Problem> problems, int changed, int confirmed, List<String> stillStale) {

        public boolean refused() {
            return !problems.isEmpty();
        }
    }

    /** One trans-unit as read from a file. */
    private record Unit(String id, String source, String target, String state, String targetLanguage) {
    }

    private final Translations translations;

    public TranslationExchange(Translations translations) {
        this.translations = translations;
    }

    // ---------------------------------------------------------------------------------- export

    public byte[] export(TranslationTarget target) {
        return export(files(target));
    }

    public byte[] export(ExchangedText target) {
        Map<String, String> english = target.english();
        Map<String, String> translated = target.translated();
        Map<String, String> recorded = target.recorded();
        Map<String, String> notes = target.notes();
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("xliff");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("version", "1.2");
            xml.writeCharacters("\n  ");
            xml.writeStartElement("file");
            xml.writeAttribute("original", target.original());
            xml.writeAttribute("source-language", Language.SOURCE);
            xml.writeAttribute("target-language", target.language().tag());
            xml.writeAttribute("datatype", "plaintext");
            xml.writeAttribute("product-name", "Chorus");
            xml.writeCharacters("\n    ");
            xml.writeStartElement("header");
            xml.writeCharacters("\n      ");
            element(xml, "note", "Words in {braces}, like {hours}, are placeholders that Chorus fills in. They are plain"
                    + " text here: keep each one exactly as in the English, in Latin letters, moved to wherever the"
                    + " sentence needs it. Do not change the English source: it records what you translated from.");
            xml.writeCharacters("\n    ");
            xml.writeEndElement();
            xml.writeCharacters("\n    ");
            xml.writeStartElement("body");
            for (Map.Entry<String, String> entry : english.entrySet()) {
                String key = entry.getKey();
                String current = translated.get(key);
                xml.writeCharacters("\n      ");
                xml.writeStartElement("trans-unit");
                xml.writeAttribute("id", key);
                xml.writeCharacters("\n        ");
                xml.writeStartElement("source");
                xml.writeAttribute("xml", XML_NS, "lang", Language.SOURCE);
                xml.writeCharacters(entry.getValue());
                xml.writeEndElement();
                xml.writeCharacters("\n        ");
                xml.writeStartElement("target");
                xml.writeAttribute("xml", XML_NS, "lang", target.language().tag());
                xml.writeAttribute("state", current == null ? "needs-translation"
                        : SourceFingerprints.stale(recorded.get(key), entry.getValue()) ? "needs-review-translation" : "translated");
                xml.writeCharacters(current == null ? "" : current);
                xml.writeEndElement();
                xml.writeCharacters("\n        ");
                String placeholders = String.join(" ", Placeholders.of(entry.getValue()).stream().map(p -> "{" + p + "}").toList());
                element(xml, "note", notes.getOrDefault(key, key) + (placeholders.isEmpty() ? ""
                        : ". Keep the placeholders " + placeholders + " exactly as written: Chorus fills them in")
                        + (entry.getValue().contains(", plural,") ? ". The words in {…, plural, …} are chosen by the number:"
                        + " keep that structure and give your language's forms (zero, one, two, few, many, other), # standing"
                        + " for the number" : ""));
                xml.writeCharacters("\n      ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n    ");
            xml.writeEndElement();
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XLIFF", e);
        }
        return (text + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** Where each survey string appears, as a translator needs to know it: page, question number, part. */
    static Map<String, String> surveyNotes(Survey survey) {
        Map<String, String> notes = new LinkedHashMap<>();
        String in = "Survey '" + survey.title() + "'";
        notes.put("title", in + ", title");
        notes.put("introduction", in + ", introduction on the start page");
        int number = 0;
        for (Page page : survey.pages()) {
            String onPage = in + ", page '" + page.title() + "'";
            notes.put(SurveyKeys.page(page, "title"), onPage + ", page title");
            notes.put(SurveyKeys.page(page, "introduction"), onPage + ", page introduction");
            for (Question question : page.questions()) {
                number++;
                String q = onPage + ", question " + number;
                notes.put(SurveyKeys.question(question, "label"), q + " label");
                notes.put(SurveyKeys.question(question, "hint"), q + " hint, shown under the question");
                for (Option option : question.options()) {
                    notes.put(SurveyKeys.option(question, option.value()), q + " ('" + question.label() + "'), answer option");
                }
            }
        }
        if (survey.runBy() != null) {
            notes.put(RunBy.KEY_ORGANISATION, in + ", the organisation that runs it: on the start page, the paper form and the poster");
            for (RunBy.Help help : survey.runBy().help()) {
                notes.put(help.titleKey(), in + ", help after answering: heading of a place to turn to");
                notes.put(help.textKey(), in + ", help after answering: what '" + help.title() + "' offers and how to reach it");
            }
        }
        return notes;
    }

    /**
     * Interface keys are named for where they appear (error.too_long, survey.page_of); the note spells
     * the key out and adds the comment above it in ui/en.yml, which explains the harder ones.
     */
    Map<String, String> interfaceNotes(Set<String> keys) {
        Map<String, String> comments = commentsAbove(translations.root().resolve("ui/" + Language.SOURCE + ".yml"));
        Map<String, String> notes = new LinkedHashMap<>();
        for (String key : keys) {
            String[] parts = key.split("\\.");
            String where = "Interface text, " + parts[0].replace('_', ' ') + ": "
                    + String.join(", ", List.of(parts).subList(1, parts.length)).replace('_', ' ');
            String comment = comments.get(key);
            notes.put(key, comment == null ? where : where + " (" + comment + ")");
        }
        return notes;
    }

    /** The comment lines directly above each key, except the file's opening comment, which is about the whole file. */
    private static Map<String, String> commentsAbove(Path file) {
        Map<String, String> comments = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return comments;
        }
        List<String> block = new ArrayList<>();
        boolean opening = true;
        for (String line : read(file).split("\n", -1)) {
            String stripped = line.strip();
            if (stripped.startsWith("#")) {
                block.add(stripped.substring(1).strip());
                continue;
            }
            int colon = line.indexOf(':');
            if (!stripped.isEmpty() && colon > 0 && !opening && !block.isEmpty()) {
                comments.put(line.substring(0, colon).strip(), String.join(" ", block));
            }
            if (!stripped.isEmpty()) {
                opening = false;
            }
            block.clear();
        }
        return comments;
    }

    // ---------------------------------------------------------------------------------- import

    /**
     * Checks the whole file against today's English and writes the translation (and the record of
     * the English it was made from) only when every unit is acceptable. Importing a file exported
     * and not changed writes nothing.
     */
    public Outcome importFile(TranslationTarget target, byte[] xliff) {
        return importFile(files(target), xliff);
    }

    public synchronized Outcome importFile(ExchangedText target, byte[] xliff) {
        List<Problem> problems = new ArrayList<>();
        List<Unit> units = parse(xliff, target, problems);
        if (!problems.isEmpty()) {
            return new Outcome(problems, 0, 0, List.of());
        }
        Map<String, String> english = target.english();
        Map<String, String> translated = target.translated();
        Map<String, String> recorded = target.recorded();
        Map<String, String> newText = new LinkedHashMap<>();
        Map<String, String> newSources = new LinkedHashMap<>(recorded);
        List<String> stillStale = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int confirmed = 0;
        for (Unit unit : units) {
            if (!seen.add(unit.id())) {
                problems.add(new Problem("xliff.error.duplicate_id", Map.of("id", unit.id())));
                continue;
            }
            String source = english.get(unit.id());
            if (source == null) {
                problems.add(new Problem("xliff.error.unknown_id", Map.of("id", unit.id())));
                continue;
            }
            if (unit.target() == null || unit.target().isEmpty()) {
                continue;
            }
            if (unit.targetLanguage() != null && !unit.targetLanguage().equalsIgnoreCase(target.language().tag())) {
                problems.add(new Problem("xliff.error.unit_language", Map.of("id", unit.id(), "found", unit.targetLanguage(),
                        "expected", target.language().tag())));
                continue;
            }
            if (!Placeholders.of(unit.target()).equals(Placeholders.of(source))) {
                problems.add(new Problem("xliff.error.placeholders", Map.of("id", unit.id(),
                        "english", braces(Placeholders.of(source)), "translated", braces(Placeholders.of(unit.target())))));
                continue;
            }
            String fingerprint = SourceFingerprints.of(unit.source());
            boolean unchanged = unit.target().equals(translated.get(unit.id()));
            if (unchanged && (unit.state() != null && unit.state().startsWith("needs-")
                    || !SourceFingerprints.stale(recorded.get(unit.id()), source))) {
                // Left as it was: either still needing review (not a confirmation that it is current),
                // or already current, which an older file must not undo.
                continue;
            }
            if (!unchanged) {
                newText.put(unit.id(), unit.target());
            } else if (!fingerprint.equals(recorded.get(unit.id()))) {
                confirmed++;
            }
            newSources.put(unit.id(), fingerprint);
            if (SourceFingerprints.stale(fingerprint, source)) {
                stillStale.add(unit.id());
            }
        }
        if (!problems.isEmpty()) {
            return new Outcome(problems, 0, 0, List.of());
        }
        target.write(english, newText, newSources);
        return new Outcome(List.of(), newText.size(), confirmed, List.copyOf(stillStale));
    }

    private List<Unit> parse(byte[] xliff, ExchangedText target, List<Problem> problems) {
        Document document;
        try {
            document = parser().parse(new ByteArrayInputStream(xliff));
        } catch (SAXParseException e) {
            problems.add(new Problem("xliff.error.not_xml", Map.of("line", String.valueOf(e.getLineNumber()))));
            return List.of();
        } catch (SAXException | IOException e) {
            problems.add(new Problem("xliff.error.not_xml", Map.of("line", "1")));
            return List.of();
        }
        Element root = document.getDocumentElement();
        List<Element> files = children(root, "file");
        if (!"xliff".equals(root.getLocalName()) || files.size() != 1 || children(files.get(0), "body").size() != 1) {
            problems.add(new Problem("xliff.error.not_xliff", Map.of()));
            return List.of();
        }
        Element file = files.get(0);
        if (!Language.SOURCE.equalsIgnoreCase(file.getAttribute("source-language"))) {
            problems.add(new Problem("xliff.error.source_language", Map.of("found", file.getAttribute("source-language"))));
        }
        if (!target.language().tag().equalsIgnoreCase(file.getAttribute("target-language"))) {
            problems.add(new Problem("xliff.error.language", Map.of("found", file.getAttribute("target-language"),
                    "expected", target.language().tag())));
        }
        // The language is checked above: here only the folder says which text the file is for.
        String original = file.getAttribute("original");
        if (!original.substring(0, original.lastIndexOf('/') + 1)
                .equals(target.original().substring(0, target.original().lastIndexOf('/') + 1))) {
            problems.add(new Problem("xliff.error.wrong_file", Map.of("found", file.getAttribute("original"),
                    "expected", target.original())));
        }
        List<Unit> units = new ArrayList<>();
        NodeList all = children(files.get(0), "body").get(0).getElementsByTagNameNS("*", "trans-unit");
        for (int i = 0; i < all.getLength(); i++) {
            Element unit = (Element) all.item(i);
            String id = unit.getAttribute("id");
            List<Element> sources = children(unit, "source");
            List<Element> targets = children(unit, "target");
            if (id.isBlank() || sources.size() != 1 || targets.size() > 1) {
                problems.add(new Problem("xliff.error.bad_unit", Map.of("id", id.isBlank() ? "?" : id)));
                continue;
            }
            Element targetElement = targets.isEmpty() ? null : targets.get(0);
            String language = targetElement == null ? "" : targetElement.getAttributeNS(XML_NS, "lang");
            units.add(new Unit(id, sources.get(0).getTextContent().strip(),
                    targetElement == null ? null : targetElement.getTextContent().strip(),
                    targetElement == null || !targetElement.hasAttribute("state") ? null : targetElement.getAttribute("state"),
                    language.isEmpty() ? null : language));
        }
        return units;
    }

    /** A parser that reads no DTD and fetches nothing: an uploaded file must not reach the network or the disk. */
    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be made safe", e);
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    // ----------------------------------------------------------------------------------- files

    /** A file of the translations folder as one exchanged text. */
    public ExchangedText files(TranslationTarget target) {
        return new ExchangedText() {
            @Override
            public String id() {
                return target.id();
            }

            @Override
            public Language language() {
                return target.language();
            }

            @Override
            public String original() {
                return target.original();
            }

            @Override
            public Map<String, String> english() {
                return target.english(translations);
            }

            @Override
            public Map<String, String> translated() {
                return target.translated(translations);
            }

            @Override
            public Map<String, String> recorded() {
                return target.recorded(translations);
            }

            @Override
            public Map<String, String> notes() {
                return target.survey() == null ? interfaceNotes(english().keySet()) : surveyNotes(target.survey());
            }

            @Override
            public void write(Map<String, String> english, Map<String, String> newText, Map<String, String> sources) {
                TranslationExchange.this.write(target, english, newText, sources);
            }
        };
    }

    /**
     * Rewrites only the lines of keys whose text changed, adds new keys after the key that comes
     * before them in English, and keeps every comment; then the fingerprints file in the same key
     * order. Both go to a temporary file first and are moved into place, so a reader never sees half.
     */
    private void write(TranslationTarget target, Map<String, String> english, Map<String, String> newText,
                       Map<String, String> sources) {
        Path root = translations.root();
        Path file = target.path(root);
        if (!Files.isRegularFile(file) && newText.isEmpty()) {
            // A survey's file makes it offered in that language: an empty import must not create one.
            return;
        }
        String before = Files.isRegularFile(file) ? read(file) : header(target);
        String after = FlatYamlFile.update(before, newText, List.copyOf(english.keySet()));
        List<String> order = List.copyOf(YamlNodes.flatTexts(after, target.original(), new ArrayList<>()).keySet());
        String sourcesAfter = sourcesFile(target, order, sources);
        Path sourcesFile = target.sourcesPath(root);
        String sourcesBefore = Files.isRegularFile(sourcesFile) ? read(sourcesFile) : null;
        boolean textChanged = !after.equals(Files.isRegularFile(file) ? before : null);
        boolean sourcesChanged = !sourcesAfter.equals(sourcesBefore);
        if (!textChanged && !sourcesChanged) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path textTemp = textChanged ? temp(file, after) : null;
            Path sourcesTemp = sourcesChanged ? temp(sourcesFile, sourcesAfter) : null;
            if (textTemp != null) {
                move(textTemp, file);
            }
            if (sourcesTemp != null) {
                move(sourcesTemp, sourcesFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        translations.reload();
    }

    /** Records today's English as the source of every translation that has no record yet; changes nothing else. */
    public int recordMissingSources(TranslationTarget target) {
        Map<String, String> english = target.english(translations);
        Map<String, String> sources = new LinkedHashMap<>(target.recorded(translations));
        int added = 0;
        for (String key : target.translated(translations).keySet()) {
            if (english.containsKey(key) && !sources.containsKey(key)) {
                sources.put(key, SourceFingerprints.of(english.get(key)));
                added++;
            }
        }
        if (added > 0) {
            write(target, english, Map.of(), sources);
        }
        return added;
    }

    private static String header(TranslationTarget target) {
        String what = target.survey() == null ? "Interface text" : "Survey " + target.survey().id();
        return "# " + what + ", in " + target.language().name() + " (" + target.language().tag() + ")."
                + " Keys follow the ids of the English.\n";
    }

    private static String sourcesFile(TranslationTarget target, List<String> order, Map<String, String> sources) {
        StringBuilder out = new StringBuilder("# The English each text in " + target.language().tag() + ".yml was translated from,"
                + " as a fingerprint (translations/README.md).\n# Written by the XLIFF import: when the English changes,"
                + " its translation is stale until translated again.\n");
        for (String key : order) {
            if (sources.containsKey(key)) {
                out.append(key).append(": \"").append(sources.get(key)).append("\"\n");
            }
        }
        return out.toString();
    }

    private static Path temp(Path file, String text) throws IOException {
        Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        return temp;
    }

    private static void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String braces(Set<String> names) {
        return names.isEmpty() ? "-" : names.stream().map(n -> "{" + n + "}").collect(Collectors.joining(" "));
    }
}
