package chorus.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.theme.ThemeSuggester.CodedItem;
import chorus.theme.ThemeSuggester.Match;
import chorus.theme.ThemeSuggester.Suggestion;
import chorus.theme.ThemeSuggester.ThemeKeywords;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ThemeSuggesterTest {

    private static final List<ThemeKeywords> CODEBOOK = List.of(
            new ThemeKeywords("communication", Map.of(
                    "en", List.of("explain", "kept informed"),
                    "ro", List.of("informații"))),
            new ThemeKeywords("midwives", Map.of(
                    "en", List.of("midwife"),
                    "pl", List.of("położna"),
                    "ro", List.of("moașă"),
                    "ur", List.of("دائی"))),
            new ThemeKeywords("interpreting", Map.of("en", List.of("interpreter"))),
            new ThemeKeywords("waiting", Map.of("ar", List.of("انتظار"))));

    private final ThemeSuggester suggester = new ThemeSuggester(CODEBOOK);

    @Test
    void anEnglishKeywordMatchesItsInflectedForm() {
        String text = "Nobody explained what was happening";
        Suggestion communication = only(suggester.suggest(text, "en", 5), "communication");
        assertTrue(communication.fromKeywords());
        assertFalse(communication.fromSimilarItems());
        assertEquals(List.of("explained"), matchedWords(text, communication));
    }

    @Test
    void aPhraseMatchesOnlyWithItsWordsTogether() {
        String text = "We were never kept informed";
        assertEquals(List.of("kept", "informed"), matchedWords(text, only(suggester.suggest(text, "en-x-easy", 5), "communication")));
        assertEquals(List.of(), suggester.suggest("They kept us waiting and informed us later", "en", 5));
    }

    @Test
    void aPolishItemMatchesPolishKeywordsAndEnglishOnesLessStrongly() {
        String text = "Położnej nie było, a interpreter tylko przez telefon";
        List<Suggestion> suggestions = suggester.suggest(text, "pl", 5);
        assertEquals(List.of("midwives", "interpreting"), suggestions.stream().map(Suggestion::theme).toList());
        assertTrue(suggestions.get(0).score() > suggestions.get(1).score());
        assertEquals(List.of("Położnej"), matchedWords(text, suggestions.get(0)));
        assertEquals(List.of("interpreter"), matchedWords(text, suggestions.get(1)));
    }

    @Test
    void romanianMatchesWithoutDiacritics() {
        String text = "Moasa nu ne-a dat informatii";
        List<Suggestion> suggestions = suggester.suggest(text, "ro", 5);
        assertEquals(List.of("Moasa"), matchedWords(text, only(suggestions, "midwives")));
        assertEquals(List.of("informatii"), matchedWords(text, only(suggestions, "communication")));
    }

    @Test
    void arabicMatchesWhateverFormOfAlefIsTyped() {
        String text = "إنتظار طويل جدا";
        assertEquals(List.of("إنتظار"), matchedWords(text, only(suggester.suggest(text, "ar", 5), "waiting")));
    }

    @Test
    void urduTypedWithArabicLettersMatchesAKeywordInUrduLetters() {
        String text = "دائي بہت اچھی تھی"; // Arabic yeh where the keyword has Farsi yeh
        assertEquals(List.of("دائي"), matchedWords(text, only(suggester.suggest(text, "ur", 5), "midwives")));
    }

    @Test
    void invisibleAndFullWidthCharactersStillMatchAndMatchesPointIntoTheOriginal() {
        String text = "The ｍｉｄｗｉｆｅ and the other mid\u200Dwife were kind";
        assertEquals(List.of("ｍｉｄｗｉｆｅ", "mid\u200Dwife"), matchedWords(text, only(suggester.suggest(text, "en", 5), "midwives")));
    }

    @Test
    void themesOfSimilarCodedItemsAreSuggested() {
        String text = "Hours and hours sat in triage before anyone came to see us";
        assertEquals(List.of(), suggester.suggest(text, "en", 5), "nothing in the codebook matches this text");
        learnWaitingAndFood();
        Suggestion waiting = only(suggester.suggest(text, "en", 5), "waiting");
        assertTrue(waiting.fromSimilarItems());
        assertFalse(waiting.fromKeywords());
        assertEquals(List.of(), waiting.matches());
    }

    @Test
    void anItemSharingOneWordIsNotSimilarEnoughToVote() {
        learnWaitingAndFood();
        String text = "My partner could not stay overnight, visiting rules were strict and the ward was far from the car park";
        assertEquals(List.of(), suggester.suggest(text, "en", 5));
    }

    @Test
    void itemsInAnotherLanguageDoNotVote() {
        learnWaitingAndFood();
        assertEquals(List.of(), suggester.suggest("Hours and hours sat in triage", "pl", 5));
    }

    @Test
    void moreEvidenceRanksHigherTiesGoByThemeCodeAndTheLimitHolds() {
        ThemeSuggester food = new ThemeSuggester(List.of(
                new ThemeKeywords("food", Map.of("en", List.of("food", "cold"))),
                new ThemeKeywords("environment", Map.of("en", List.of("ward"))),
                new ThemeKeywords("b-facilities", Map.of("en", List.of("ward")))));
        String text = "The food on the ward was cold";
        assertEquals(List.of("food", "b-facilities", "environment"), themes(food.suggest(text, "en", 5)));
        assertEquals(List.of("food", "b-facilities"), themes(food.suggest(text, "en", 2)));
        assertEquals(List.of(), food.suggest(text, "en", 0));
    }

    @Test
    void anEmptyTextGetsNoSuggestion() {
        learnWaitingAndFood();
        assertEquals(List.of(), suggester.suggest("", "en", 5));
        assertEquals(List.of(), suggester.suggest(" \u200B ", "en", 5));
        assertEquals(List.of(), suggester.suggest("the and of", "en", 5));
    }

    @Test
    void itemsCanBeLearntWhileOthersAreSuggested() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = IntStream.range(0, 400).<Future<?>>mapToObj(i -> threads.submit(() -> i % 2 == 0
                    ? suggester.suggest("sat in triage for hours", "en", 3)
                    : learn("sat in triage for hours, item " + i, "waiting"))).toList();
            for (Future<?> done : work) {
                done.get();
            }
        } finally {
            threads.shutdown();
        }
        assertTrue(only(suggester.suggest("sat in triage for hours", "en", 3), "waiting").fromSimilarItems());
    }

    private void learnWaitingAndFood() {
        learn("Sat in triage for six hours before anyone saw me", "waiting");
        learn("Six hours in triage and nobody came to see me", "waiting");
        learn("We sat for hours in triage, nobody saw us", "waiting");
        learn("The food on the ward was cold and the tea came late", "food");
    }

    private Object learn(String text, String theme) {
        suggester.learn(new CodedItem(text, "en", Set.of(theme)));
        return null;
    }

    private static Suggestion only(List<Suggestion> suggestions, String theme) {
        Optional<Suggestion> found = suggestions.stream().filter(s -> s.theme().equals(theme)).findFirst();
        assertTrue(found.isPresent(), theme + " is not among " + suggestions);
        return found.get();
    }

    private static List<String> themes(List<Suggestion> suggestions) {
        return suggestions.stream().map(Suggestion::theme).toList();
    }

    private static List<String> matchedWords(String text, Suggestion suggestion) {
        return suggestion.matches().stream().map((Match m) -> text.substring(m.start(), m.end())).toList();
    }
}
