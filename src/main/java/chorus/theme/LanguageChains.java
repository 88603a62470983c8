package chorus.theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.bn.BengaliAnalyzer;
import org.apache.lucene.analysis.bn.BengaliNormalizationFilter;
import org.apache.lucene.analysis.bn.BengaliStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.fa.PersianNormalizer;
import org.apache.lucene.analysis.in.IndicNormalizationFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.stempel.StempelFilter;
import org.apache.lucene.analysis.stempel.StempelStemmer;
import org.tartarus.snowball.ext.RomanianStemmer;

/**
 * The token filters of each language: the same steps as Lucene's own analyser for the language,
 * with digits of any script read as ASCII digits in all of them, and accents handled as below.
 */
final class LanguageChains {

    /**
     * Urdu has no stop word list in Lucene. The commonest postpositions, auxiliaries and pronouns
     * carry no theme, and left in they would make any two Urdu comments look alike.
     */
    private static final List<String> URDU_STOP_WORDS = List.of("کا", "کی", "کے", "ہے", "ہیں", "میں", "اور", "سے",
            "کو", "نے", "پر", "یہ", "وہ", "بھی", "تھا", "تھی", "تھے", "ہو", "تو", "کہ", "ایک", "گیا", "گئی", "ہی");

    /**
     * Porter leaves irregular plurals apart from their singulars, and in maternity care these are
     * among the commonest words: "midwives" would not match the keyword "midwife". Each maps to
     * Porter's stem of the singular.
     */
    private static final StemmerOverrideMap ENGLISH_IRREGULAR_PLURALS = overrides(Map.of(
            "midwives", "midwif", "wives", "wife", "women", "woman", "children", "child"));

    private static final CharArraySet ENGLISH_STOP = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    private static final CharArraySet POLISH_STOP = withAccentsAndWithout(PolishAnalyzer.getDefaultStopSet(), s -> s);
    private static final CharArraySet ROMANIAN_STOP =
            withAccentsAndWithout(RomanianAnalyzer.getDefaultStopSet(), CharMaps::commaBelow);
    private static final CharArraySet ARABIC_STOP =
            normalised(ArabicAnalyzer.getDefaultStopSet(), new ArabicNormalizer()::normalize);
    private static final CharArraySet URDU_STOP = normalised(URDU_STOP_WORDS, LanguageChains::normaliseUrdu);
    private static final CharArraySet BENGALI_STOP = BengaliAnalyzer.getDefaultStopSet();

    private LanguageChains() {
    }

    /**
     * Lucene's EnglishAnalyzer (Porter stemmer), then accents folded so "cafe" matches "café". The
     * folding comes after the stemmer so that the stemmer reads the word as written.
     */
    static TokenStream english(TokenStream words) {
        TokenStream stream = new DecimalDigitFilter(new LowerCaseFilter(new EnglishPossessiveFilter(words)));
        stream = new StemmerOverrideFilter(new StopFilter(stream, ENGLISH_STOP), ENGLISH_IRREGULAR_PLURALS);
        return new ASCIIFoldingFilter(new PorterStemFilter(stream));
    }

    static TokenStream polish(TokenStream words) {
        StempelStemmer stemmer = new StempelStemmer(PolishAnalyzer.getDefaultTable());
        return withAndWithoutAccents(lowerCase(words), POLISH_STOP, stream -> new StempelFilter(stream, stemmer));
    }

    static TokenStream romanian(TokenStream words) {
        RomanianStemmer stemmer = new RomanianStemmer();
        return withAndWithoutAccents(lowerCase(words), ROMANIAN_STOP, stream -> new SnowballFilter(stream, stemmer));
    }

    /** Lucene's ArabicAnalyzer, with the stop words removed after normalising so any alef form matches. */
    static TokenStream arabic(TokenStream words) {
        TokenStream stream = new ArabicNormalizationFilter(lowerCase(words));
        return new ArabicStemFilter(new StopFilter(stream, ARABIC_STOP));
    }

    /**
     * Urdu is written with letters Persian also uses (ی farsi yeh, ک keheh, ہ heh goal) where Arabic
     * keyboards give ي, ك and ه; Lucene's Arabic and Persian normalisers together fold each pair to
     * one letter, and drop short vowels and tatweel. They fold ے (yeh barree) into yeh as well, so
     * لڑکے and لڑکی (boys, girl) read alike: the ending is lost, much as a stemmer would lose it.
     * Not stemmed: Lucene has no Urdu stemmer, and its Arabic and Persian ones would cut Arabic
     * and Persian affixes (al-, wa-, -ha) that in Urdu are more often letters of the word.
     */
    static TokenStream urdu(TokenStream words) {
        TokenStream stream = new PersianNormalizationFilter(new ArabicNormalizationFilter(lowerCase(words)));
        return new StopFilter(stream, URDU_STOP);
    }

    /** Lucene's BengaliAnalyzer: Indic and Bengali normalisation, then its light stemmer. */
    static TokenStream bengali(TokenStream words) {
        TokenStream stream = new BengaliNormalizationFilter(new IndicNormalizationFilter(lowerCase(words)));
        return new BengaliStemFilter(new StopFilter(stream, BENGALI_STOP));
    }

    /** No stemming nor stop words for a language we do not know: any language's would do harm. */
    static TokenStream undetermined(TokenStream words) {
        return lowerCase(words);
    }

    private static TokenStream lowerCase(TokenStream words) {
        return new DecimalDigitFilter(new LowerCaseFilter(words));
    }

    /**
     * Many people write Polish and Romanian without diacritics ("nasterea" for "nașterea"). Folding
     * only after the stemmer conflates a word with its unaccented spelling only when the stemmer
     * happens to cut both the same way; Romanian "moașei" and "moasei" stem to "moașe" and "moa".
     * Folding before the stemmer instead would blind it to the endings that carry diacritics, and
     * Stempel's table is learnt from accented Polish. So each word gives two readings in one slot:
     * the stem of the word as written, folded, and the stem of the word written without diacritics.
     * Two words that differ only in accents (Romanian "față", face, and "fata", the girl) then match;
     * that is the price of matching the many comments typed without them.
     */
    private static TokenStream withAndWithoutAccents(
            TokenStream words, CharArraySet stop, UnaryOperator<TokenStream> stemmer) {
        TokenStream stream = new ASCIIFoldingFilter(new StopFilter(words, stop), true);
        return new RemoveDuplicatesTokenFilter(new ASCIIFoldingFilter(stemmer.apply(stream)));
    }

    /** The stop words as written and without their diacritics, for text typed either way. */
    private static CharArraySet withAccentsAndWithout(Iterable<?> words, UnaryOperator<String> spelling) {
        CharArraySet set = new CharArraySet(16, false);
        for (Object word : words) {
            String written = spelling.apply(word instanceof char[] chars ? new String(chars) : word.toString());
            char[] folded = new char[written.length() * 4];
            int length = ASCIIFoldingFilter.foldToASCII(written.toCharArray(), 0, folded, 0, written.length());
            set.add(written);
            set.add(new String(folded, 0, length));
        }
        return CharArraySet.unmodifiableSet(set);
    }

    private static StemmerOverrideMap overrides(Map<String, String> stems) {
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder();
        stems.forEach(builder::add);
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("building a map in memory cannot fail", e);
        }
    }

    private interface Normaliser {
        int normalize(char[] word, int length);
    }

    private static CharArraySet normalised(Iterable<?> words, Normaliser normaliser) {
        CharArraySet set = new CharArraySet(16, false);
        for (Object word : words) {
            char[] chars = word instanceof char[] c ? c.clone() : word.toString().toCharArray();
            set.add(new String(chars, 0, normaliser.normalize(chars, chars.length)));
        }
        return CharArraySet.unmodifiableSet(set);
    }

    private static int normaliseUrdu(char[] word, int length) {
        return new PersianNormalizer().normalize(word, new ArabicNormalizer().normalize(word, length));
    }
}
