package chorus.action;

import chorus.web.DateField;
import chorus.web.FormErrors;
import chorus.web.FormFields;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The action form as typed, kept to show back on errors. {@code mvp} is an MVP id, or empty for the
 * whole LMNS; {@code themes} and {@code items} the ticked theme and item ids.
 */
record ActionForm(String mvp, String title, String youSaid, String weDid, String evidence, String owner, String status,
                  String notDoingReason, String startedOn, String dueOn, String doneOn, List<String> themes,
                  List<String> items, String version) {

    static final int MAX_TITLE = 200;
    static final int MAX_SAID = 2000;
    static final int MAX_TEXT = 4000;
    static final int MAX_OWNER = 200;

    /** What the checks found: the action's fields, the theme ids and the item ids. */
    record Checked(Long mvpId, String title, String youSaid, String weDid, String evidence, String owner, Action.Status status,
                   String notDoingReason, LocalDate startedOn, LocalDate dueOn, LocalDate doneOn, Set<Long> themes,
                   List<String> items, int version) {
    }

    static ActionForm empty(String mvp) {
        return new ActionForm(mvp, "", "", "", "", "", Action.Status.PLANNED.name(), "", "", "", "", List.of(), List.of(), "0");
    }

    static ActionForm of(Actions.Linked linked) {
        Action a = linked.action();
        return new ActionForm(a.mvpId() == null ? "" : a.mvpId().toString(), a.title(), a.youSaid(), a.weDid(), text(a.evidence()),
                a.owner(), a.status().name(), text(a.notDoingReason()), date(a.startedOn()), date(a.dueOn()), date(a.doneOn()),
                linked.themes().stream().map(String::valueOf).toList(), linked.items(), String.valueOf(a.version()));
    }

    static ActionForm of(FormFields fields) {
        return new ActionForm(fields.text("mvp"), fields.text("title"), fields.text("youSaid"), fields.text("weDid"),
                fields.text("evidence"), fields.text("owner"), fields.text("status"), fields.text("notDoingReason"),
                fields.text("startedOn"), fields.text("dueOn"), fields.text("doneOn"), fields.all("themes"), fields.all("items"),
                fields.text("version"));
    }

    boolean hasTheme(String id) {
        return themes.contains(id);
    }

    boolean hasItem(String id) {
        return items.contains(id);
    }

    /**
     * The checked action, or null with {@code errors} filled. {@code themeKnown} says whether a theme id
     * is one of the codebook's active themes; {@code identifiers} names what in a public text could
     * identify a person (empty when nothing).
     */
    Checked check(FormErrors errors, LocalDate today, Long mvpId, Function<String, Long> themeKnown,
                  Function<String, Boolean> identifies) {
        required(errors, "title", title, MAX_TITLE, "actions.error.title_missing", identifies);
        required(errors, "youSaid", youSaid, MAX_SAID, "actions.error.you_said_missing", identifies);
        required(errors, "weDid", weDid, MAX_TEXT, "actions.error.we_did_missing", identifies);
        if (owner.isEmpty()) {
            errors.add("owner", "actions.error.owner");
        } else if (owner.length() > MAX_OWNER) {
            errors.add("owner", "actions.error.too_long", Map.of("max", MAX_OWNER));
        }
        Action.Status chosen = status(errors);
        LocalDate started = DateField.optional(startedOn, "startedOn", "actions.error.date_format", errors);
        LocalDate due = DateField.optional(dueOn, "dueOn", "actions.error.date_format", errors);
        LocalDate done = DateField.optional(doneOn, "doneOn", "actions.error.date_format", errors);
        if (started != null && due != null && due.isBefore(started)) {
            errors.add("dueOn", "actions.error.due_before_start");
        }
        if (chosen == Action.Status.DONE) {
            if (doneOn.isEmpty()) {
                errors.add("doneOn", "actions.error.done_on");
            } else if (done != null && done.isAfter(today)) {
                errors.add("doneOn", "actions.error.done_future");
            } else if (done != null && started != null && done.isBefore(started)) {
                errors.add("doneOn", "actions.error.done_before_start");
            }
            if (evidence.isEmpty()) {
                errors.add("evidence", "actions.error.evidence");
            }
        } else if (!doneOn.isEmpty()) {
            errors.add("doneOn", "actions.error.done_not_done");
        }
        if (!evidence.isEmpty()) {
            if (evidence.length() > MAX_TEXT) {
                errors.add("evidence", "actions.error.too_long", Map.of("max", MAX_TEXT));
            } else if (identifies.apply(evidence)) {
                errors.add("evidence", "actions.error.identifier");
            }
        }
        if (chosen == Action.Status.NOT_DOING && notDoingReason.isEmpty()) {
            errors.add("notDoingReason", "actions.error.reason");
        } else if (notDoingReason.length() > MAX_SAID) {
            errors.add("notDoingReason", "actions.error.too_long", Map.of("max", MAX_SAID));
        }
        Set<Long> themeIds = new java.util.TreeSet<>();
        for (String theme : themes) {
            Long id = themeKnown.apply(theme);
            if (id == null) {
                errors.add("themes", "actions.error.theme");
            } else {
                themeIds.add(id);
            }
        }
        if (!version.matches("[0-9]{1,9}")) {
            throw new chorus.system.TamperedFormException("the action's version is not a number");
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new Checked(mvpId, title, youSaid, weDid, blankToNull(evidence), owner, chosen,
                chosen == Action.Status.NOT_DOING ? notDoingReason : blankToNull(notDoingReason), started, due, done,
                themeIds, items.stream().distinct().toList(), Integer.parseInt(version));
    }

    private Action.Status status(FormErrors errors) {
        for (Action.Status s : Action.Status.values()) {
            if (s.name().equals(status)) {
                return s;
            }
        }
        errors.add("status", "actions.error.status");
        return null;
    }

    private static void required(FormErrors errors, String field, String value, int max, String missingKey,
                                 Function<String, Boolean> identifies) {
        if (value.isEmpty()) {
            errors.add(field, missingKey);
        } else if (value.length() > max) {
            errors.add(field, "actions.error.too_long", Map.of("max", max));
        } else if (identifies.apply(value)) {
            errors.add(field, "actions.error.identifier");
        }
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String date(LocalDate value) {
        return value == null ? "" : value.toString();
    }
}
