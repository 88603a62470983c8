package chorus.theme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Takes identifiers out of free text (survey answers, comments heard at events) before anyone but a
 * coder reads it: e-mail addresses, UK phone numbers, NHS numbers that pass their check digit, full
 * postcodes, dates that could be a birthday, and the names an LMNS lists. Matching runs on a
 * {@link FoldedText}, so digits in Arabic, Urdu or Bengali script, full-width forms and invisible
 * characters hide nothing, and each find is cut out of the original text, leaving the rest exactly as
 * written. Pure and immutable: one instance may serve many threads.
 */
public final class Redaction {

    public enum Kind { EMAIL, PHONE, NHS_NUMBER, POSTCODE, DATE, NAME }

    /** A find, as UTF-16 offsets into the text given: {@code text.substring(start, end)} is what was found. */
    public record Found(Kind kind, int start, int end) {
    }

    /** The text with each find replaced by its marker; the finds' offsets are into the original text. */
    public record Redacted(String text, List<Found> found) {
    }

    private static final List<String> FOLDED_MARKERS =
            Arrays.stream(Kind.values()).map(k -> FoldedText.fold(marker(k))).toList();

    private final NameIndex names;
    private final DateFinder dates;

    /**
     * @param names names to take out wherever they stand as whole words: staff, wards, small places
     * @param today dates with a year after this one's cannot be a birthday and are kept
     */
    public Redaction(Collection<String> names, LocalDate today) {
        this.names = new NameIndex(Objects.requireNonNull(names, "names"));
        this.dates = new DateFinder(today.getYear());
    }

    public static String marker(Kind kind) {
        return switch (kind) {
            case EMAIL -> "[email]";
            case PHONE -> "[phone]";
            case NHS_NUMBER -> "[NHS number]";
            case POSTCODE -> "[postcode]";
            case DATE -> "[date]";
            case NAME -> "[name]";
        };
    }

    public Redacted redact(String original) {
        List<Found> found = find(original);
        return new Redacted(replace(original, found), found);
    }

    /**
     * What {@link #redact} replaces, in order and without overlaps. Empty for any text redact wrote:
     * taking one find out can expose another ("NR1 3SR07700900123" reads as a postcode only once the
     * phone after it is a marker), so finding repeats on the redacted text until nothing new turns up.
     */
    public List<Found> find(String text) {
        List<Found> found = findOnce(text);
        while (!found.isEmpty()) {
            List<Found> exposed = findOnce(replace(text, found));
            if (exposed.isEmpty()) {
                break;
            }
            List<Found> all = new ArrayList<>(found);
            for (Found e : exposed) {
                all.add(new Found(e.kind(), beforeReplacing(found, e.start()), beforeReplacing(found, e.end())));
            }
            all.sort(Comparator.comparingInt(Found::start));
            found = List.copyOf(all);
        }
        return found;
    }

    private static String replace(String original, List<Found> found) {
        StringBuilder redacted = new StringBuilder(original.length());
        int copied = 0;
        for (Found f : found) {
            redacted.append(original, copied, f.start()).append(marker(f.kind()));
            copied = f.end();
        }
        return redacted.append(original, copied, original.length()).toString();
    }

    /** The original offset of a position in the redacted text that lies outside every marker. */
    private static int beforeReplacing(List<Found> found, int redactedPosition) {
        int shift = 0;
        for (Found f : found) {
            int markerEnd = f.start() - shift + marker(f.kind()).length();
            if (markerEnd > redactedPosition) {
                break;
            }
            shift += f.end() - f.start() - marker(f.kind()).length();
        }
        return redactedPosition + shift;
    }

    private List<Found> findOnce(String text) {
        FoldedText folded = FoldedText.of(text);
        String t = folded.text;
        List<Found> candidates = new ArrayList<>();
        List<int[]> digitGroups = DigitRuns.digitGroups(t);
        if (!digitGroups.isEmpty()) {
            DigitRuns.find(t, digitGroups, candidates);
            Addresses.findPostcodes(t, digitGroups, candidates);
            dates.find(t, digitGroups, candidates);
        }
        if (t.indexOf('@') >= 0) {
            Addresses.findEmails(t, candidates);
        }
        names.find(t, candidates);
        List<int[]> markers = markersIn(t);
        candidates.removeIf(c -> overlapsAny(markers, c));
        return inOriginal(folded, Overlaps.keepBest(candidates));
    }

    private static List<Found> inOriginal(FoldedText folded, List<Found> kept) {
        List<Found> found = new ArrayList<>(kept.size());
        int previousEnd = 0;
        for (Found k : kept) {
            // Two finds may split one code point folded into several chars ("ﬁ"); the first keeps it.
            int start = Math.max(previousEnd, folded.originalStart(k.start()));
            int end = folded.originalEnd(k.end());
            if (start < end) {
                found.add(new Found(k.kind(), start, end));
                previousEnd = end;
            }
        }
        return List.copyOf(found);
    }

    /** Where markers already stand, so none is found again, even where a listed name is "Date" or "Number". */
    private static List<int[]> markersIn(String folded) {
        List<int[]> markers = new ArrayList<>();
        for (int at = folded.indexOf('['); at >= 0; at = folded.indexOf('[', at + 1)) {
            for (String marker : FOLDED_MARKERS) {
                if (folded.startsWith(marker, at)) {
                    markers.add(new int[] {at, at + marker.length()});
                }
            }
        }
        return markers;
    }

    private static boolean overlapsAny(List<int[]> markers, Found candidate) {
        for (int[] marker : markers) {
            if (marker[0] < candidate.end() && candidate.start() < marker[1]) {
                return true;
            }
        }
        return false;
    }
}
