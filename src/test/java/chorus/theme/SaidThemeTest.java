package chorus.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import chorus.disclosure.RecordKeys;
import chorus.support.Database;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * said_theme, the themes each coded item counts for, stays what the codings say as coders save,
 * re-code, code a second time, resolve and mark items not relevant, and as the codebook merges and
 * retires themes. Each step is checked against the rows the report used to derive from the codings
 * when it was asked, and against the themes expected by hand.
 */
@MicronautTest(transactional = false)
class SaidThemeTest {

    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;
    @Inject
    RecordKeys keys;
    @Inject
    Coding coding;
    @Inject
    Codebook codebook;
    @Inject
    SaidItemRepository items;

    @Test
    void theRowsFollowEverySaveAndEveryCodebookChange() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long top = codebook.add("top-" + suffix, "Top " + suffix, "A theme of the test.", null, "test").id();
        long a = codebook.add("a-" + suffix, "A " + suffix, "A theme of the test.", top, "test").id();
        long b = codebook.add("b-" + suffix, "B " + suffix, "A theme of the test.", top, "test").id();
        long other = codebook.add("other-" + suffix, "Other " + suffix, "A theme of the test.", null, "test").id();
        long under = codebook.add("under-" + suffix, "Under " + suffix, "A theme of the test.", other, "test").id();
        String item = item();

        save(item, "coder-one", Set.of(a, b), SaidItem.Sentiment.NEGATIVE, false);
        check(item, Set.of(a, b, top), "two children and their parent, once");
        assertEquals(Set.of("NEGATIVE"), sentiments(item));

        save(item, "coder-one", Set.of(under), SaidItem.Sentiment.POSITIVE, false);
        check(item, Set.of(under, other), "re-coded: the old themes go, the sentiment follows");
        assertEquals(Set.of("POSITIVE"), sentiments(item));

        // A second coder's themes are kept for agreement and count for nothing.
        coding.second(items.findById(item).orElseThrow(), "coder-two", Set.of(a));
        check(item, Set.of(under, other), "the second coder's codings do not count");

        // A lead resolving the item makes their coding the one that counts.
        save(item, "lead", Set.of(b), SaidItem.Sentiment.MIXED, false);
        check(item, Set.of(b, top), "the lead's coding counts, not either coder's");

        save(item, "lead", Set.of(), null, true);
        check(item, Set.of(), "not relevant counts for nothing");

        save(item, "lead", Set.of(a, under), SaidItem.Sentiment.NEUTRAL, false);
        check(item, Set.of(a, top, under, other), "coded again");

        // Merging a child into a theme elsewhere moves its count there; the parent keeps the item only
        // while another of its children still carries it.
        String second = item();
        save(second, "coder-one", Set.of(a), SaidItem.Sentiment.NEUTRAL, false);
        codebook.merge(codebook.find(a).orElseThrow(), codebook.find(under).orElseThrow(), "test");
        check(item, Set.of(under, other), "a merged into under: the item counts for under and other only");
        check(second, Set.of(under, other), "and top loses the item coded with a alone");
        assertEquals(3, Database.count(jdbc, tx, "SELECT COUNT(*) FROM theme_coding WHERE theme_id = ?", a),
                "the codings are kept as made: the second coder's, the lead's and the second item's");

        // Merging a parent moves the count of everything under it.
        String third = item();
        save(third, "coder-one", Set.of(b), SaidItem.Sentiment.NEUTRAL, false);
        check(third, Set.of(b, top), "coded under top");
        codebook.merge(codebook.find(top).orElseThrow(), codebook.find(other).orElseThrow(), "test");
        check(third, Set.of(b, other), "top merged into other: b counts for other now");

        codebook.retire(codebook.find(b).orElseThrow(), true, "test");
        check(third, Set.of(b, other), "a retired theme's codings still count");
    }

    /** Saves as the coding workspace does, with the item's current version. */
    private void save(String id, String coder, Set<Long> themes, SaidItem.Sentiment sentiment, boolean notRelevant) {
        SaidItem item = items.findById(id).orElseThrow();
        coding.save(item, coder, new Coding.Decision(themes, sentiment, notRelevant, false, "", item.redactedText(),
                Set.of(), item.version()));
    }

    /** The item's rows are the expected themes, and what the codings say when derived afresh. */
    private void check(String item, Set<Long> expected, String message) {
        assertEquals(expected, themes("SELECT theme_id FROM said_theme WHERE item_id = ?", item), message);
        assertEquals(expected, themes("SELECT DISTINCT u.counted_as FROM said_item i JOIN theme_coding c ON c.item_id = i.id"
                + " AND c.coder = i.decided_by JOIN theme_rollup u ON u.theme_id = c.theme_id"
                + " WHERE i.id = ? AND i.status = 'CODED'", item), message + " (from the codings)");
    }

    private Set<Long> themes(String sql, String item) {
        return tx.executeRead(status -> jdbc.prepareStatement(sql, select -> {
            select.setString(1, item);
            Set<Long> found = new TreeSet<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getLong(1));
                }
            }
            return found;
        }));
    }

    private Set<String> sentiments(String item) {
        return tx.executeRead(status -> jdbc.prepareStatement("SELECT DISTINCT sentiment FROM said_theme WHERE item_id = ?",
                select -> {
                    select.setString(1, item);
                    Set<String> found = new TreeSet<>();
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            found.add(rows.getString(1));
                        }
                    }
                    return found;
                }));
    }

    /** A survey answer's item, in a year no other test uses. */
    private String item() {
        String key = UUID.randomUUID().toString();
        Database.update(jdbc, tx, "INSERT INTO response (survey_id, survey_version, language, channel, submitted_on,"
                + " submission_key, record_key) VALUES ('maternity-experience', 1, 'en', 'ONLINE', DATE '2097-04-01', ?, 0)", key);
        long response = Database.count(jdbc, tx, "SELECT id FROM response WHERE submission_key = ?", key);
        String id = UUID.randomUUID().toString();
        Database.update(jdbc, tx, "INSERT INTO said_item (id, source, response_id, language, channel, said_on,"
                + " redacted_text, redaction_edited, status, safeguarding, double_coded, version, record_key)"
                + " VALUES (?, 'SURVEY', ?, 'en', 'ONLINE', DATE '2097-04-01', 'Words', FALSE, 'NEW', FALSE, FALSE, 0, ?)",
                id, response, keys.key("i:" + id));
        return id;
    }
}
