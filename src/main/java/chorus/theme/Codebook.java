package chorus.theme;

import chorus.i18n.Language;
import chorus.i18n.Translations;
import chorus.survey.SurveyFiles;
import chorus.system.ChorusSettings;
import io.micronaut.context.annotation.Context;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The themes coders use. surveys/codebook.yml seeds them at start-up: a theme of the file that Chorus
 * does not have yet is added, and the file's keywords replace the stored ones (they are the file's to
 * keep). Names, retirements and merges belong to admins from then on, so a theme the file renames or
 * drops keeps what admins made of it, and no coding is ever lost.
 */
@Context
public class Codebook {

    /** A theme with how deep it sits, for lists that show the hierarchy. */
    public record Entry(Theme theme, int depth, String path) {
    }

    private final ThemeRepository themes;
    private final ThemeKeywordRepository keywords;
    private final ThemeChangeRepository changes;
    private final ThemeRollupStore rollup;
    private final SaidThemeStore saidThemes;
    private final List<CodebookTheme> file;
    private final Clock clock;

    Codebook(ChorusSettings settings, Translations translations, ThemeRepository themes, ThemeKeywordRepository keywords,
             ThemeChangeRepository changes, ThemeRollupStore rollup, SaidThemeStore saidThemes, Clock clock) {
        this.themes = themes;
        this.rollup = rollup;
        this.saidThemes = saidThemes;
        this.keywords = keywords;
        this.changes = changes;
        this.clock = clock;
        List<String> problems = new ArrayList<>();
        Set<String> tags = translations.languages().stream().map(Language::tag).collect(Collectors.toSet());
        List<CodebookTheme> file = CodebookFile.read(settings.surveys().resolve(SurveyFiles.CODEBOOK_FILE), tags, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The codebook of themes has problems:\n" + String.join("\n", problems));
        }
        this.file = file;
    }

    /** After construction: a transactional method called from the constructor would run before its interceptor exists. */
    @jakarta.annotation.PostConstruct
    void seedFromFile() {
        seed(file);
    }

    @Transactional
    void seed(List<CodebookTheme> file) {
        themes.lockSeeding();
        saidThemes.lockAllThemes();
        Map<String, Long> ids = new LinkedHashMap<>();
        themes.findAll().forEach(t -> ids.put(t.code(), t.id()));
        for (CodebookTheme theme : file) {
            Long id = ids.get(theme.code());
            if (id == null) {
                Long parent = theme.parent() == null ? null : ids.get(theme.parent());
                id = themes.save(new Theme(null, theme.code(), parent, theme.name(), theme.description(), false, null)).id();
                ids.put(theme.code(), id);
                record(id, "chorus", ThemeChange.Kind.SEEDED, theme.code() + ": " + theme.name());
            }
            keywords.deleteByKeyThemeId(id);
            long themeId = id;
            List<ThemeKeyword> words = new ArrayList<>();
            theme.keywords().forEach((language, list) -> list.stream().distinct()
                    .forEach(k -> words.add(new ThemeKeyword(new ThemeKeyword.Key(themeId, language, k)))));
            keywords.saveAll(words);
        }
        rollup.replace(themes.findAll());
    }

    /** Ids: lower-case letters, digits, - and _, as in the codebook file and survey files. */
    static final String CODE = "[a-z0-9][a-z0-9_-]{0,63}";
    static final int MAX_NAME = 120;
    static final int MAX_DESCRIPTION = 500;

    /** Adds a theme, under a parent or at the top. The parent must be active and no deeper than the second level. */
    @Transactional
    public Theme add(String code, String name, String description, Long parentId, String who) {
        saidThemes.lockAllThemes();
        Theme added = themes.save(new Theme(null, code, parentId, name, description, false, null));
        record(added.id(), who, ThemeChange.Kind.ADDED, code + ": " + name);
        rollup.replace(themes.findAll());
        return added;
    }

    @Transactional
    public boolean codeTaken(String code) {
        return themes.existsByCode(code);
    }

    /** How deep a theme sits: 0 at the top. */
    public int depth(long id) {
        return entries().stream().filter(e -> e.theme().id() == id).mapToInt(Entry::depth).findFirst().orElse(0);
    }

    @Transactional
    public void rename(Theme theme, String name, String description, String who) {
        themes.update(new Theme(theme.id(), theme.code(), theme.parentId(), name, description, theme.retired(), theme.mergedInto()));
        record(theme.id(), who, ThemeChange.Kind.RENAMED, theme.name() + " → " + name);
    }

    /** A retired theme is offered to nobody; its codings stay and still count. */
    @Transactional
    public void retire(Theme theme, boolean retired, String who) {
        themes.update(new Theme(theme.id(), theme.code(), theme.parentId(), theme.name(), theme.description(), retired,
                theme.mergedInto()));
        record(theme.id(), who, retired ? ThemeChange.Kind.RETIRED : ThemeChange.Kind.RESTORED, theme.name());
    }

    /** Whether {@code other} is {@code theme} or sits anywhere under it. */
    public boolean within(long other, long theme) {
        Map<Long, Theme> byId = byId();
        Theme current = byId.get(other);
        int steps = 0;
        while (current != null && steps++ <= byId.size()) {
            if (current.id() == theme) {
                return true;
            }
            current = current.parentId() == null ? null : byId.get(current.parentId());
        }
        return false;
    }

    /**
     * Merges a theme into another: its codings count for the other from now on, in every report, and
     * stay as they were made. The caller checks that {@code into} is not {@code from} or under it.
     */
    @Transactional
    public void merge(Theme from, Theme into, String who) {
        saidThemes.lockAllThemes();
        themes.updateMergedIntoById(from.id(), into.id());
        for (Theme theme : themes.findAll()) {
            if (theme.mergedInto() != null && theme.mergedInto() == from.id().longValue()) {
                themes.updateMergedIntoById(theme.id(), into.id());
            }
        }
        record(from.id(), who, ThemeChange.Kind.MERGED, from.name() + " → " + into.name());
        rollup.replace(themes.findAll());
    }

    /** Every theme, parents before their children, in the order they were added. */
    @Transactional
    public List<Entry> entries() {
        List<Theme> all = themes.findAllOrderById();
        Map<Long, List<Theme>> children = new TreeMap<>();
        List<Theme> top = new ArrayList<>();
        for (Theme theme : all) {
            if (theme.parentId() == null) {
                top.add(theme);
            } else {
                children.computeIfAbsent(theme.parentId(), k -> new ArrayList<>()).add(theme);
            }
        }
        List<Entry> ordered = new ArrayList<>();
        top.forEach(t -> add(t, 0, "", children, ordered));
        return ordered;
    }

    private static void add(Theme theme, int depth, String above, Map<Long, List<Theme>> children, List<Entry> into) {
        String path = above.isEmpty() ? theme.name() : above + " › " + theme.name();
        into.add(new Entry(theme, depth, path));
        children.getOrDefault(theme.id(), List.of()).forEach(c -> add(c, depth + 1, path, children, into));
    }

    /** The themes a coder can choose: neither retired nor merged. */
    public List<Entry> active() {
        return entries().stream().filter(e -> e.theme().active()).toList();
    }

    @Transactional
    public Optional<Theme> find(long id) {
        return themes.findById(id);
    }

    /** Where a theme's codings count: itself, or the theme it was merged into (following merges of merges). */
    public long countedAs(long id, Map<Long, Theme> byId) {
        Theme theme = byId.get(id);
        int steps = 0;
        while (theme != null && theme.mergedInto() != null && steps++ < byId.size()) {
            theme = byId.get(theme.mergedInto());
        }
        return theme == null ? id : theme.id();
    }

    @Transactional
    public Map<Long, Theme> byId() {
        Map<Long, Theme> map = new LinkedHashMap<>();
        themes.findAllOrderById().forEach(t -> map.put(t.id(), t));
        return map;
    }

    /** Keywords of the active themes, by theme code and language. */
    @Transactional
    public Map<String, Map<String, List<String>>> keywords() {
        Map<Long, Theme> byId = byId();
        Map<String, Map<String, List<String>>> found = new TreeMap<>();
        for (ThemeKeyword k : keywords.findAll()) {
            Theme theme = byId.get(k.key().themeId());
            if (theme != null && theme.active()) {
                found.computeIfAbsent(theme.code(), c -> new TreeMap<>())
                        .computeIfAbsent(k.key().language(), l -> new ArrayList<>()).add(k.key().keyword());
            }
        }
        return found;
    }

    /** How many changes the codebook has had: its version. */
    @Transactional
    public long version() {
        return changes.count();
    }

    @Transactional
    public List<ThemeChange> history() {
        return changes.findAllOrderByIdDesc();
    }

    void record(long themeId, String who, ThemeChange.Kind kind, String detail) {
        changes.save(new ThemeChange(null, themeId, LocalDateTime.now(clock), who, kind,
                detail.length() > 500 ? detail.substring(0, 500) : detail));
    }
}
