package chorus.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one rule for typed dates; the message it gives is checked on each page in ExtremeDatesTest. */
class DateFieldTest {

    @Test
    void takesIsoDatesFrom1900To2200() {
        for (String typed : List.of("1900-01-01", "2026-03-27", " 2026-03-27 ", "2200-12-31")) {
            FormErrors errors = FormErrors.none();
            assertEquals(LocalDate.parse(typed.strip()), DateField.required(typed, "on", "not.a.date", errors), typed);
            assertTrue(errors.isEmpty(), typed);
        }
    }

    @Test
    void aDateOutsideTheYearsIsRefusedWithTheSharedMessage() {
        for (String typed : List.of("1899-12-31", "2201-01-01", "0001-01-01", "9999-12-31", "+10000-01-01", "-999999999-01-01",
                "+999999999-12-31")) {
            FormErrors errors = FormErrors.none();
            assertNull(DateField.required(typed, "on", "not.a.date", errors), typed);
            assertEquals("date.error.range", errors.keyOf("on"), typed);
        }
    }

    @Test
    void textThatIsNoDateGetsTheFieldsOwnMessage() {
        for (String typed : List.of("31/02/2026", "2026-02-30", "2026-3-1", "yesterday", "2026-03-27T10:00", "2".repeat(40))) {
            FormErrors errors = FormErrors.none();
            assertNull(DateField.optional(typed, "on", "not.a.date", errors), typed);
            assertEquals("not.a.date", errors.keyOf("on"), typed);
        }
    }

    @Test
    void blankIsAnErrorOnlyWhereADateIsRequired() {
        FormErrors optional = FormErrors.none();
        assertNull(DateField.optional("  ", "on", "not.a.date", optional));
        assertNull(DateField.optional(null, "on", "not.a.date", optional));
        assertTrue(optional.isEmpty());
        FormErrors required = FormErrors.none();
        assertNull(DateField.required("", "on", "not.a.date", required));
        assertEquals("not.a.date", required.keyOf("on"));
    }

    @Test
    void aKeptValueThatIsNoDateIsShownAsTextSinceADateInputMayNotHoldIt() {
        assertEquals("date", DateField.inputType(null));
        assertEquals("date", DateField.inputType(""));
        assertEquals("date", DateField.inputType("2026-02-28"));
        assertEquals("text", DateField.inputType("2026-02-30"));
        assertEquals("text", DateField.inputType("1994-13-01"));
        assertEquals("text", DateField.inputType("yesterday"));
    }
}
