package chorus.theme;

import chorus.theme.TextAnalysis.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Suggests themes for what someone said, for a coder to accept or reject. Two kinds of evidence,
 * combined into one score per theme: the codebook's keywords found in the text, and the themes
 * coders gave to earlier items that read alike. Pure and in memory; {@link #learn} and
 * {@link #suggest} may be called from any number of threads.
 */
public final class ThemeSuggester {

    /** A theme's keywords by language tag; a keyword may be a phrase ("kept informed"). */
    public record ThemeKeywords(String theme, Map<String, List<String>> keywordsByLanguage) {
        public ThemeKeywords {
            Objects.requireNonNull(theme, "theme");
            keywordsByLanguage = Map.copyOf(keywordsByLanguage);
        }
    }

    /** What a coder decided about one item: possibly no theme at all, which is evidence too. */
    public record CodedItem(String text, String language, Set<String> themes) {
        public CodedItem {
            themes = Set.copyOf(themes);
        }
    }

    /** Where a matched word is, as offsets into the item's text as it was written. */
    public record Match(int start, int end) {
    }

    /**
     * A theme worth the coder's look. {@code score} is between 0 and 1, and only for ordering: it is
     * not a probability.
     */
    public record Suggestion(String theme, double score, boolean fromKeywords, boolean fromSimilarItems, List<Match> matches) {
        public Suggestion {
            matches = List.copyOf(matches);
        }
    }

    private static final Comparator<Suggestion> BEST_FIRST = Comparator.comparingDouble(Suggestion::score).reversed()
            .thenComparing(Suggestion::theme);

    private final TextAnalysis analysis = new TextAnalysis();
    private final Keywords keywords;
    private final SimilarItems similarItems = new SimilarItems();

    public ThemeSuggester(List<ThemeKeywords> codebook) {
        keywords = new Keywords(codebook, analysis);
    }

    public void learn(CodedItem item) {
        String language = analysis.language(item.language());
        similarItems.learn(language, analysis.terms(item.text(), language), item.themes());
    }

    /** At most {@code limit} suggestions, best first; none for a text with no words. */
    public List<Suggestion> suggest(String text, String language, int limit) {
        String analysed = analysis.language(language);
        List<Term> terms = analysis.terms(text, analysed);
        if (terms.isEmpty() || limit <= 0) {
            return List.of();
        }
        Map<String, Keywords.Found> found = keywords.find(text, terms, analysed);
        Map<String, Double> votes = similarItems.votes(analysed, terms);
        List<Suggestion> suggestions = new ArrayList<>();
        for (String theme : union(found.keySet(), votes.keySet())) {
            Keywords.Found byKeywords = found.getOrDefault(theme, Keywords.Found.NONE);
            double bySimilarItems = votes.getOrDefault(theme, 0.0);
            // Either kind of evidence alone can suggest a theme; both together make it likelier still.
            double score = 1 - (1 - byKeywords.score()) * (1 - bySimilarItems);
            suggestions.add(new Suggestion(theme, score, byKeywords.score() > 0, bySimilarItems > 0, byKeywords.matches()));
        }
        suggestions.sort(BEST_FIRST);
        return List.copyOf(suggestions.subList(0, Math.min(limit, suggestions.size())));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> union = new TreeSet<>(a);
        union.addAll(b);
        return union;
    }
}
