package chorus.theme;

import chorus.theme.Redaction.Found;
import chorus.theme.Redaction.Kind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names an LMNS lists (staff, wards, small places), matched as whole words. Entries are kept as a
 * tree of folded words, so a text is read once whatever the length of the list, and "Zoë", "ZOE" and
 * "zoe" are one word. Words of a many-word name may be parted by any spacing, a hyphen, an apostrophe or
 * a full stop ("St. Mary's" for "St Mary's"), never by other punctuation, which ends a name.
 */
final class NameIndex {

    private static final String JOINERS = " -.'\u2019\u2018\u02BC";

    private final Node root = new Node();

    NameIndex(Collection<String> names) {
        for (String name : names) {
            String folded = FoldedText.fold(name);
            List<int[]> words = words(folded);
            if (!words.isEmpty()) {
                Node node = root;
                for (int[] word : words) {
                    node = node.next.computeIfAbsent(folded.substring(word[0], word[1]), w -> new Node());
                }
                node.isName = true;
            }
        }
    }

    /** Adds the longest listed name starting at each word, with offsets into the folded text. */
    void find(String text, List<Found> into) {
        if (root.next.isEmpty()) {
            return;
        }
        List<int[]> words = words(text);
        for (int first = 0; first < words.size(); first++) {
            Node node = root;
            int end = -1;
            for (int w = first; w < words.size() && node != null; w++) {
                if (w > first && !joined(text, words.get(w - 1)[1], words.get(w)[0])) {
                    break;
                }
                node = node.next.get(text.substring(words.get(w)[0], words.get(w)[1]));
                if (node != null && node.isName) {
                    end = words.get(w)[1];
                }
            }
            if (end >= 0) {
                into.add(new Found(Kind.NAME, words.get(first)[0], end));
            }
        }
    }

    private static boolean joined(String text, int gapStart, int gapEnd) {
        for (int i = gapStart; i < gapEnd; i++) {
            if (JOINERS.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static List<int[]> words(String text) {
        List<int[]> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            while (i < text.length() && isWordChar(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (i > start) {
                words.add(new int[] {start, i});
            } else {
                i += Character.charCount(text.codePointAt(i));
            }
        }
        return words;
    }

    /** Letters, digits and the vowel signs of Bengali and other Indic scripts, which are marks, not letters. */
    private static boolean isWordChar(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.COMBINING_SPACING_MARK || type == Character.NON_SPACING_MARK;
    }

    private static final class Node {
        private final Map<String, Node> next = new HashMap<>();
        private boolean isName;
    }
}
