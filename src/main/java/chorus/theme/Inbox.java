package chorus.theme;

import chorus.survey.SurveyCatalog;
import chorus.survey.Survey;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything people said, as items to code. New answers and comments come in by themselves: every
 * minute, and whenever someone opens the inbox or a themes report, so nobody has to press a button and
 * a report never misses what was said a moment ago.
 */
@Singleton
public class Inbox {

    private final SaidStore store;
    private final SurveyCatalog surveys;
    private final RedactionNameRepository names;
    private final SaidItemRepository items;
    private final Clock clock;

    Inbox(SaidStore store, SurveyCatalog surveys, RedactionNameRepository names, SaidItemRepository items, Clock clock) {
        this.store = store;
        this.items = items;
        this.surveys = surveys;
        this.names = names;
        this.clock = clock;
    }

    /** Brings in everything said since the last time; returns how many items were added. */
    @Scheduled(fixedDelay = "1m", initialDelay = "1m")
    public int bringIn() {
        Collection<Survey> all = new ArrayList<>();
        surveys.latestOfEach().forEach(s -> all.addAll(surveys.versionsOf(s.id())));
        Map<String, Set<String>> serviceUsers = SaidStore.saidQuestions(all, false);
        Map<String, Set<String>> staff = SaidStore.saidQuestions(all, true);
        LocalDate today = LocalDate.now(clock);
        Redaction redaction = redaction(today);
        java.time.Instant started = clock.instant();
        long newest = store.newestAnswer();
        int added = 0;
        SaidStore.Brought batch = new SaidStore.Brought(0, 0);
        do {
            batch = store.bringIn(serviceUsers, staff, today, text -> redaction.redact(text).text(), batch.lastAnswerId());
            added += batch.count();
        } while (batch.count() == SaidStore.BATCH);
        store.searched(started, newest);
        return added;
    }

    /** Redaction with the names the LMNS lists today. */
    Redaction redaction(LocalDate today) {
        return new Redaction(names.findAll().stream().map(RedactionName::name).toList(), today);
    }

    /**
     * After a name was added, redacts again every item nobody corrected by hand, from its raw text. An
     * item corrected by hand keeps the correction, with any newly listed name taken out of it too.
     */
    void redactAgain() {
        Redaction redaction = redaction(LocalDate.now(clock));
        String after = "";
        List<Map.Entry<String, String>> page;
        do {
            page = store.unedited(after, SaidStore.BATCH);
            store.redactAgain(page.stream().map(e -> Map.entry(e.getKey(), redaction.redact(e.getValue()).text())).toList());
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).getKey();
            }
        } while (page.size() == SaidStore.BATCH);
        for (SaidItem item : items.findByRedactionEdited(true)) {
            String text = redaction.redact(item.redactedText()).text();
            if (!text.equals(item.redactedText())) {
                items.updateRedactedText(item.id(), text);
            }
        }
    }
}
