package chorus.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.answer.ResponseStore;
import chorus.answer.ResponseStore.AnswerRow;
import chorus.disclosure.RecordKeys;
import chorus.support.Database;
import chorus.system.TransientFailures;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The counts of what service users said, kept as items are coded (V28), must always give the themes
 * report what counting every coded item and its person's answers gives: with people whose items
 * span days and sources, several items of one person under one theme, re-coding, items marked not
 * relevant, corrected paper forms, codebook merges, and coders saving while counting runs beside
 * them. Year 2081 is used by no other test.
 */
@MicronautTest(transactional = false)
class SaidCountsTest {

    private static final String[] ETHNICITY = {"A", "N", "M", "H", "Z", "C"};
    private static final String[] DISTRICTS = {"LS8", "BD3", "LS6", "XX99"};
    private static final String[] LANGUAGES = {"en", "ur", "pl"};
    /** An MVP's id as items carry it; no other test's items of 2081 carry it. */
    private static final long MVP = 8181;

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
    @Inject
    ThemeQueries queries;
    @Inject
    SaidCounts counts;
    @Inject
    SaidQuestions questions;
    @Inject
    ResponseStore responses;
    @Inject
    TransientFailures transactions;

    private final Random random = new Random(81);

    @Test
    void keptCountsGiveWhatCountingEveryItemGives() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long top = codebook.add("top-" + suffix, "Top " + suffix, "A theme of the test.", null, "test").id();
        long a = codebook.add("a-" + suffix, "A " + suffix, "A theme of the test.", top, "test").id();
        long b = codebook.add("b-" + suffix, "B " + suffix, "A theme of the test.", top, "test").id();
        long other = codebook.add("other-" + suffix, "Other " + suffix, "A theme of the test.", null, "test").id();
        List<Long> themes = List.of(a, b, other);

        // 40 people, each with one or two survey answers coded on one day; a few also spoke at an
        // event another day, linked to their response, so their items span days and sources.
        List<Long> people = new ArrayList<>();
        List<String> coded = new ArrayList<>();
        List<String> mixed = new ArrayList<>();
        for (int p = 0; p < 40; p++) {
            LocalDate day = LocalDate.of(2081, 1 + random.nextInt(12), 1 + random.nextInt(28));
            long response = response(LANGUAGES[p % 3], day, p % 7 == 0 ? null : ETHNICITY[random.nextInt(ETHNICITY.length)],
                    p % 5 == 0 ? null : DISTRICTS[random.nextInt(DISTRICTS.length)]);
            people.add(response);
            if (p % 5 == 2) {
                // Heard only at an event of one MVP: counted in the kept counts under that MVP.
                String spoken = item("EVENT", response, LANGUAGES[p % 3], "EVENT", day, MVP);
                save(spoken, pick(themes), false);
                coded.add(spoken);
                continue;
            }
            for (int i = 0; i < 1 + p % 2; i++) {
                String item = item("SURVEY", response, LANGUAGES[p % 3], "ONLINE", day, null);
                save(item, pick(themes), false);
                coded.add(item);
            }
            if (p % 6 == 1) {
                String spoken = item("EVENT", response, "en", "EVENT", day.plusDays(40), MVP);
                save(spoken, pick(themes), false);
                coded.add(spoken);
                mixed.add(Long.toString(response));
            }
        }
        check("as coded");
        assertEquals(new TreeSet<>(mixed), mixedPeople(people), "people whose items span days are counted from their items");
        assertTrue(Database.count(jdbc, tx, "SELECT COUNT(*) FROM said_count WHERE said_on BETWEEN DATE '2081-01-01'"
                + " AND DATE '2081-12-31' AND people > 0") > 0, "everyone else is in the kept counts");

        // Re-coded, and marked not relevant.
        for (int i = 0; i < coded.size(); i += 4) {
            save(coded.get(i), i % 8 == 0 ? Set.of() : pick(themes), i % 8 == 0);
        }
        check("after re-coding");

        // Corrected paper forms move people between ethnic groups and districts; one is corrected twice
        // before anyone counts, and one has no ethnic group any more.
        for (int i = 0; i < people.size(); i += 3) {
            long response = people.get(i);
            String code = i % 9 == 0 ? null : ETHNICITY[random.nextInt(ETHNICITY.length)];
            transactions.write(() -> {
                responses.replaceAnswers(response, "ethnicity", code == null ? List.of() : List.of(new AnswerRow("ethnicity", code,
                        null, null)));
                responses.replaceAnswers(response, questions.districts().get(0),
                        List.of(new AnswerRow(questions.districts().get(0), null, null, DISTRICTS[random.nextInt(DISTRICTS.length)])));
                return null;
            });
        }
        check("after corrections");

        // A merge moves every count of a theme; then its parent.
        codebook.merge(codebook.find(a).orElseThrow(), codebook.find(other).orElseThrow(), "test");
        check("after a merge");
        codebook.merge(codebook.find(top).orElseThrow(), codebook.find(other).orElseThrow(), "test");
        check("after merging a parent");

        // Six coders save over and over while two threads count.
        List<Long> open = List.of(b, other);
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicBoolean saving = new AtomicBoolean(true);
        List<Thread> counters = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            counters.add(started(() -> {
                while (saving.get()) {
                    run(failures, counts::countWaiting);
                }
            }));
        }
        List<Thread> coders = new ArrayList<>();
        for (int c = 0; c < 6; c++) {
            int coder = c;
            coders.add(started(() -> {
                Random own = new Random(coder);
                for (int round = 0; round < 8; round++) {
                    for (int i = coder; i < coded.size(); i += 6) {
                        String item = coded.get(i);
                        Set<Long> chosen = own.nextBoolean() ? Set.of(open.get(own.nextInt(2))) : Set.copyOf(open);
                        run(failures, () -> transactions.write(() -> {
                            save(item, chosen, false);
                            return null;
                        }));
                    }
                }
            }));
        }
        for (Thread coder : coders) {
            coder.join();
        }
        saving.set(false);
        for (Thread counter : counters) {
            counter.join();
        }
        assertEquals(List.of(), List.copyOf(failures), "nobody met an error");
        check("after coders saved while counting ran");
    }

    /**
     * The report's tally from the kept counts equals the tally from every item, for every grouping,
     * over the year, over a period that cuts through the people whose items span days, for one survey
     * and for one MVP.
     */
    private void check(String when) {
        counts.countWaiting();
        List<ThemeQueries.Grouping> groupings = List.of(ThemeQueries.Grouping.column("source", String::valueOf),
                ThemeQueries.Grouping.column("language", String::valueOf), ThemeQueries.Grouping.column("channel", String::valueOf),
                ThemeQueries.Grouping.quarter(), ThemeQueries.Grouping.ethnicity(questions.ethnicity(false), String::valueOf),
                ThemeQueries.Grouping.district(questions.districts(), String::valueOf));
        for (ThemeQueries.Scope scope : List.of(
                new ThemeQueries.Scope(false, LocalDate.of(2081, 1, 1), LocalDate.of(2082, 3, 31), null, null),
                new ThemeQueries.Scope(false, LocalDate.of(2081, 3, 15), LocalDate.of(2081, 9, 10), null, null),
                new ThemeQueries.Scope(false, LocalDate.of(2081, 1, 1), LocalDate.of(2082, 3, 31), null, "maternity-experience"),
                new ThemeQueries.Scope(false, LocalDate.of(2081, 1, 1), LocalDate.of(2082, 3, 31), MVP, null))) {
            ThemeQueries.Tally kept = queries.tally(scope, groupings);
            ThemeQueries.Tally counted = tx.executeRead(status -> queries.tally(scope, groupings, false));
            assertTrue(!counted.items().byTheme().isEmpty(), "the scope has coded items " + when);
            assertEquals(counted.items(), kept.items(), "items by sentiment " + when + ", " + scope);
            for (int g = 0; g < groupings.size(); g++) {
                assertEquals(counted.people().get(g), kept.people().get(g), "people by " + groupings.get(g).by() + " " + when
                        + ", " + scope);
            }
        }
    }

    private Set<Long> pick(List<Long> themes) {
        Set<Long> chosen = new TreeSet<>();
        chosen.add(themes.get(random.nextInt(themes.size())));
        if (random.nextBoolean()) {
            chosen.add(themes.get(random.nextInt(themes.size())));
        }
        return chosen;
    }

    private void save(String id, Set<Long> themes, boolean notRelevant) {
        SaidItem item = items.findById(id).orElseThrow();
        SaidItem.Sentiment[] sentiments = SaidItem.Sentiment.values();
        coding.save(item, "coder", new Coding.Decision(themes, notRelevant ? null : sentiments[Math.abs(id.hashCode()) % 4],
                notRelevant, false, "", item.redactedText(), Set.of(), item.version()));
    }

    private Set<String> mixedPeople(List<Long> responses) {
        Set<String> found = new TreeSet<>();
        for (long response : responses) {
            if (Database.count(jdbc, tx, "SELECT COUNT(*) FROM said_mixed WHERE person = ?", Long.toString(response)) > 0) {
                found.add(Long.toString(response));
            }
        }
        return found;
    }

    private long response(String language, LocalDate sent, String ethnicity, String district) {
        String key = UUID.randomUUID().toString();
        Database.update(jdbc, tx, "INSERT INTO response (survey_id, survey_version, language, channel, submitted_on,"
                + " submission_key, record_key) VALUES ('maternity-experience', 1, ?, 'PAPER', ?, ?, 0)",
                language, java.sql.Date.valueOf(sent), key);
        long id = Database.count(jdbc, tx, "SELECT id FROM response WHERE submission_key = ?", key);
        Database.update(jdbc, tx, "UPDATE response SET record_key = ? WHERE id = ?", keys.key("r:" + id), id);
        if (ethnicity != null) {
            Database.update(jdbc, tx, "INSERT INTO answer (response_id, question_id, option_value) VALUES (?, 'ethnicity', ?)",
                    id, ethnicity);
        }
        if (district != null) {
            Database.update(jdbc, tx, "INSERT INTO answer (response_id, question_id, text_value) VALUES (?, ?, ?)",
                    id, questions.districts().get(0), district);
        }
        return id;
    }

    private String item(String source, long response, String language, String channel, LocalDate on, Long mvp) {
        String id = UUID.randomUUID().toString();
        Database.update(jdbc, tx, "INSERT INTO said_item (id, source, response_id, survey_id, mvp_id, language, channel, said_on,"
                + " redacted_text, redaction_edited, status, safeguarding, double_coded, version, record_key)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'Words', FALSE, 'NEW', FALSE, FALSE, 0, ?)", id, source, response,
                source.equals("SURVEY") ? "maternity-experience" : null, mvp, language, channel, java.sql.Date.valueOf(on),
                keys.key("i:" + id));
        return id;
    }

    private static Thread started(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }

    private static void run(ConcurrentLinkedQueue<Throwable> failures, Runnable work) {
        try {
            work.run();
        } catch (Throwable e) {
            failures.add(e);
        }
    }
}
