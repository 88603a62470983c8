package chorus.theme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What people add to the kept counts of what service users said (see V28), from their said_theme
 * rows read in (theme, person) order and their answers. Every way of counting (one person taken
 * back, the people waiting, some themes again, everything again) goes through here, so they can
 * never disagree on what a person adds.
 *
 * <p>Only people whose items share one day, source, MVP and survey come here (the others are
 * counted from their items by the report), so a person's rows for a theme share one cell. A person
 * counts once per theme for each distinct (value, record key) of each breakdown, as the report
 * counts them from their items; each item counts once per theme by its sentiment.
 */
final class SaidTally {

    /** One kept count: which breakdown, where, and the group ("" for none). */
    record Cell(SaidCountStore.Breakdown breakdown, LocalDate day, long themeId, String source, long mvpId, String surveyId,
                String group) {
    }

    /** One said_theme row: an item counted for a theme, with its person's record key and response. */
    record Row(long themeId, String person, LocalDate day, String source, long mvpId, String surveyId, String language,
               String channel, String sentiment, long itemKey, long personKey, Long responseId) {
    }

    /** An answer that places a person: the question, the chosen option and the typed words (at most 64 characters). */
    record Answer(String question, String option, String text) {
    }

    private final java.util.Set<String> ethnicity;
    private final java.util.Set<String> districts;
    private final Map<Long, List<Answer>> answers;
    private final Map<Cell, long[]> sums = new HashMap<>();
    private final List<Row> person = new ArrayList<>();

    /** With the ethnicity and district question ids, and the answers to them by response id. */
    SaidTally(java.util.Collection<String> ethnicity, java.util.Collection<String> districts, Map<Long, List<Answer>> answers) {
        this.ethnicity = java.util.Set.copyOf(ethnicity);
        this.districts = java.util.Set.copyOf(districts);
        this.answers = answers;
    }

    /** The next row; rows come in (theme, person) order. */
    void add(Row row) {
        if (!person.isEmpty() && (person.get(0).themeId() != row.themeId() || !person.get(0).person().equals(row.person()))) {
            flush();
        }
        person.add(row);
    }

    /** The people and items per count, with the sums of their record keys. */
    Map<Cell, long[]> done() {
        flush();
        return sums;
    }

    private void flush() {
        if (person.isEmpty()) {
            return;
        }
        Row first = person.get(0);
        List<Object[]> languages = new ArrayList<>(1);
        List<Object[]> channels = new ArrayList<>(1);
        List<Object[]> keys = new ArrayList<>(1);
        for (Row row : person) {
            once(languages, row.language(), row.personKey());
            once(channels, row.channel(), row.personKey());
            once(keys, "", row.personKey());
            count(SaidCountStore.Breakdown.ITEMS, first, row.sentiment(), row.itemKey());
        }
        for (Object[] key : keys) {
            count(SaidCountStore.Breakdown.PEOPLE, first, "", (long) key[1]);
            long personKey = (long) key[1];
            for (Object[] value : answered(first.responseId(), ethnicity, false, personKey)) {
                count(SaidCountStore.Breakdown.ETHNICITY, first, (String) value[0], personKey);
            }
            for (Object[] value : answered(first.responseId(), districts, true, personKey)) {
                count(SaidCountStore.Breakdown.DISTRICT, first, (String) value[0], personKey);
            }
        }
        languages.forEach(v -> count(SaidCountStore.Breakdown.LANGUAGE, first, (String) v[0], (long) v[1]));
        channels.forEach(v -> count(SaidCountStore.Breakdown.CHANNEL, first, (String) v[0], (long) v[1]));
        person.clear();
    }

    /**
     * The distinct values the person's answers to these questions give, or "" if they gave none. Of an
     * ethnic group only the chosen code counts, never the words beside it; a district typed before
     * districts were stored as codes is in the words.
     */
    private List<Object[]> answered(Long responseId, java.util.Set<String> questions, boolean typed, long key) {
        List<Object[]> values = new ArrayList<>(1);
        for (Answer answer : responseId == null ? List.<Answer>of() : answers.getOrDefault(responseId, List.of())) {
            if (questions.contains(answer.question())) {
                String value = answer.option() != null ? answer.option() : typed && answer.text() != null ? answer.text() : "";
                once(values, value, key);
            }
        }
        if (values.isEmpty()) {
            values.add(new Object[] {"", key});
        }
        return values;
    }

    private static void once(List<Object[]> seen, String value, long key) {
        for (Object[] pair : seen) {
            if (Objects.equals(pair[0], value) && (long) pair[1] == key) {
                return;
            }
        }
        seen.add(new Object[] {value, key});
    }

    private void count(SaidCountStore.Breakdown breakdown, Row at, String group, long key) {
        long[] sum = sums.computeIfAbsent(new Cell(breakdown, at.day(), at.themeId(), at.source(), at.mvpId(), at.surveyId(),
                group == null ? "" : group), c -> new long[2]);
        sum[0]++;
        sum[1] += key;
    }
}
