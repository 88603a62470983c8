package chorus.event;

import chorus.web.FormFields;
import chorus.web.DateField;
import chorus.web.FormErrors;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The event form as typed, kept to show back on errors. Languages are the ticked shipped
 * languages' tags plus {@code otherLanguages}, a comma-separated list of names.
 */
public record EventForm(String kind, String heldOn, boolean online, String place, String locality, String partnerOrganisation,
                        List<String> languages, String otherLanguages, boolean interpreterPresent, String attendance, String mvp) {

    static final int MAX_ATTENDANCE = 100_000;
    static final int MAX_LANGUAGE = 35;

    static EventForm empty() {
        return new EventForm("", "", false, "", "", "", List.of(), "", false, "", "");
    }

    static EventForm of(ListeningEvent event, Set<String> shipped) {
        List<String> own = event.languages().stream().filter(shipped::contains).toList();
        String others = String.join(", ", event.languages().stream().filter(l -> !shipped.contains(l)).toList());
        return new EventForm(event.kind().name(), event.heldOn().toString(), event.online(), nonNull(event.place()),
                nonNull(event.locality()), nonNull(event.partnerOrganisation()), own, others, event.interpreterPresent(),
                String.valueOf(event.attendance()), String.valueOf(event.mvpId()));
    }

    static EventForm of(FormFields fields) {
        return new EventForm(fields.text("kind"), fields.text("heldOn"), fields.ticked("online"), fields.text("place"),
                fields.text("locality"), fields.text("partnerOrganisation"), fields.all("languages"), fields.text("otherLanguages"),
                fields.ticked("interpreterPresent"), fields.text("attendance"), fields.text("mvp"));
    }

    public boolean speaks(String tag) {
        return languages.contains(tag);
    }

    /**
     * The checked details, or null with {@code errors} filled. {@code counted} is how many people the
     * event's tallies and about-you responses already count: attendance may not fall below it.
     */
    EventDetails check(FormErrors errors, LocalDate today, Set<String> shipped, int counted) {
        EventKind chosen = EventKind.of(kind).orElse(null);
        if (chosen == null) {
            errors.add("kind", "events.error.kind");
        }
        LocalDate date = date(errors, today);
        tooLong(errors, "place", place, 200);
        tooLong(errors, "locality", locality, 100);
        tooLong(errors, "partnerOrganisation", partnerOrganisation, 200);
        List<String> spoken = spoken(errors, shipped);
        Integer people = people(errors, counted);
        if (!errors.isEmpty()) {
            return null;
        }
        return new EventDetails(chosen, date, online, blankToNull(place), blankToNull(locality), blankToNull(partnerOrganisation),
                interpreterPresent, people, spoken);
    }

    private LocalDate date(FormErrors errors, LocalDate today) {
        if (heldOn.isEmpty()) {
            errors.add("heldOn", "events.error.date_missing");
            return null;
        }
        LocalDate date = DateField.required(heldOn, "heldOn", "events.error.date_format", errors);
        if (date != null && date.isAfter(today)) {
            errors.add("heldOn", "events.error.date_future");
        } else if (date != null && date.getYear() < 2000) {
            errors.add("heldOn", "events.error.date_format");
        }
        return date;
    }

    private List<String> spoken(FormErrors errors, Set<String> shipped) {
        Set<String> all = new LinkedHashSet<>();
        for (String tag : languages) {
            if (!shipped.contains(tag)) {
                throw new chorus.system.TamperedFormException("a language the form does not offer");
            }
            all.add(tag);
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String name : otherLanguages.split("[,،、]")) {
            String language = name.strip();
            if (language.isEmpty() || !seen.add(language.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (language.length() > MAX_LANGUAGE) {
                errors.add("otherLanguages", "events.error.language_long", Map.of("max", MAX_LANGUAGE));
            }
            all.add(language);
        }
        return new ArrayList<>(all);
    }

    private Integer people(FormErrors errors, int counted) {
        if (!attendance.matches("[0-9]{1,6}") || Integer.parseInt(attendance) > MAX_ATTENDANCE) {
            errors.add("attendance", "events.error.attendance", Map.of("max", MAX_ATTENDANCE));
            return null;
        }
        int people = Integer.parseInt(attendance);
        if (people < counted) {
            errors.add("attendance", "events.error.attendance_counted", Map.of("counted", counted));
        }
        return people;
    }

    private static void tooLong(FormErrors errors, String field, String value, int max) {
        if (value.length() > max) {
            errors.add(field, "events.error.too_long", Map.of("max", max));
        }
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
