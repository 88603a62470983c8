package chorus.theme;

import chorus.theme.Redaction.Found;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses among overlapping finds. The choice covers as much text as it can (weighted interval
 * scheduling), so a longer find beats one inside it, yet a spurious long find ("03 1990 07700" read as
 * a phone out of "03 03 1990 07700 900123") cannot hide the real date and phone it straddles. Where
 * lengths tie, the stronger kind wins: a checked NHS number over a phone shape, a whole e-mail address
 * over a name inside it.
 */
final class Overlaps {

    private Overlaps() {
    }

    static List<Found> keepBest(List<Found> candidates) {
        List<Found> byEnd = new ArrayList<>(candidates);
        byEnd.sort(Comparator.comparingInt(Found::end).thenComparingInt(Found::start));
        int n = byEnd.size();
        long[] best = new long[n + 1];
        int[] before = new int[n];
        for (int j = 0; j < n; j++) {
            before[j] = countEndingBy(byEnd, j, byEnd.get(j).start());
            best[j + 1] = Math.max(best[j], weight(byEnd.get(j)) + best[before[j]]);
        }
        List<Found> kept = new ArrayList<>();
        for (int j = n; j > 0; ) {
            if (best[j] == best[j - 1]) {
                j--;
            } else {
                kept.add(0, byEnd.get(j - 1));
                j = before[j - 1];
            }
        }
        return kept;
    }

    /** How many of the first {@code limit} finds end at or before {@code position}. */
    private static int countEndingBy(List<Found> byEnd, int limit, int position) {
        int low = 0;
        int high = limit;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (byEnd.get(mid).end() <= position) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static long weight(Found found) {
        int strength = switch (found.kind()) {
            case EMAIL -> 5;
            case NHS_NUMBER -> 4;
            case PHONE -> 3;
            case POSTCODE -> 2;
            case DATE -> 1;
            case NAME -> 0;
        };
        return (found.end() - found.start()) * 8L + strength;
    }
}
