package chorus.i18n;

import com.ibm.icu.util.ULocale;
import java.util.Map;

/**
 * Interface text for one language, with English as the fallback. Templates call
 * {@code t.ui('key')}; the chorus:text attribute marks fallbacks with lang="en".
 */
public final class Texts {

    private final Language language;
    private final Map<String, String> own;
    private final Map<String, String> source;
    private final ULocale locale;

    /** {@code locale}: the language's rules for plurals and its digits, for the numbers put into text. */
    Texts(Language language, Map<String, String> own, Map<String, String> source, ULocale locale) {
        this.language = language;
        this.own = own;
        this.source = source;
        this.locale = locale;
    }

    public Language language() {
        return language;
    }

    public Text ui(String key) {
        String value = own.get(key);
        if (value != null) {
            return Text.of(value);
        }
        String english = source.get(key);
        if (english == null) {
            throw new IllegalArgumentException("No interface text has the key " + key);
        }
        return new Text(english, Language.SOURCE.equals(language.tag()) ? null : Language.SOURCE);
    }

    /** A month and year as this language writes them, in its digits: "March 2026", "মার্চ ২০২৬". */
    public String month(java.time.LocalDate date) {
        return format(date, "yMMMM");
    }

    private String format(java.time.LocalDate date, String skeleton) {
        com.ibm.icu.util.Calendar calendar = com.ibm.icu.util.Calendar.getInstance(com.ibm.icu.util.TimeZone.GMT_ZONE, locale);
        calendar.clear();
        calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        com.ibm.icu.text.DateFormat format = com.ibm.icu.text.DateFormat.getInstanceForSkeleton(skeleton, locale);
        format.setTimeZone(com.ibm.icu.util.TimeZone.GMT_ZONE);
        return format.format(calendar.getTime());
    }

    /** A day as this language writes it in words, in its digits: "31 March 2027", "৩১ মার্চ, ২০২৭". */
    public String day(java.time.LocalDate date) {
        return format(date, "yMMMMd");
    }

    public Text ui(String key, Map<String, ?> values) {
        Text text = ui(key);
        // English fallback text is filled by English rules: its plural forms are English ones.
        return new Text(Placeholders.fill(text.value(), values, text.lang() == null ? locale : ULocale.ENGLISH), text.lang());
    }
}
