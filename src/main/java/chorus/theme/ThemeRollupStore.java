package chorus.theme;

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
        jdbc.prepareStatement("SELECT theme_id, counted_as FROM theme_rollup", select -> {
            try (java.sql.ResultSet found = select.executeQuery()) {
                while (found.next()) {
                    before.computeIfAbsent(found.getLong(1), k -> new java.util.TreeSet<>()).add(found.getLong(2));
                }
            }
            return null;
        });
        Map<Long, Set<Long>> after = rollup(themes);
        jdbc.prepareStatement("DELETE FROM theme_rollup", delete -> delete.executeUpdate());
        List<long[]> rows = new ArrayList<>();
        after.forEach((theme, counted) -> counted.forEach(c -> rows.add(new long[] {theme, c})));
        jdbc.prepareStatement("INSERT INTO theme_rollup (theme_id, counted_as) VALUES (?, ?)", insert -> {
            for (long[] row : rows) {
                insert.setLong(1, row[0]);
                insert.setLong(2, row[1]);
                insert.addBatch();
            }
            return insert.executeBatch();
        });
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
