package chorus.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import chorus.system.TamperedFormException;
import chorus.web.FormErrors;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of the action form, without a server. */
class ActionFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    private static ActionForm form(String status, String evidence, String reason, String started, String due, String done,
                                   List<String> themes) {
        return new ActionForm("", "Title", "You said", "We did", evidence, "Owner", status, reason, started, due, done, themes,
                List.of(), "3");
    }

    private static ActionForm.Checked check(ActionForm form, FormErrors errors) {
        return form.check(errors, TODAY, 7L, id -> id.equals("12") ? 12L : null, text -> text.contains("07700"));
    }

    @Test
    void aCompleteDoneActionIsAccepted() {
        FormErrors errors = FormErrors.none();
        ActionForm.Checked checked = check(form("DONE", "It changed", "", "2026-01-01", "2026-06-01", "2026-12-05", List.of("12")), errors);
        assertNotNull(checked);
        assertEquals(Action.Status.DONE, checked.status());
        assertEquals(LocalDate.of(2026, 12, 5), checked.doneOn());
        assertEquals(java.util.Set.of(12L), checked.themes());
        assertEquals(7L, checked.mvpId());
        assertEquals(3, checked.version());
        assertNull(checked.notDoingReason());
    }

    @Test
    void aDoneActionNeedsItsDateInThePastAndWhatChanged() {
        FormErrors errors = FormErrors.none();
        assertNull(check(form("DONE", "", "", "", "", "", List.of()), errors));
        assertEquals("actions.error.done_on", errors.keyOf("doneOn"));
        assertEquals("actions.error.evidence", errors.keyOf("evidence"));

        FormErrors future = FormErrors.none();
        assertNull(check(form("DONE", "x", "", "", "", "2026-12-06", List.of()), future));
        assertEquals("actions.error.done_future", future.keyOf("doneOn"));

        FormErrors early = FormErrors.none();
        assertNull(check(form("DONE", "x", "", "2026-05-01", "", "2026-04-30", List.of()), early));
        assertEquals("actions.error.done_before_start", early.keyOf("doneOn"));
    }

    @Test
    void datesAreCheckedAgainstEachOther() {
        FormErrors errors = FormErrors.none();
        assertNull(check(form("PLANNED", "", "", "2026-05-01", "2026-04-01", "2026-04-02", List.of()), errors));
        assertEquals("actions.error.due_before_start", errors.keyOf("dueOn"));
        assertEquals("actions.error.done_not_done", errors.keyOf("doneOn"), "only a done action has a date it was done");

        FormErrors format = FormErrors.none();
        assertNull(check(form("PLANNED", "", "", "1 May", "", "", List.of()), format));
        assertEquals("actions.error.date_format", format.keyOf("startedOn"));
    }

    @Test
    void notDoingNeedsAReasonAndAStatusMustBeKnown() {
        FormErrors errors = FormErrors.none();
        assertNull(check(form("NOT_DOING", "", "", "", "", "", List.of()), errors));
        assertEquals("actions.error.reason", errors.keyOf("notDoingReason"));
        FormErrors unknown = FormErrors.none();
        assertNull(check(form("MAYBE", "", "", "", "", "", List.of()), unknown));
        assertEquals("actions.error.status", unknown.keyOf("status"));
        FormErrors reasoned = FormErrors.none();
        assertEquals("Too costly", check(form("NOT_DOING", "", "Too costly", "", "", "", List.of()), reasoned).notDoingReason());
    }

    @Test
    void publicTextsMustBePresentShortAndIdentifyNobody() {
        FormErrors errors = FormErrors.none();
        ActionForm form = new ActionForm("", "", "Ring me on 07700 900123", "x".repeat(ActionForm.MAX_TEXT + 1), "Call 07700 1",
                "", "PLANNED", "", "", "", "", List.of("99", "abc"), List.of(), "0");
        assertNull(check(form, errors));
        assertEquals("actions.error.title_missing", errors.keyOf("title"));
        assertEquals("actions.error.identifier", errors.keyOf("youSaid"));
        assertEquals("actions.error.too_long", errors.keyOf("weDid"));
        assertEquals("actions.error.identifier", errors.keyOf("evidence"));
        assertEquals("actions.error.owner", errors.keyOf("owner"));
        assertEquals("actions.error.theme", errors.keyOf("themes"), "a theme not in the codebook");
    }

    @Test
    void aChangedVersionFieldIsATamperedForm() {
        ActionForm form = new ActionForm("", "T", "Y", "W", "", "O", "PLANNED", "", "", "", "", List.of(), List.of(), "x");
        assertThrows(TamperedFormException.class, () -> check(form, FormErrors.none()));
    }
}
