package chorus.theme;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import chorus.theme.SaidCountStore.Breakdown;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What a person adds to the kept counts of what service users said, without a server. */
class SaidTallyTest {

    private static final LocalDate DAY = LocalDate.of(2026, 5, 4);

    @Test
    void aPersonCountsOncePerThemeAndValueAndEachItemOnce() {
        SaidTally tally = new SaidTally(List.of("ethnicity"), List.of("postcode_district"), Map.of(
                7L, List.of(new SaidTally.Answer("ethnicity", "H", "words beside the group"),
                        new SaidTally.Answer("postcode_district", null, "LS8")),
                8L, List.of(new SaidTally.Answer("other_question", "x", null))));
        // Person 7: two items under theme 1 (one in Urdu, one in English), one under theme 2.
        tally.add(row(1, "7", "ur", "NEGATIVE", 3, 40, 7L));
        tally.add(row(1, "7", "en", null, 5, 40, 7L));
        tally.add(row(2, "7", "ur", "NEGATIVE", 3, 40, 7L));
        // Person 8 answered neither question; person -4, a comment linked to no response, has no answers at all.
        tally.add(row(2, "8", "en", "POSITIVE", 9, 11, 8L));
        tally.add(row(2, "-4", "pl", "MIXED", 2, 2, null));
        Map<String, List<Long>> counts = new TreeMap<>();
        tally.done().forEach((cell, sum) -> counts.put(cell.breakdown() + " " + cell.themeId() + " " + cell.group(), List.of(sum[0], sum[1])));

        assertEquals(List.of(1L, 40L), counts.get("PEOPLE 1 "), "once under theme 1 for two items");
        assertEquals(List.of(3L, 53L), counts.get("PEOPLE 2 "), "three people under theme 2, their keys summed");
        assertEquals(List.of(1L, 40L), counts.get("LANGUAGE 1 ur"));
        assertEquals(List.of(1L, 40L), counts.get("LANGUAGE 1 en"), "in each language they used");
        assertEquals(List.of(1L, 40L), counts.get("ETHNICITY 1 H"), "the chosen code, never the words beside it");
        assertEquals(List.of(2L, 13L), counts.get("ETHNICITY 2 "), "no answer, and no response, count as none");
        assertEquals(List.of(1L, 40L), counts.get("DISTRICT 1 LS8"), "a district typed as words");
        assertEquals(List.of(1L, 3L), counts.get("ITEMS 1 NEGATIVE"));
        assertEquals(List.of(1L, 5L), counts.get("ITEMS 1 "), "each item once, by its sentiment or none");
        assertEquals(List.of(1L, 40L), counts.get("CHANNEL 1 ONLINE"));
        assertEquals(20, counts.size(), "and nothing else: " + counts.keySet());
    }

    @Test
    void cellsKeepTheDaySourceMvpAndSurvey() {
        SaidTally tally = new SaidTally(List.of("-"), List.of("-"), Map.of());
        tally.add(new SaidTally.Row(3, "-9", DAY, "EVENT", 12, "", "en", "EVENT", null, 4, 4, null));
        SaidTally.Cell cell = tally.done().keySet().stream().filter(c -> c.breakdown() == Breakdown.PEOPLE).findFirst().orElseThrow();
        assertEquals(new SaidTally.Cell(Breakdown.PEOPLE, DAY, 3, "EVENT", 12, "", ""), cell);
    }

    private static SaidTally.Row row(long theme, String person, String language, String sentiment, long itemKey, long personKey,
                                     Long response) {
        return new SaidTally.Row(theme, person, DAY, "SURVEY", 0, "maternity-experience", language, "ONLINE", sentiment, itemKey,
                personKey, response);
    }

    @Test
    void recordKeysOfOnePersonAddUp() {
        SaidTally tally = new SaidTally(List.of("-"), List.of("-"), Map.of());
        tally.add(row(1, "5", "en", null, 1, 30, 5L));
        tally.add(row(1, "6", "en", null, 1, 31, 6L));
        long[] people = tally.done().entrySet().stream().filter(e -> e.getKey().breakdown() == Breakdown.PEOPLE)
                .map(Map.Entry::getValue).findFirst().orElseThrow();
        assertArrayEquals(new long[] {2, 61}, people);
    }
}
