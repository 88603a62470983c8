package chorus.disclosure;

/**
 * The records behind one figure, as disclosure control needs them: how many there are, and their
 * cell key, the sum of their record keys modulo 256 (the cell key method, see {@link Perturbation}).
 *
 * <p>Reports get counts only from {@link RecordKeys} and combine them with {@link #plus} (records in
 * either) and {@link #minus} (records of one not in a part of it), so no figure can reach a page
 * without the key of the very records it counts, and the same records give the same key however a
 * report adds them up. The number itself stays inside this package: a report can only publish what
 * {@link DisclosureControl} makes of it.
 */
public final class Count {

    /** Nobody. */
    public static final Count NONE = new Count(0, 0);

    static final int KEYS = 256;

    private final int size;
    private final int key;

    Count(int size, int key) {
        if (size < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + size);
        }
        if (key < 0 || key >= KEYS) {
            throw new IllegalArgumentException("a cell key is 0 to 255, not " + key);
        }
        this.size = size;
        this.key = key;
    }

    /** For tests of this package: a count whose records' keys add up to the key given. */
    static Count of(int size, int key) {
        return new Count(size, key);
    }

    /** The records of both; they must be different records, or some are counted twice. */
    public Count plus(Count other) {
        return new Count(size + other.size, Math.floorMod(key + other.key, KEYS));
    }

    /** The records of this that are not in the part, which must be a part of this. */
    public Count minus(Count part) {
        if (part.size > size) {
            throw new IllegalArgumentException(part.size + " records cannot be a part of " + size);
        }
        return new Count(size - part.size, Math.floorMod(key - part.key, KEYS));
    }

    int size() {
        return size;
    }

    int key() {
        return key;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Count c && c.size == size && c.key == key;
    }

    @Override
    public int hashCode() {
        return size * KEYS + key;
    }

    /** No number: a log line or a failed assertion must not print what the page hides. */
    @Override
    public String toString() {
        return "Count[…]";
    }
}
