package chorus.theme;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A copy of a text made for matching, with the way back to the original. Digits of any script become
 * ASCII, compatibility forms (full-width letters, ligatures) their plain letters, letters lose case and
 * accents, all spaces become one space, and invisible format characters (zero-width spaces and joiners,
 * soft hyphens, bidi marks) are dropped: an identifier must not slip through because of how it was
 * typed. Each folded char remembers the original code point it came from, so a match is cut out of the
 * text exactly as written and everything around it is left alone.
 */
final class FoldedText {

    /** Folding one code point needs a normaliser call; texts repeat few distinct ones, so each is folded once. */
    private static final String[] BMP_FOLDS = new String[Character.MAX_VALUE + 1];

    final String text;
    private final int[] from;
    private final int[] to;

    private FoldedText(String text, int[] from, int[] to) {
        this.text = text;
        this.from = from;
        this.to = to;
    }

    static FoldedText of(String original) {
        StringBuilder folded = new StringBuilder(original.length());
        int[] from = new int[original.length() + 16];
        int[] to = new int[from.length];
        for (int i = 0; i < original.length(); ) {
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            String fold = cp < 0x80 ? null : foldCodePoint(cp);
            int added = fold == null ? 1 : fold.length();
            if (folded.length() + added > from.length) {
                from = Arrays.copyOf(from, from.length * 2 + added);
                to = Arrays.copyOf(to, from.length);
            }
            for (int k = 0; k < added; k++) {
                from[folded.length()] = i;
                to[folded.length()] = next;
                folded.append(fold == null ? foldAscii((char) cp) : fold.charAt(k));
            }
            i = next;
        }
        return new FoldedText(folded.toString(), from, to);
    }

    /** The folded form of a word list entry, so it compares equal to the same word inside a text. */
    static String fold(String s) {
        return of(s).text;
    }

    int originalStart(int foldedStart) {
        return from[foldedStart];
    }

    int originalEnd(int foldedEnd) {
        return to[foldedEnd - 1];
    }

    private static char foldAscii(char c) {
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + ('a' - 'A'));
        }
        return Character.isWhitespace(c) ? ' ' : c;
    }

    private static String foldCodePoint(int cp) {
        if (cp > Character.MAX_VALUE) {
            return computeFold(cp);
        }
        String fold = BMP_FOLDS[cp];
        if (fold == null) {
            // A benign race: two threads may both compute the same immutable string.
            fold = computeFold(cp);
            BMP_FOLDS[cp] = fold;
        }
        return fold;
    }

    private static String computeFold(int cp) {
        if (Character.getType(cp) == Character.FORMAT) {
            return "";
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return " ";
        }
        StringBuilder b = new StringBuilder(2);
        Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKD).codePoints().forEach(part -> {
            int type = Character.getType(part);
            int digit = Character.digit(part, 10);
            if (digit >= 0) {
                b.append((char) ('0' + digit));
            } else if (type != Character.NON_SPACING_MARK && type != Character.FORMAT) {
                b.appendCodePoint(unstroked(Character.toLowerCase(part)));
            }
        });
        return b.toString();
    }

    /** Letters whose stroke is part of the letter in Unicode, so decomposition does not remove it. */
    private static int unstroked(int cp) {
        return switch (cp) {
            case 'ł' -> 'l';
            case 'đ' -> 'd';
            case 'ø' -> 'o';
            case 'ħ' -> 'h';
            case 'ı' -> 'i';
            default -> cp;
        };
    }
}
