package chorus.theme;

import chorus.theme.Redaction.Found;
import chorus.theme.Redaction.Kind;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full dates that could be a date of birth: day, month and year, the year from 1900 to this year. A date
 * without a year cannot identify anyone and is kept, as is one that cannot exist (31/02/1990), because
 * it is then more likely a score or a reference than a birthday. Day-first is read before month-first,
 * as people in the UK write, but a date with a four-digit year that is valid only month-first is still
 * taken.
 */
final class DateFinder {

    /** Languages whose month names respondents write; the same list as the surveys Chorus ships. */
    private static final String[] LANGUAGES = {"en", "pl", "ro", "ar", "ur", "bn"};
    private static final Map<String, Integer> MONTHS = monthNames();

    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    private static final Pattern NUMERIC =
            Pattern.compile("(?<!\\d)(\\d{1,2}) ?([./-]) ?(\\d{1,2}) ?\\2 ?(\\d{4}|\\d{2})(?!\\d)");
    /** Spaces alone part numbers too often to read a date in "3 4 10"; with a full year they do not. */
    private static final Pattern SPACED = Pattern.compile("(?<!\\d)(\\d{1,2}) (\\d{1,2}) (\\d{4})(?!\\d)");
    private static final Pattern YEAR_FIRST = Pattern.compile("(?<!\\d)(\\d{4}) ?([./-]) ?(\\d{1,2}) ?\\2 ?(\\d{1,2})(?!\\d)");
    /** A two-digit "year" followed by a word is a count: "3 March 10 people". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<!\\d)(\\d{1,2})" + ORDINAL
            + "\\.?[ /-]*(?:of )?([\\p{L}\\p{M}]+)\\.?[ ,\u060C/-]*(?:(\\d{4})|['\u2019]?(\\d{2})(?! *\\p{L}))(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?<![\\p{L}\\p{M}])([\\p{L}\\p{M}]+)\\.?[ /-]*(\\d{1,2})"
            + ORDINAL + "(?!\\d)[ ,\u060C/-]*(\\d{4})(?!\\d)");

    private final int thisYear;

    DateFinder(int thisYear) {
        this.thisYear = thisYear;
    }

    /**
     * Adds what it finds to {@code into}, with offsets into the folded text. Every date holds a number,
     * so patterns are tried only where a digit group starts (or at the month word just before one),
     * rather than scanned across the whole text.
     */
    void find(String text, List<int[]> digitGroups, List<Found> into) {
        Matcher numeric = matcher(NUMERIC, text);
        Matcher spaced = matcher(SPACED, text);
        Matcher yearFirst = matcher(YEAR_FIRST, text);
        Matcher dayMonthYear = matcher(DAY_MONTH_YEAR, text);
        Matcher monthDayYear = matcher(MONTH_DAY_YEAR, text);
        for (int[] group : digitGroups) {
            int at = group[0];
            addAt(numeric, at, into, m -> {
                int day = Integer.parseInt(m.group(1));
                int month = Integer.parseInt(m.group(3));
                String year = m.group(4);
                return exists(day, month, year) || year.length() == 4 && exists(month, day, year);
            });
            addAt(spaced, at, into, m -> exists(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3)));
            addAt(yearFirst, at, into, m -> exists(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)), m.group(1)));
            addAt(dayMonthYear, at, into, m -> exists(Integer.parseInt(m.group(1)), month(m.group(2)),
                    m.group(3) != null ? m.group(3) : m.group(4)));
            int monthWord = monthWordBefore(text, at);
            if (monthWord >= 0) {
                addAt(monthDayYear, monthWord, into, m -> exists(Integer.parseInt(m.group(2)), month(m.group(1)), m.group(3)));
            }
        }
    }

    /** Transparent bounds let the look-behinds see the text before the place a pattern is tried. */
    private static Matcher matcher(Pattern pattern, String text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    private static void addAt(Matcher m, int at, List<Found> into, Predicate<Matcher> isDate) {
        m.region(at, m.regionEnd());
        if (m.lookingAt() && isDate.test(m)) {
            into.add(new Found(Kind.DATE, m.start(), m.end()));
        }
    }

    /** Where a month name ends just before a day ("March 3rd"), or -1. */
    private static int monthWordBefore(String text, int digitsStart) {
        int end = digitsStart;
        while (end > 0 && " /-".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end > 0 && text.charAt(end - 1) == '.') {
            end--;
        }
        int start = end;
        while (start > 0 && isWordChar(text.charAt(start - 1))) {
            start--;
        }
        return start < end && MONTHS.containsKey(text.substring(start, end)) ? start : -1;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    private static int month(String name) {
        return MONTHS.getOrDefault(name, 0);
    }

    private boolean exists(int day, int month, String yearText) {
        int year = Integer.parseInt(yearText);
        if (yearText.length() == 2) {
            year = 2000 + year <= thisYear ? 2000 + year : 1900 + year;
        }
        return year >= 1900 && year <= thisYear && month >= 1 && month <= 12 && day >= 1
                && YearMonth.of(year, month).isValidDay(day);
    }

    /** Wide and abbreviated, format and standalone: Polish writes "3 marca" but lists "marzec". */
    private static Map<String, Integer> monthNames() {
        Map<String, Integer> months = new HashMap<>();
        for (String language : LANGUAGES) {
            DateFormatSymbols symbols = new DateFormatSymbols(new ULocale(language));
            for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
                for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                    String[] names = symbols.getMonths(context, width);
                    for (int i = 0; i < 12; i++) {
                        String name = FoldedText.fold(names[i]);
                        months.putIfAbsent(name.endsWith(".") ? name.substring(0, name.length() - 1) : name, i + 1);
                    }
                }
            }
        }
        months.putIfAbsent("sept", 9);
        return Map.copyOf(months);
    }
}
