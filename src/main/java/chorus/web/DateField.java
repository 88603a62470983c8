package chorus.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The one rule for a date typed into a form or a report's query: ISO year-month-day
 * ({@code 2026-03-27}, what {@code <input type="date">} sends), in the years 1900 to 2200.
 * {@link LocalDate#parse} alone takes {@code -999999999-01-01} and {@code +10000-01-01}, which no
 * database column or period arithmetic here survives (MySQL's DATE stops at 1000 and 9999). No
 * Chorus date is earlier than 1900 or later than 2200; and even the longest period that range
 * allows, compared with the period of the same length before it (the representation report does),
 * starts no earlier than 1599, so every date derived from a typed one still fits a DATE column.
 */
public final class DateField {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;
    /** Long enough for any date in range with spaces around it; longer text is not parsed at all. */
    private static final int LONGEST = 30;

    private DateField() {
    }

    /**
     * The date typed, or null. Blank is no date and no error (a filter left empty); text that is
     * not a date adds {@code notADateKey} for the field, a date outside the years the shared message.
     */
    public static LocalDate optional(String text, String field, String notADateKey, FormErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return required(text, field, notADateKey, errors);
    }

    /** The same, but a blank field is an error too ({@code notADateKey}). */
    public static LocalDate required(String text, String field, String notADateKey, FormErrors errors) {
        LocalDate date = parse(text);
        if (date == null) {
            errors.add(field, notADateKey);
        } else if (!inRange(date)) {
            errors.add(field, "date.error.range", Map.of("first", FIRST_YEAR, "last", LAST_YEAR));
            return null;
        }
        return date;
    }

    public static boolean inRange(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }

    /**
     * The input type a date field is shown with: {@code date}, unless what the person typed is kept
     * beside its error and is no date, which a date input may not hold (browsers would blank it
     * and the HTML would be invalid), so it is shown as text, as typed.
     */
    public static String inputType(String kept) {
        return kept == null || kept.isBlank() || parse(kept) != null ? "date" : "text";
    }

    private static LocalDate parse(String text) {
        if (text == null || text.length() > LONGEST) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
