package chorus.theme;

import chorus.theme.TextAnalysis.Term;
import chorus.theme.ThemeSuggester.Match;
import chorus.theme.ThemeSuggester.ThemeKeywords;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The codebook's keywords, analysed once, and where they occur in a text. */
final class Keywords {

    /** How strongly one keyword found suggests its theme, in the text's own language... */
    static final double OWN_LANGUAGE = 0.5;

    /**
     * ...and in English in a text in another language. People mix English into Polish or Urdu
     * ("midwife", "NHS"), but an English word in such a text is more often a name or an aside.
     */
    static final double ENGLISH_IN_ANOTHER_LANGUAGE = 0.25;

    static final String ENGLISH = "en";

    /** What the keywords found for one theme: a score between 0 and 1 and the words that matched. */
    record Found(double score, List<Match> matches) {
        static final Found NONE = new Found(0, List.of());
    }

    /** A keyword's terms, one set of readings per word (see {@link TextAnalysis.Term}). */
    private record Keyword(String theme, List<Set<String>> words) {
    }

    /** A word of the text: its readings and where it is. */
    private record Word(Set<String> readings, int start, int end) {
    }

    /** By analysed language, then by each reading of a keyword's first word. */
    private final Map<String, Map<String, List<Keyword>>> byLanguage = new HashMap<>();
    private final TextAnalysis analysis;

    Keywords(List<ThemeKeywords> codebook, TextAnalysis analysis) {
        this.analysis = analysis;
        for (ThemeKeywords theme : codebook) {
            theme.keywordsByLanguage().forEach((tag, phrases) -> phrases.forEach(phrase -> add(theme.theme(), tag, phrase)));
        }
    }

    private void add(String theme, String tag, String phrase) {
        List<Set<String>> words = words(analysis.terms(phrase, tag)).stream().map(Word::readings).toList();
        if (words.isEmpty()) {
            return; // only stop words: it would match nothing, or everything
        }
        Map<String, List<Keyword>> byFirstWord = byLanguage.computeIfAbsent(analysis.language(tag), l -> new HashMap<>());
        Keyword keyword = new Keyword(theme, words);
        words.get(0).forEach(reading -> byFirstWord.computeIfAbsent(reading, r -> new ArrayList<>()).add(keyword));
    }

    /**
     * Each theme whose keywords occur in the text. A text not in English is also read as English,
     * with the English analyser, for English keywords: the Polish stemmer would not conflate
     * "explained" with "explain".
     */
    Map<String, Found> find(String text, List<Term> terms, String language) {
        Map<String, Evidence> evidence = new HashMap<>();
        collect(terms, language, OWN_LANGUAGE, evidence);
        if (!language.equals(ENGLISH)) {
            collect(analysis.terms(text, ENGLISH), ENGLISH, ENGLISH_IN_ANOTHER_LANGUAGE, evidence);
        }
        Map<String, Found> found = new HashMap<>();
        evidence.forEach((theme, e) -> found.put(theme, e.found()));
        return found;
    }

    private void collect(List<Term> terms, String language, double strength, Map<String, Evidence> evidence) {
        Map<String, List<Keyword>> byFirstWord = byLanguage.getOrDefault(language, Map.of());
        List<Word> words = words(terms);
        for (int at = 0; at < words.size(); at++) {
            Set<Keyword> candidates = new LinkedHashSet<>();
            words.get(at).readings().forEach(reading -> candidates.addAll(byFirstWord.getOrDefault(reading, List.of())));
            for (Keyword keyword : candidates) {
                if (occursAt(keyword, words, at)) {
                    List<Word> matched = words.subList(at, at + keyword.words().size());
                    evidence.computeIfAbsent(keyword.theme(), t -> new Evidence()).add(keyword, strength, matched);
                }
            }
        }
    }

    private static boolean occursAt(Keyword keyword, List<Word> words, int at) {
        if (at + keyword.words().size() > words.size()) {
            return false;
        }
        for (int i = 0; i < keyword.words().size(); i++) {
            if (disjoint(keyword.words().get(i), words.get(at + i).readings())) {
                return false;
            }
        }
        return true;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        return a.stream().noneMatch(b::contains);
    }

    private static List<Word> words(List<Term> terms) {
        List<Word> words = new ArrayList<>();
        for (Term term : terms) {
            if (term.slot() == words.size()) {
                words.add(new Word(new HashSet<>(), term.start(), term.end()));
            }
            words.get(term.slot()).readings().add(term.text());
        }
        return words;
    }

    /** One theme's keywords found so far; a keyword found twice is still one keyword. */
    private static final class Evidence {
        private final Map<Keyword, Double> strengths = new HashMap<>();
        private final Set<Match> matches = new TreeSet<>(Comparator.comparingInt(Match::start).thenComparingInt(Match::end));

        void add(Keyword keyword, double strength, List<Word> words) {
            strengths.merge(keyword, strength, Math::max);
            words.forEach(word -> matches.add(new Match(word.start(), word.end())));
        }

        /** Each keyword is independent evidence: the chance that none of them is right shrinks with each. */
        Found found() {
            double none = strengths.values().stream().reduce(1.0, (p, strength) -> p * (1 - strength));
            return new Found(1 - none, List.copyOf(matches));
        }
    }
}
