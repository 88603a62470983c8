package chorus.theme;

import java.text.Normalizer;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/** What every analyser changes in the text before it is split into words. */
final class CharMaps {

    /**
     * Zero-width and bidirectional controls are invisible, but a copied-and-pasted or right-to-left
     * text often carries them inside words (a joiner between "mid" and "wife"), where they would
     * stop the word matching. Also the soft hyphen and the byte order mark, just as invisible.
     */
    private static final String INVISIBLE = "\u00AD\u061C\u180E\u200B\u200C\u200D\u200E\u200F"
            + "\u202A\u202B\u202C\u202D\u202E\u2060\u2066\u2067\u2068\u2069\uFEFF";

    static final NormalizeCharMap COMMON = build(UnaryOperator.identity());

    /**
     * Older Romanian keyboards and fonts give s and t with a cedilla (ş ţ) where the language has a
     * comma below (ș ț). The Romanian stemmer and stop words only know the comma forms.
     */
    static final NormalizeCharMap ROMANIAN = build(CharMaps::commaBelow);

    private CharMaps() {
    }

    static boolean isInvisible(char c) {
        return INVISIBLE.indexOf(c) >= 0;
    }

    static String commaBelow(String text) {
        return text.replace('\u015F', '\u0219').replace('\u015E', '\u0218')
                .replace('\u0163', '\u021B').replace('\u0162', '\u021A');
    }

    private static NormalizeCharMap build(UnaryOperator<String> letters) {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        // Bengali wrote khanda ta as ta, virama, zero-width joiner before Unicode 4.1 gave it a letter;
        // dropping the joiner alone would leave a plain ta with virama, a different spelling.
        map.add("\u09A4\u09CD\u200D", "\u09CE");
        INVISIBLE.chars().forEach(c -> map.add(String.valueOf((char) c), ""));
        // Some keyboards and systems send "ș" as s and a combining comma, which the stemmers do not
        // recognise; java.text.Normalizer would compose it too, but would lose the offsets.
        for (char c = '\u00C0'; c <= '\u024F'; c++) {
            String letter = String.valueOf(c);
            String decomposed = Normalizer.normalize(letter, Normalizer.Form.NFD);
            if (decomposed.length() > 1) {
                map.add(decomposed, letters.apply(letter));
            }
            if (!letters.apply(letter).equals(letter)) {
                map.add(letter, letters.apply(letter));
            }
        }
        return map.build();
    }
}
