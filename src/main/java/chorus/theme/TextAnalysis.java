package chorus.theme;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Turns what someone wrote into normalised, stemmed terms, each with its offsets in the original
 * text so a coder can see which words matched. One analyser per language (the chains are in
 * {@link LanguageChains}); every one of them first drops invisible characters, composes accented
 * Latin letters and folds full-width letters, all in char filters so that offsets still point into
 * the text as written. Thread-safe: Lucene keeps each thread's token streams apart.
 */
public final class TextAnalysis {

    /**
     * A term and where it came from. {@code slot} counts the words that survived analysis, so words
     * that were removed (stop words) leave no gap: "lack of staff" and "lack staff" are both two
     * consecutive slots. Terms sharing a slot are readings of one word (with and without accents).
     */
    public record Term(String text, int slot, int start, int end) {
    }

    /** The language of a tag without an analyser of its own: lower-cased, neither stemmed nor stopped. */
    public static final String UNDETERMINED = "und";

    private final Map<String, Analyzer> analyzers;

    public TextAnalysis() {
        analyzers = Map.of(
                "en", analyzer(LanguageChains::english, CharMaps.COMMON),
                "pl", analyzer(LanguageChains::polish, CharMaps.COMMON),
                "ro", analyzer(LanguageChains::romanian, CharMaps.ROMANIAN),
                "ar", analyzer(LanguageChains::arabic, CharMaps.COMMON),
                "ur", analyzer(LanguageChains::urdu, CharMaps.COMMON),
                "bn", analyzer(LanguageChains::bengali, CharMaps.COMMON),
                UNDETERMINED, analyzer(LanguageChains::undetermined, CharMaps.COMMON));
    }

    /**
     * The language whose analyser reads text tagged {@code tag}: its primary subtag, so en-x-easy
     * and en-GB read as English, pl-PL as Polish; {@link #UNDETERMINED} for anything else.
     */
    public String language(String tag) {
        if (tag == null) {
            return UNDETERMINED;
        }
        String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return analyzers.containsKey(primary) ? primary : UNDETERMINED;
    }

    public Analyzer analyzer(String tag) {
        return analyzers.get(language(tag));
    }

    public List<Term> terms(String text, String tag) {
        List<Term> terms = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        try (TokenStream stream = analyzer(tag).tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int slot = -1;
            while (stream.incrementToken()) {
                slot += increment.getPositionIncrement() > 0 || slot < 0 ? 1 : 0;
                terms.add(new Term(term.toString(), slot, visibleStart(text, offset), visibleEnd(text, offset)));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return terms;
    }

    /**
     * The char filter counts a dropped character at the edge of a word as part of the word, so a
     * right-to-left mark after it would be highlighted with it; it is invisible, but a coder copying
     * the highlighted words would carry it along.
     */
    private static int visibleStart(String text, OffsetAttribute offset) {
        int start = offset.startOffset();
        while (start < offset.endOffset() && CharMaps.isInvisible(text.charAt(start))) {
            start++;
        }
        return start;
    }

    private static int visibleEnd(String text, OffsetAttribute offset) {
        int end = offset.endOffset();
        while (end > offset.startOffset() && CharMaps.isInvisible(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static Analyzer analyzer(UnaryOperator<TokenStream> chain, NormalizeCharMap charMap) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, chain.apply(tokenizer));
            }

            // Char filters, not token filters: they record how far each change moves the text, so the
            // tokenizer's offsets are corrected back to the original. They also run before the
            // tokenizer, which would otherwise keep a zero-width joiner inside the word it splits.
            @Override
            protected Reader initReader(String field, Reader reader) {
                return new CJKWidthCharFilter(new MappingCharFilter(charMap, reader));
            }
        };
    }
}
