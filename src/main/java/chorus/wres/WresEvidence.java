package chorus.wres;

import chorus.i18n.Text;
import chorus.i18n.Texts;
import chorus.report.ReportTable;
import chorus.staff.Round;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The WRES report as the board report quotes it: the newest staff survey round that closed within a
 * period, each indicator with its tables (White and BME staff, the previous round, the national
 * comparators), built and protected exactly as the WRES report page builds them.
 */
@Singleton
public class WresEvidence {

    /** One indicator: its title, what it measures, and its tables. */
    public record Indicator(String anchor, Text title, Text definition, List<ReportTable> tables) {
    }

    /** The round reported, the round it is compared with (null for the first), and the indicators. */
    public record Evidence(Round round, Round previous, List<Indicator> indicators) {
    }

    private final WresQueries rounds;
    private final WresReport report;

    WresEvidence(WresQueries rounds, WresReport report) {
        this.rounds = rounds;
        this.report = report;
    }

    /** The newest round closing from {@code from} to {@code to}, if any closed then. */
    public Optional<Evidence> closedIn(LocalDate from, LocalDate to, Texts t) {
        return rounds.rounds().stream().filter(r -> !r.closesOn().isBefore(from) && !r.closesOn().isAfter(to))
                .max(Comparator.comparing(Round::closesOn).thenComparing(Round::id))
                .flatMap(r -> report.page(r.id(), t))
                .map(p -> new Evidence(p.round(), p.previous(), p.sections().stream()
                        .map(s -> new Indicator(s.anchor(), s.title(), s.definition(),
                                s.parts().stream().map(WresReport.Part::table).toList())).toList()));
    }

    /** Where the round's whole WRES report is. */
    public static String href(Round round) {
        return "/reports/wres/" + round.id();
    }
}
