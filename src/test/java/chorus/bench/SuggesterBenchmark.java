package chorus.bench;

import chorus.theme.ThemeSuggester;
import chorus.theme.ThemeSuggester.CodedItem;
import chorus.theme.ThemeSuggester.Suggestion;
import chorus.theme.ThemeSuggester.ThemeKeywords;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * How fast theme suggestions are with many coded items: learns {@code bench.items} (default
 * 200,000) synthetic English comments, then times {@code suggest} on comments it has not seen, and
 * prints the figures beside the target (well under 50 ms a suggestion). Not a test: surefire never
 * runs it, and timings are not asserted anywhere. Run it with
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath
 * java -cp target/test-classes:target/classes:$(cat target/test.classpath) chorus.bench.SuggesterBenchmark
 * </pre>
 * Not with {@code exec:java -Dexec.mainClass=...}: the Micronaut parent POM configures the exec
 * plugin's arguments for {@code exec:exec}, and {@code exec:java} cannot read them.
 *
 * <p>Comments are made of made-up words: a common vocabulary drawn with Zipf's law, as words are in
 * real text, so a few words are in a large share of comments and make the index's longest lists,
 * and a theme's own words, so similar comments do share terms.
 */
public final class SuggesterBenchmark {

    private static final int THEMES = 40;
    private static final int WORDS_PER_THEME = 30;
    private static final int VOCABULARY = 20_000;
    private static final int QUERIES = 2_000;
    private static final int WARM_UP = 500;
    private static final String[] SYLLABLES = {"ba", "ce", "di", "fo", "gu", "ha", "je", "ki", "lo", "mu", "na", "pe",
        "ri", "so", "tu", "va", "we", "xi", "yo", "zu", "bra", "tre", "sti", "plo", "kru"};

    private final Random random = new Random(13);
    private final List<String> vocabulary = new ArrayList<>();
    private final double[] zipf = new double[VOCABULARY];
    private final List<List<String>> themeWords = new ArrayList<>();

    public static void main(String[] args) {
        new SuggesterBenchmark().run(Integer.getInteger("bench.items", 200_000));
    }

    private void run(int items) {
        makeWords();
        ThemeSuggester suggester = new ThemeSuggester(codebook());
        long started = System.nanoTime();
        for (int i = 0; i < items; i++) {
            Set<String> themes = new HashSet<>();
            suggester.learn(new CodedItem(comment(themes), "en", themes));
        }
        double learnSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "learnt %,d items in %.1f s (%.0f µs an item), heap in use %,d MB%n",
                items, learnSeconds, learnSeconds * 1e6 / items, heapInUseMegabytes());
        timeSuggestions(suggester);
    }

    private void timeSuggestions(ThemeSuggester suggester) {
        long[] nanos = new long[QUERIES];
        int topIsRight = 0;
        int fromSimilar = 0;
        for (int i = -WARM_UP; i < QUERIES; i++) {
            Set<String> themes = new HashSet<>();
            String text = comment(themes);
            long started = System.nanoTime();
            List<Suggestion> suggestions = suggester.suggest(text, "en", 5);
            if (i >= 0) {
                nanos[i] = System.nanoTime() - started;
                topIsRight += !suggestions.isEmpty() && themes.contains(suggestions.get(0).theme()) ? 1 : 0;
                fromSimilar += suggestions.stream().anyMatch(Suggestion::fromSimilarItems) ? 1 : 0;
            }
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "suggest, %,d comments: median %.2f ms, 95th %.2f ms, 99th %.2f ms, max %.2f ms"
                + " (target: well under 50 ms)%n", QUERIES, millis(nanos, 50), millis(nanos, 95), millis(nanos, 99), millis(nanos, 100));
        System.out.printf(Locale.ROOT, "top suggestion is one of the comment's themes for %.1f%%;"
                + " similar items voted for %.1f%%%n", 100.0 * topIsRight / QUERIES, 100.0 * fromSimilar / QUERIES);
    }

    /** The percentile of sorted nanoseconds, in milliseconds. */
    private static double millis(long[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1e6;
    }

    /** A comment of 8 to 40 words, a third of them from one or two themes, which go into {@code themes}. */
    private String comment(Set<String> themes) {
        int length = 8 + random.nextInt(33);
        List<Integer> chosen = List.of(random.nextInt(THEMES), random.nextInt(THEMES)).subList(0, 1 + random.nextInt(2));
        chosen.forEach(theme -> themes.add(theme(theme)));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            List<String> own = themeWords.get(chosen.get(random.nextInt(chosen.size())));
            text.append(random.nextInt(3) == 0 ? own.get(random.nextInt(own.size())) : commonWord()).append(' ');
        }
        return text.toString();
    }

    private String commonWord() {
        int at = Arrays.binarySearch(zipf, random.nextDouble() * zipf[VOCABULARY - 1]);
        return vocabulary.get(at >= 0 ? at : -at - 1);
    }

    private void makeWords() {
        Set<String> seen = new HashSet<>();
        while (vocabulary.size() < VOCABULARY + THEMES * WORDS_PER_THEME) {
            StringBuilder word = new StringBuilder();
            for (int s = 0, n = 2 + random.nextInt(3); s < n; s++) {
                word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            if (seen.add(word.toString())) {
                vocabulary.add(word.toString());
            }
        }
        for (int theme = 0; theme < THEMES; theme++) {
            int first = VOCABULARY + theme * WORDS_PER_THEME;
            themeWords.add(vocabulary.subList(first, first + WORDS_PER_THEME));
        }
        double sum = 0;
        for (int rank = 0; rank < VOCABULARY; rank++) {
            sum += 1.0 / (rank + 1);
            zipf[rank] = sum;
        }
    }

    /** Each theme's first three words as its English keywords. */
    private List<ThemeKeywords> codebook() {
        List<ThemeKeywords> codebook = new ArrayList<>();
        for (int theme = 0; theme < THEMES; theme++) {
            codebook.add(new ThemeKeywords(theme(theme), Map.of("en", themeWords.get(theme).subList(0, 3))));
        }
        return codebook;
    }

    private static String theme(int theme) {
        return String.format(Locale.ROOT, "theme-%02d", theme);
    }

    private static long heapInUseMegabytes() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    }
}
