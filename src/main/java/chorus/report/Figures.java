package chorus.report;

import chorus.disclosure.Cell;
import chorus.i18n.Language;
import chorus.i18n.Text;
import chorus.i18n.Texts;
import chorus.stats.Interval;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

/**
 * Published figures as the words a table cell, chart label or CSV cell shows. A hidden figure
 * always reads as the disclosure text ("fewer than N"), never as 0 or blank.
 */
public final class Figures {

    private Figures() {
    }

    public static Text count(Cell cell, Texts t) {
        if (cell instanceof Cell.Suppressed hidden) {
            return hidden(hidden, t);
        }
        return Text.of(Integer.toString(((Cell.Shown) cell).count()));
    }

    public static Text hidden(Cell.Suppressed cell, Texts t) {
        String key = cell.textKey();
        return t.ui(key, cell.textArgs());
    }

    /** A percentage (0 to 100) to one decimal place. */
    public static Text percent(double percent, Texts t) {
        return t.ui("report.percent", Map.of("value", oneDecimal(percent)));
    }

    /** An interval of a proportion (0 to 1) as percentages. */
    public static Text interval(Interval proportion, Texts t) {
        return t.ui("report.interval", Map.of("lower", oneDecimal(100 * proportion.lower()),
                "upper", oneDecimal(100 * proportion.upper())));
    }

    /**
     * A difference in percentage points, signed so a reader sees its direction. Only the number: the
     * column heading names the unit, so that a spreadsheet reads the CSV cell as a number.
     */
    public static Text points(double points) {
        return Text.of((points > 0 ? "+" : "") + oneDecimal(points));
    }

    public static Text ratio(double ratio) {
        return Text.of(String.format(Locale.ROOT, "%.2f", ratio));
    }

    public static Text notAvailable(Texts t) {
        return t.ui("report.not_available");
    }

    /**
     * A date in words in the reader's language, such as "3 December 2026" or "3 grudnia 2026", with
     * the digits 0 to 9 as every figure of a report has. English is British English.
     */
    public static Text date(LocalDate date, Language language) {
        String tag = language.tag();
        Locale locale = tag.equals("en") || tag.startsWith("en-") ? Locale.UK : Locale.forLanguageTag(tag);
        return Text.of(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date));
    }

    /** A month as a period's column heading reads it, "July 2026" or "lipiec 2026", with the digits 0 to 9. */
    public static Text month(LocalDate date, Language language) {
        String tag = language.tag();
        Locale locale = tag.equals("en") || tag.startsWith("en-") ? Locale.UK : Locale.forLanguageTag(tag);
        return Text.of(DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(date));
    }

        /**
     * A period as short as a chart's axis needs: "Jul–Sep 2026" within a year, "Apr 2026–Mar 2027"
     * across two, with the digits 0 to 9.
     */
    public static String shortPeriod(LocalDate from, LocalDate to, Language language) {
        String tag = language.tag();
        Locale locale = tag.equals("en") || tag.startsWith("en-") ? Locale.UK : Locale.forLanguageTag(tag);
        DateTimeFormatter month = DateTimeFormatter.ofPattern("LLL", locale);
        DateTimeFormatter monthYear = DateTimeFormatter.ofPattern("LLL yyyy", locale);
        return from.getYear() == to.getYear() ? month.format(from) + "–" + monthYear.format(to)
                : monthYear.format(from) + "–" + monthYear.format(to);
    }

        /** Dots as decimal marks whatever the language: the tables and CSV files must read the same to a spreadsheet. */
    public static String oneDecimal(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return "-0.0".equals(text) ? "0.0" : text;
    }
}
