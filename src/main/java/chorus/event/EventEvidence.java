package chorus.event;

import chorus.i18n.Text;
import chorus.i18n.Texts;
import chorus.report.ReportTable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The listening events held in a period, by locality, for the board report: where the MVPs went.
 * Events are not people, so the counts need no disclosure control.
 */
@Singleton
public class EventEvidence {

    private final EventRepository events;

    EventEvidence(EventRepository events) {
        this.events = events;
    }

    /** One row per locality as recorded (the rest under "not recorded"), most events first. */
    public ReportTable byLocality(LocalDate from, LocalDate to, Long mvpId, String csvHref, Texts t) {
        Map<String, int[]> counts = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (EventRow event : events.list(mvpId, from, to)) {
            String locality = event.locality() == null || event.locality().isBlank() ? "" : event.locality().strip();
            int[] count = counts.computeIfAbsent(locality, k -> new int[2]);
            count[0]++;
            if (event.online()) {
                count[1]++;
            }
        }
        List<Map.Entry<String, int[]>> ordered = new ArrayList<>(counts.entrySet());
        ordered.sort(Comparator.comparing((Map.Entry<String, int[]> e) -> -e.getValue()[0]).thenComparing(Map.Entry::getKey));
        List<ReportTable.Row> rows = new ArrayList<>();
        for (Map.Entry<String, int[]> entry : ordered) {
            // A locality is as the MVP typed it, in English: marked so, whatever the page's language.
            Text name = entry.getKey().isEmpty() ? t.ui("board.events.no_locality") : new Text(entry.getKey(), "en");
            rows.add(new ReportTable.Row(name, List.of(Text.of(Integer.toString(entry.getValue()[0])),
                    Text.of(Integer.toString(entry.getValue()[1])))));
        }
        return new ReportTable("board-localities", t.ui("board.events.caption"), t.ui("board.events.locality"),
                List.of(t.ui("board.events.held"), t.ui("board.events.online")), rows, csvHref, null);
    }
}
