package chorus.theme;

import chorus.system.Sql;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The said_theme table (see V26): the themes each coded item counts for, with what a report scopes and
 * divides it by. Hand SQL because its writes are bulk: an item's rows are derived from its codings in
 * set-based statements, and a codebook change rewrites the rows of every item coded with a theme
 * whose place changed.
 *
 * <p>Rows are derived from the coding that counts and the rollup, so a save and a codebook change
 * must not interleave: a change that read an item's old codings could write rows for them after the
 * save replaced them. Both therefore lock theme rows before anything else, in id order: a save those
 * of the themes it reads the rollup of or takes rows away from, a codebook change all of them. Saves
 * of items with different themes go on side by side; no transaction waits for a lock held by one
 * that waits for its own, so they cannot deadlock.
 */
@Singleton
class SaidThemeStore {

    /** The person an item is about, as said_theme keeps it; '' for an item linked to nobody, which counts as one person. */
    private static final String PERSON = "CASE WHEN i.source = 'STAFF' THEN i.staff_response_id"
            + " WHEN i.response_id IS NOT NULL THEN CONCAT('', i.response_id)"
            + " WHEN i.comment_id IS NOT NULL THEN CONCAT('-', i.comment_id) ELSE '' END";

    /** The rows items should have: as the report used to count, the counting coding of a coded item, rolled up. */
    private static final String DERIVED = "INSERT INTO said_theme (theme_id, person, item_id, source, said_on, round_id, mvp_id,"
            + " survey_id, response_id, language, channel, sentiment, item_key, person_key)"
            + " SELECT DISTINCT u.counted_as, " + PERSON + ", i.id, i.source, i.said_on, i.round_id, i.mvp_id, i.survey_id,"
            + " i.response_id, i.language, i.channel, i.sentiment, i.record_key,"
            + " CASE WHEN i.source = 'STAFF' THEN s.record_key ELSE COALESCE(r.record_key, i.record_key) END"
            + " FROM said_item i JOIN theme_coding c ON c.item_id = i.id AND c.coder = i.decided_by"
            + " JOIN theme_rollup u ON u.theme_id = c.theme_id LEFT JOIN response r ON r.id = i.response_id"
            + " LEFT JOIN staff_response s ON s.id = i.staff_response_id"
            + " WHERE i.status = 'CODED' AND NOT EXISTS (SELECT 1 FROM said_theme x WHERE x.item_id = i.id"
            + " AND x.theme_id = u.counted_as)";

    /** A row no coding that counts justifies any more. */
    private static final String UNJUSTIFIED = "NOT EXISTS (SELECT 1 FROM said_item i JOIN theme_coding c ON c.item_id = i.id"
            + " AND c.coder = i.decided_by JOIN theme_rollup u ON u.theme_id = c.theme_id WHERE i.id = said_theme.item_id"
            + " AND i.status = 'CODED' AND u.counted_as = said_theme.theme_id)";

    private final JdbcOperations jdbc;
    private final SaidCountStore counts;

    SaidThemeStore(JdbcOperations jdbc, SaidCountStore counts) {
        this.jdbc = jdbc;
        this.counts = counts;
    }

    /** Locks these theme rows, in id order, until the transaction ends: see the class comment. */
    void lockThemes(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        List<Long> ordered = ids.stream().distinct().sorted().toList();
        Sql.list(jdbc, "SELECT id FROM theme WHERE id IN (" + Sql.marks(ordered.size()) + ") ORDER BY id FOR UPDATE",
                row -> row.getLong(1), ordered);
    }

    /** Locks every theme row, for a change to the codebook. */
    void lockAllThemes() {
        Sql.list(jdbc, "SELECT id FROM theme ORDER BY id FOR UPDATE", row -> row.getLong(1));
    }

    /**
     * Brings one item's rows in line with its status and the coding that counts, after a save: rows no
     * longer justified go, the sentiment follows the item, missing rows are added. Each statement
     * touches this item's rows only. A service user's counts are taken back first, while the rows are
     * still the old ones, to be counted again as they now are.
     */
    void refresh(String itemId) {
        String person = Sql.first(jdbc, "SELECT " + PERSON + " FROM said_item i WHERE i.id = ? AND i.source <> 'STAFF'",
                row -> row.getString(1), itemId).orElse(null);
        if (person != null) {
            counts.changing(person);
        }
        Sql.update(jdbc, "DELETE FROM said_theme WHERE item_id = ? AND " + UNJUSTIFIED, itemId);
        Sql.update(jdbc, "UPDATE said_theme SET sentiment = (SELECT i.sentiment FROM said_item i WHERE i.id = ?) WHERE item_id = ?",
                itemId, itemId);
        Sql.update(jdbc, DERIVED + " AND i.id = ?", itemId);
    }

    /**
     * After the rollup changed for {@code moved} (themes that now count for other themes than before,
     * {@code before} being every theme they counted for until now): rows for those themes that no
     * coding justifies now go, the rows codings of the moved themes now justify are added, and the
     * kept counts of every theme whose rows changed are made again.
     */
    void rollupChanged(Collection<Long> moved, Collection<Long> before) {
        if (moved.isEmpty()) {
            return;
        }
        List<Long> old = List.copyOf(before);
        if (!old.isEmpty()) {
            Sql.update(jdbc, "DELETE FROM said_theme WHERE theme_id IN (" + Sql.marks(old.size()) + ") AND " + UNJUSTIFIED,
                    old.toArray());
        }
        List<Long> themes = new ArrayList<>(moved);
        Sql.update(jdbc, DERIVED + " AND c.theme_id IN (" + Sql.marks(themes.size()) + ")", themes.toArray());
        java.util.Set<Long> changed = new java.util.TreeSet<>(old);
        changed.addAll(Sql.list(jdbc, "SELECT DISTINCT counted_as FROM theme_rollup WHERE theme_id IN (" + Sql.marks(themes.size()) + ")",
                row -> row.getLong(1), themes));
        counts.recountThemes(changed);
    }
}
