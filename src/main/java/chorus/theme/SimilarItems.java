package chorus.theme;

import chorus.theme.TextAnalysis.Term;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Coded items as votes: the items most like a new one vote for the themes coders gave them, each
 * vote weighed by how alike the two are. Items are only compared within a language: each language
 * has its own analyser, so a Polish and an English text share hardly any terms, and a shared term
 * would be a coincidence.
 */
final class SimilarItems {

    /** How many of the most similar items vote. */
    static final int NEIGHBOURS = 10;

    /**
     * Below this cosine similarity two comments share little more than one common word, which says
     * nothing about their themes.
     */
    static final double MIN_SIMILARITY = 0.2;

    private final Map<String, ItemIndex> byLanguage = new ConcurrentHashMap<>();

    void learn(String language, List<Term> terms, Set<String> themes) {
        if (!terms.isEmpty()) {
            byLanguage.computeIfAbsent(language, l -> new ItemIndex()).add(counts(terms), themes);
        }
    }

    /**
     * A score between 0 and 1 for each theme the neighbours have: the theme's share of their
     * similarity, so a theme only some neighbours have scores lower, times a factor that grows with
     * the similarity behind it, so one faintly similar item counts for less than three close ones.
     */
    Map<String, Double> votes(String language, List<Term> terms) {
        ItemIndex index = byLanguage.get(language);
        if (index == null) {
            return Map.of();
        }
        List<ItemIndex.Neighbour> neighbours = index.nearest(counts(terms), NEIGHBOURS, MIN_SIMILARITY);
        double total = neighbours.stream().mapToDouble(ItemIndex.Neighbour::similarity).sum();
        Map<String, Double> support = new HashMap<>();
        for (ItemIndex.Neighbour neighbour : neighbours) {
            neighbour.themes().forEach(theme -> support.merge(theme, neighbour.similarity(), Double::sum));
        }
        Map<String, Double> votes = new HashMap<>();
        support.forEach((theme, s) -> votes.put(theme, s / total * (1 - Math.exp(-s))));
        return votes;
    }

    private static Map<String, Integer> counts(List<Term> terms) {
        Map<String, Integer> counts = new HashMap<>();
        terms.forEach(term -> counts.merge(term.text(), 1, Integer::sum));
        return counts;
    }
}
