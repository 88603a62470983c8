package chorus.theme;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The coded items of one language, for finding those most like a new text: cosine similarity of
 * tf-idf vectors, through an inverted index (term to the items that have it), so that a search
 * touches only the items sharing a term with the text, not every item coded so far.
 */
final class ItemIndex {

    record Neighbour(double similarity, Set<String> themes) {
    }

    private record Candidate(int item, double similarity) {
    }

    /**
     * A word said five times is not five times the evidence: weights grow with the logarithm of the
     * count. Counts above this share one weight, and fit in a byte.
     */
    private static final int MAX_COUNT = 127;
    private static final float[] WEIGHT_OF_COUNT = new float[MAX_COUNT + 1];

    /**
     * An item's length (norm) depends on every term's idf, which shifts as items are added; the
     * lengths are worked out again when the index has grown by a quarter since they last were,
     * which costs a few passes over all items in all.
     */
    private static final double NORMS_KEPT_UNTIL_GROWTH = 1.25;

    private static final Comparator<Candidate> WORST_FIRST = Comparator.comparingDouble(Candidate::similarity)
            .thenComparing(Comparator.comparingInt(Candidate::item).reversed());

    static {
        for (int count = 1; count <= MAX_COUNT; count++) {
            WEIGHT_OF_COUNT[count] = (float) (1 + Math.log(count));
        }
    }

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Integer> termIds = new HashMap<>();
    private final List<Postings> postings = new ArrayList<>();
    private final List<Set<String>> themes = new ArrayList<>();
    private int[][] itemTerms = new int[16][];
    private byte[][] itemCounts = new byte[16][];
    private float[] norms = new float[16];
    private int size;
    private int normsWorkedOutAt;

    void add(Map<String, Integer> counts, Set<String> itemThemes) {
        lock.writeLock().lock();
        try {
            if (size == norms.length) {
                grow();
            }
            int item = size++;
            itemTerms[item] = new int[counts.size()];
            itemCounts[item] = new byte[counts.size()];
            int i = 0;
            for (Map.Entry<String, Integer> term : counts.entrySet()) {
                itemTerms[item][i] = termIds.computeIfAbsent(term.getKey(), t -> newTerm());
                itemCounts[item][i] = (byte) Math.min(term.getValue(), MAX_COUNT);
                postings.get(itemTerms[item][i]).add(item, itemCounts[item][i]);
                i++;
            }
            themes.add(itemThemes);
            updateNorms(item);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The {@code k} items most like a text with these term counts, at least {@code min} alike, most alike first. */
    List<Neighbour> nearest(Map<String, Integer> counts, int k, double min) {
        lock.readLock().lock();
        try {
            float[] dotProducts = new float[size];
            double textNorm = accumulate(counts, dotProducts);
            return best(dotProducts, textNorm, k, min).stream().sorted(WORST_FIRST.reversed())
                    .map(c -> new Neighbour(c.similarity(), themes.get(c.item()))).toList();
        } finally {
            lock.readLock().unlock();
        }
    }

    private PriorityQueue<Candidate> best(float[] dotProducts, double textNorm, int k, double min) {
        PriorityQueue<Candidate> best = new PriorityQueue<>(k + 1, WORST_FIRST);
        for (int item = 0; item < size; item++) {
            if (dotProducts[item] > 0) {
                // A length worked out with older idfs can leave the cosine a touch above 1.
                double similarity = Math.min(1, dotProducts[item] / (textNorm * norms[item]));
                if (similarity >= min) {
                    best.add(new Candidate(item, similarity));
                    if (best.size() > k) {
                        best.poll();
                    }
                }
            }
        }
        return best;
    }

    /**
     * Adds each term's share of the dot product to the items that have it; returns the text's norm.
     * A term no item has counts as if one did: it makes the text less like all of them.
     */
    private double accumulate(Map<String, Integer> counts, float[] dotProducts) {
        double norm = 0;
        for (Map.Entry<String, Integer> term : counts.entrySet()) {
            Integer id = termIds.get(term.getKey());
            double idf = idf(id == null ? 1 : postings.get(id).size);
            double weight = WEIGHT_OF_COUNT[Math.min(term.getValue(), MAX_COUNT)] * idf;
            norm += weight * weight;
            if (id != null) {
                postings.get(id).accumulate(dotProducts, (float) (weight * idf));
            }
        }
        return Math.sqrt(norm);
    }

    private double idf(int itemsWithTerm) {
        return Math.log(1 + (double) size / itemsWithTerm);
    }

    private void updateNorms(int item) {
        if (size > normsWorkedOutAt * NORMS_KEPT_UNTIL_GROWTH) {
            for (int i = 0; i < size; i++) {
                norms[i] = norm(i);
            }
            normsWorkedOutAt = size;
        } else {
            norms[item] = norm(item);
        }
    }

    private float norm(int item) {
        double sum = 0;
        for (int i = 0; i < itemTerms[item].length; i++) {
            double weight = WEIGHT_OF_COUNT[itemCounts[item][i]] * idf(postings.get(itemTerms[item][i]).size);
            sum += weight * weight;
        }
        return (float) Math.sqrt(sum);
    }

    private int newTerm() {
        postings.add(new Postings());
        return postings.size() - 1;
    }

    private void grow() {
        itemTerms = Arrays.copyOf(itemTerms, size * 2);
        itemCounts = Arrays.copyOf(itemCounts, size * 2);
        norms = Arrays.copyOf(norms, size * 2);
    }

    /** The items that have one term, in the order they were added, with the term's count in each. */
    private static final class Postings {
        private int[] items = new int[2];
        private byte[] counts = new byte[2];
        private int size;

        void add(int item, byte count) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
                counts = Arrays.copyOf(counts, size * 2);
            }
            items[size] = item;
            counts[size++] = count;
        }

        void accumulate(float[] dotProducts, float factor) {
            for (int i = 0; i < size; i++) {
                dotProducts[items[i]] += factor * WEIGHT_OF_COUNT[counts[i]];
            }
        }
    }
}
