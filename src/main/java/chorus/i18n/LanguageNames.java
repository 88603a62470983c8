package chorus.i18n;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The languages people in an LMNS commonly speak, so a first language typed as "urdu", "Urdu " or
 * "اردو" is stored as one code ({@code ur}) and reports count it once. A typed name is matched,
 * ignoring case, accents and spacing, against each language's name in every shipped language, its
 * own name for itself, its code, and the English names people also use (Bengali, Farsi, Mandarin);
 * anything else is kept as typed. Names come from CLDR through ICU, except for four languages CLDR
 * has no names for here (Sylheti, Dari, Kurmanji, British Sign Language), named in the interface
 * text ({@code language.<code>}).
 */
public final class LanguageNames {

    /** Commonly heard in English maternity services; any other language is kept as typed. */
    static final List<String> CODES = List.of("en", "ur", "bn", "syl", "pa", "gu", "hi", "ta", "ml", "te", "ne", "si", "pl", "ro",
            "lt", "lv", "bg", "cs", "sk", "hu", "ru", "uk", "sq", "el", "tr", "ku", "ckb", "kmr", "fa", "prs", "ps", "ar", "so",
            "ti", "am", "om", "sw", "yo", "ig", "ha", "tw", "ln", "pt", "es", "fr", "it", "de", "zh", "yue", "vi", "th", "fil",
            "ms", "he", "bfi");

    /** Named in the interface text, in every shipped language, because CLDR has no name for them. */
    static final Map<String, String> OWN_NAMES = Map.of("syl", "language.syl", "prs", "language.prs", "kmr", "language.kmr",
            "bfi", "language.bfi");

    private static final List<String> NAME_LOCALES = List.of("en", "pl", "ro", "ur", "ar", "bn");

    /** Names people type that are none of the above, and the names of OWN_NAMES in the shipped scripts. */
    private static final Map<String, List<String>> ALIASES = Map.ofEntries(
            Map.entry("bn", List.of("Bengali", "Bangla", "Bangali")),
            Map.entry("syl", List.of("Sylheti", "Sylhetti", "Silheti", "সিলেটি", "ꠍꠤꠟꠐꠤ", "سلہٹی", "السيلهتية")),
            Map.entry("prs", List.of("Dari", "دری", "الدارية")),
            Map.entry("kmr", List.of("Kurmanji", "Kurmancî", "Kurdish Kurmanji", "کرمانجی")),
            Map.entry("ckb", List.of("Sorani", "Kurdish Sorani", "سورانی")),
            Map.entry("bfi", List.of("British Sign Language", "BSL", "Sign language", "Brytyjski język migowy")),
            Map.entry("fa", List.of("Farsi", "Persian")),
            Map.entry("zh", List.of("Mandarin", "Mandarin Chinese")),
            Map.entry("pa", List.of("Panjabi", "Punjabi", "Mirpuri")),
            Map.entry("fil", List.of("Tagalog")),
            Map.entry("tw", List.of("Akan", "Twi")),
            Map.entry("el", List.of("Greek")),
            Map.entry("ur", List.of("Urdu")));

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Map<String, String> BY_NAME = index();

    private LanguageNames() {
    }

    /** The language's code, if the typed name is one of the languages above. */
    public static Optional<String> code(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > 100) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_NAME.get(fold(typed)));
    }

    /**
     * How a report counts a stored first language: its code, whether stored as one or typed before
     * codes were stored ("Urdu" of last year and "ur" of today are one), else the typed words in
     * small letters.
     */
    public static String counted(String stored) {
        return known(stored) ? stored : code(stored).orElse(stored.strip().toLowerCase(Locale.ROOT));
    }

    /** Whether a stored value is one of these codes (else it is a name someone typed). */
    public static boolean known(String code) {
        return CODES.contains(code);
    }

    /** The language's name in the reader's language: "Urdu", "urdu", "اردو"; a code nothing names stays as it is. */
    public static String name(String code, Texts texts) {
        if (OWN_NAMES.containsKey(code)) {
            return texts.ui(OWN_NAMES.get(code)).value();
        }
        String name = new ULocale(code).getDisplayLanguage(locale(texts.language()));
        return name == null || name.isBlank() || name.equals(code) ? code : name;
    }

    /** Every language's name in the reader's language, in its alphabetical order: what a form suggests. */
    public static List<String> suggestions(Texts texts) {
        List<String> names = new ArrayList<>(CODES.stream().map(c -> name(c, texts)).distinct().toList());
        Collator collator = Collator.getInstance(locale(texts.language()));
        names.sort(Comparator.comparing(n -> n, collator));
        return names;
    }

    /** Lower case, without accents, spacing or punctuation: "Română" and "romana", "URDU " and "urdu" are one name. */
    static String fold(String text) {
        String decomposed = Normalizer2.getNFKDInstance().normalize(text.strip().toLowerCase(Locale.ROOT));
        return NOT_LETTERS.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll("");
    }

    private static ULocale locale(Language language) {
        return ULocale.forLanguageTag(language.tag().replaceFirst("-x-.*$", ""));
    }

    private static Map<String, String> index() {
        Map<String, String> byName = new HashMap<>();
        // Names only, never the codes themselves: "de" or "it" typed in a box is not a language.
        for (String code : CODES) {
            ULocale self = new ULocale(code);
            List<String> names = new ArrayList<>(ALIASES.getOrDefault(code, List.of()));
            names.add(self.getDisplayLanguage(self));
            NAME_LOCALES.forEach(l -> names.add(self.getDisplayLanguage(new ULocale(l))));
            for (String name : names) {
                if (name != null && !name.isBlank() && !name.equals(code)) {
                    byName.putIfAbsent(fold(name), code);
                }
            }
        }
        return Map.copyOf(byName);
    }
}
