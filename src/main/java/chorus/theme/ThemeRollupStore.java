package chorus.theme;

import chorus.system.Sql;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The theme_rollup table: which themes each coding counts for. Hand SQL because it is a bulk write,
 * the whole table replaced in one batch whenever the codebook changes; the rows of said_theme that
 * the change moves are rewritten with it.
 */
@Singleton
class ThemeRollupStore {

    private final JdbcOperations jdbc;
    private final SaidThemeStore saidThemes;

    ThemeRollupStore(JdbcOperations jdbc, SaidThemeStore saidThemes) {
        this.jdbc = jdbc;
        this.saidThemes = saidThemes;
    }

    /**
     * The themes a coding of each theme counts for: the theme it now stands as (itself, or the one it
     * was merged into, following merges of merges) and every theme above that one.
     */
    static Map<Long, Set<Long>> rollup(Collection<Theme> themes) {
        Map<Long, Theme> byId = new java.util.HashMap<>();
        themes.forEach(t -> byId.put(t.id(), t));
        Map<Long, Set<Long>> rollup = new java.util.TreeMap<>();
        for (Theme theme : themes) {
            Set<Long> countedAs = new LinkedHashSet<>();
            Theme current = standingAs(theme, byId);
            while (current != null && countedAs.add(current.id())) {
                current = current.parentId() == null ? null : standingAs(byId.get(current.parentId()), byId);
            }
            rollup.put(theme.id(), countedAs);
        }
        return rollup;
    }

    /** The theme a theme stands as now: itself, or the end of its chain of merges. */
    private static Theme standingAs(Theme theme, Map<Long, Theme> byId) {
        Theme current = theme;
        int steps = 0;
        while (current != null && current.mergedInto() != null && byId.containsKey(current.mergedInto())
                && steps++ < byId.size()) {
            current = byId.get(current.mergedInto());
        }
        return current;
    }

    /**
     * Replaces the rollup with the one these themes make, and rewrites the said_theme rows of the
     * themes whose place changed. The caller holds every theme row's lock (see SaidThemeStore).
     */
    void replace(Collection<Theme> themes) {
        Map<Long, Set<Long>> before = new java.util.HashMap<>();
        Sql.list(jdbc, "SELECT theme_id, counted_as FROM theme_rollup", row -> new long[] {row.getLong(1), row.getLong(2)})
                .forEach(row -> before.computeIfAbsent(row[0], k -> new java.util.TreeSet<>()).add(row[1]));
        Map<Long, Set<Long>> after = rollup(themes);
        Sql.update(jdbc, "DELETE FROM theme_rollup");
        List<List<Long>> rows = new ArrayList<>();
        after.forEach((theme, counted) -> counted.forEach(c -> rows.add(List.of(theme, c))));
        Sql.batch(jdbc, "INSERT INTO theme_rollup (theme_id, counted_as) VALUES (?, ?)", rows);
        Set<Long> moved = new java.util.TreeSet<>();
        Set<Long> countedBefore = new java.util.TreeSet<>();
        after.forEach((theme, counted) -> {
            Set<Long> was = before.getOrDefault(theme, Set.of());
            if (!was.equals(new java.util.TreeSet<>(counted))) {
                moved.add(theme);
                countedBefore.addAll(was);
            }
        });
        saidThemes.rollupChanged(moved, countedBefore);
    }
}
