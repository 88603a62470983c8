package chorus.workforce;

import chorus.disclosure.DisclosurePolicies;
import chorus.disclosure.RecordKeys;
import chorus.i18n.Texts;
import chorus.report.ReportTable;
import chorus.staff.Organisation;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * WRES indicators 1 to 4 and 9 as the board report quotes them: from the newest workforce snapshot
 * taken by the end of a period, by organisation, built and protected as the workforce report does.
 */
@Singleton
public class WorkforceEvidence {

    /** The snapshot's name and day, and its indicator tables. */
    public record Evidence(String snapshot, LocalDate takenOn, List<ReportTable> tables) {
    }

    private final WorkforceStore store;
    private final DisclosurePolicies policies;
    private final RecordKeys keys;

    WorkforceEvidence(WorkforceStore store, DisclosurePolicies policies, RecordKeys keys) {
        this.store = store;
        this.policies = policies;
        this.keys = keys;
    }

    /**
     * By organisation, or with {@code organisation} set that organisation's staff groups. Empty when
     * no snapshot was taken by {@code to}, or the newest one has no counts for the view.
     */
    public Optional<Evidence> latestBy(LocalDate to, Organisation organisation, Texts t) {
        Optional<Snapshot> snapshot = store.snapshots().stream().filter(s -> !s.takenOn().isAfter(to))
                .max(Comparator.comparing(Snapshot::takenOn).thenComparing(Snapshot::id));
        if (snapshot.isEmpty()) {
            return Optional.empty();
        }
        List<Organisation> organisations = store.organisations();
        WorkforceReport.View view = organisation == null ? new WorkforceReport.View(WorkforceReport.View.BY_ORGANISATION, null)
                : new WorkforceReport.View("organisation-" + organisation.code(), organisation.id());
        WorkforceReport report = new WorkforceReport(snapshot.get().name(), store.counts(snapshot.get().id()), keys, organisations,
                view, policies.staff(), t, "?snapshot=" + snapshot.get().id() + "&view="
                        + java.net.URLEncoder.encode(view.code(), java.nio.charset.StandardCharsets.UTF_8));
        return report.empty() ? Optional.empty()
                : Optional.of(new Evidence(snapshot.get().name(), snapshot.get().takenOn(), report.tables()));
    }
}
