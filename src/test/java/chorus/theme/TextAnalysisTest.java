package chorus.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.theme.TextAnalysis.Term;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each language's analyser conflates the forms people write. Forms are checked as "share a term",
 * since Polish and Romanian words give two readings (as written and without diacritics).
 */
class TextAnalysisTest {

    private final TextAnalysis analysis = new TextAnalysis();

    @Test
    void englishIsStemmedAndLosesItsStopWords() {
        assertConflated("en", "explained", "explain");
        assertConflated("en", "midwives", "midwife");
        assertConflated("en", "women", "woman");
        assertEquals(List.of(), analysis.terms("the and of", "en"));
    }

    @Test
    void easyReadEnglishAndRegionalTagsReadAsTheirLanguage() {
        assertEquals("en", analysis.language("en-x-easy"));
        assertEquals("pl", analysis.language("pl-PL"));
        assertConflated("en-x-easy", "explained", "explain");
    }

    @Test
    void anUnknownLanguageIsLowerCasedButNotStemmed() {
        assertEquals(TextAnalysis.UNDETERMINED, analysis.language("de"));
        assertEquals(Set.of("waiting"), texts("Waiting", "de"));
    }

    @Test
    void polishInflectedFormsOfANounConflate() {
        // Stempel maps both to "położny". It does not conflate "tłumacza" with "tłumacz"
        // (to "tłumaczać" and "tłumaczyć"): its stems come from a learnt table, not a dictionary.
        assertConflated("pl", "położnej", "położna");
        assertConflated("pl", "szpitalu", "szpital");
        assertConflated("pl", "informacji", "informacja");
    }

    @Test
    void polishTypedWithoutDiacriticsStillMatches() {
        assertConflated("pl", "polozna", "położna");
        assertConflated("pl", "tlumacz", "tłumacz");
    }

    @Test
    void romanianMatchesWithAndWithoutDiacritics() {
        assertConflated("ro", "nasterea", "nașterea");
        assertConflated("ro", "spitalul", "spital");
        // The stemmer cuts "informații" to "informaț" but "informatii" to "inform": only the reading
        // without diacritics brings them together.
        assertConflated("ro", "informatii", "informații");
        assertConflated("ro", "moasei", "moașei");
    }

    @Test
    void romanianCedillaFormsReadAsCommaBelow() {
        assertEquals(texts("informații", "ro"), texts("informaţii", "ro"));
        assertEquals(List.of(), analysis.terms("şi", "ro"), "a stop word written with a cedilla is still a stop word");
    }

    @Test
    void arabicAlefFormsAndTaaMarbutaAreNormalised() {
        assertConflated("ar", "إنتظار", "انتظار");
        assertConflated("ar", "الممرضة", "الممرضه");
        assertConflated("ar", "الانتظار", "انتظار");
    }

    @Test
    void urduWrittenWithArabicLettersMatchesUrduLetters() {
        assertConflated("ur", "ڈاكٹر", "ڈاکٹر"); // Arabic kaf, keheh
        assertConflated("ur", "بچي", "بچی"); // Arabic yeh, Farsi yeh
        assertConflated("ur", "هسپتال", "ہسپتال"); // Arabic heh, heh goal
    }

    @Test
    void bengaliIsStemmedAndNormalised() {
        assertConflated("bn", "ডাক্তারের", "ডাক্তার");
        // Khanda ta as a letter, and as the older ta, virama, zero-width joiner.
        assertConflated("bn", "উৎস", "উত\u09CD\u200Dস");
    }

    @Test
    void digitsOfAnyScriptReadAsAsciiDigits() {
        assertEquals(Set.of("12"), texts("١٢", "ar"));
        assertEquals(Set.of("12"), texts("۱۲", "ur"));
        assertEquals(Set.of("12"), texts("১২", "bn"));
    }

    @Test
    void aZeroWidthJoinerInsideAWordIsDroppedAndOffsetsStayInTheOriginal() {
        String text = "the mid\u200Dwife came";
        Term midwife = analysis.terms(text, "en").get(0);
        assertEquals("midwif", midwife.text());
        assertEquals("mid\u200Dwife", text.substring(midwife.start(), midwife.end()));
        assertEquals("came", textAt(text, analysis.terms(text, "en").get(1)));
    }

    @Test
    void bidiControlsAroundWordsAreDropped() {
        String text = "\u200Fالممرضة\u200E NHS";
        Term nurse = analysis.terms(text, "ar").get(0);
        assertEquals(texts("الممرضة", "ar"), Set.of(nurse.text()));
        assertEquals("الممرضة", textAt(text, nurse));
    }

    @Test
    void fullWidthLettersAreFoldedWithTheirOffsets() {
        String text = "our ｍｉｄｗｉｆｅ";
        Term midwife = analysis.terms(text, "en").get(1);
        assertEquals("midwif", midwife.text());
        assertEquals("ｍｉｄｗｉｆｅ", textAt(text, midwife));
    }

    @Test
    void decomposedLettersAreComposedWithTheirOffsets() {
        String text = "nas\u0326terea e grea";
        assertConflated("ro", "nașterea", text);
        assertEquals("nas\u0326terea", textAt(text, analysis.terms(text, "ro").get(0)));
    }

    private void assertConflated(String language, String a, String b) {
        Set<String> readings = texts(a, language);
        assertFalse(readings.isEmpty(), a + " gives no term");
        assertTrue(readings.stream().anyMatch(texts(b, language)::contains),
                a + " " + readings + " and " + b + " " + texts(b, language) + " share no term in " + language);
    }

    private Set<String> texts(String text, String language) {
        return analysis.terms(text, language).stream().map(Term::text).collect(Collectors.toSet());
    }

    private static String textAt(String text, Term term) {
        return text.substring(term.start(), term.end());
    }
}
