package chorus.disclosure;

/**
 * The perturbation table (ptable) of the cell key method, as ONS used it for the flexible tables of
 * Census 2021 and the ABS for TableBuilder: a cell of n records whose keys add up to the cell key k
 * (0 to 255) is published as n + p(n, k). The same records always have the same key, so the same
 * cell gets the same noise in every table, period, page and download: asking again, or another way,
 * gives nothing new, and the noise cannot be averaged away.
 *
 * <p>Chorus's table: p = 0 when n is even; when n is odd, p = -1 for keys 0 to 127 and +1 for keys
 * 128 to 255. So every p is -1, 0 or +1, symmetric and zero on average for every n, and published
 * counts are even. Whatever the count, adding one record leaves the published figure where it was
 * for exactly half of the keys. A bell-shaped -1/0/+1 table manages a quarter, and tables that leave
 * most cells alone, as the census one did, far less; a numerical search over unbiased tables with
 * noise of at most 2 found none that does better than half for every count (rounding to multiples of
 * 3 does better on average, but for some counts only four times in nine, with twice the error). A
 * difference between two overlapping periods is therefore 0 or 2, never the 1 that used to give a
 * person away.
 */
final class Perturbation {

    private Perturbation() {
    }

    /** p(n, k): the noise added to a count of n records whose cell key is k. */
    static int of(int size, int cellKey) {
        if (size < 0 || cellKey < 0 || cellKey >= Count.KEYS) {
            throw new IllegalArgumentException("no ptable entry for " + size + " records and key " + cellKey);
        }
        if (size % 2 == 0) {
            return 0;
        }
        return cellKey < Count.KEYS / 2 ? -1 : 1;
    }

    /** The count after perturbation, before any suppression: never negative (a 1 may become 0). */
    static int apply(Count count) {
        return count.size() + of(count.size(), count.key());
    }
}
