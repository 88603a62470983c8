package chorus.representation;

import chorus.disclosure.Count;
import chorus.disclosure.DisclosurePolicies;
import chorus.disclosure.DisclosurePolicy;
import chorus.i18n.Texts;
import chorus.report.ReportTable;
import chorus.survey.EthnicCategory.Group;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Who was heard in a period, as tables: the representation report's, and the board report's
 * section on co-production and complete data, which quotes the same tables.
 */
@Singleton
public class RepresentationEvidence {

    /**
     * The tables of the people heard at events (none without events) and of the survey respondents
     * (none without responses), the groups each under-represents, and the births baseline if any.
     * {@code tables} are, in order: groups, categories, completeness, trend, deprivation, kinds, languages.
     */
    public record Evidence(List<ReportTable> tables, List<String> under, int events, List<ReportTable> respondentTables,
                           List<String> respondentsUnder, Baselines.Comparison births) {

        public List<ReportTable> all() {
            List<ReportTable> all = new ArrayList<>(tables);
            all.addAll(respondentTables);
            return all;
        }

        /** The table of this id ("table-completeness", "table-respondents"...), if the evidence has it. */
        public java.util.Optional<ReportTable> table(String id) {
            return all().stream().filter(t -> t.id().equals(id)).findFirst();
        }
    }

    private final HeardQueries heard;
    private final Baselines baselines;
    private final DisclosurePolicy policy;
    private final int completenessTarget;

    RepresentationEvidence(HeardQueries heard, Baselines baselines, DisclosurePolicies policies, RepresentationSettings settings) {
        this.heard = heard;
        this.baselines = baselines;
        this.policy = policies.serviceUsers();
        this.completenessTarget = settings.completenessTarget();
    }

    /** The share of people heard with an ethnic group recorded that counts as complete (90% unless configured). */
    public int completenessTarget() {
        return completenessTarget;
    }

    /** The whole-LMNS population baseline, the default comparison, or null when there is none. */
    public Baselines.Comparison lmnsPopulation() {
        return baselines.comparison(Baselines.LMNS).orElse(null);
    }

    /**
     * No tables of voices for a period without events, nor of respondents without responses: a page
     * of zeros would say nothing plainly. Respondents are compared with births (the LMNS-wide births
     * baseline) when there is one, else with {@code population}. {@code csvBase} ends with "table=".
     */
    public Evidence of(Texts t, Long mvpId, LocalDate from, LocalDate to, Baselines.Comparison population, String csvBase) {
        Map<Group, Double> shares = population == null ? null : population.groupShares();
        RepresentationReport report = new RepresentationReport(t, policy, csvBase);
        Baselines.Comparison births = baselines.lmns(Baseline.Kind.BIRTHS).orElse(null);
        Map<Group, Double> respondentShares = births != null ? births.groupShares() : shares;
        Map<String, Heard> byChannel = heard.respondents(from, to, mvpId);
        Heard respondents = HeardQueries.together(byChannel);
        List<ReportTable> respondentTables = respondents.people().equals(Count.NONE) ? List.of()
                : List.of(report.respondents(respondents, respondentShares, births != null), report.channels(byChannel, respondentShares));
        List<String> respondentsUnder = respondents.people().equals(Count.NONE) ? List.of()
                : report.underRepresented(respondents, respondentShares);
        Heard now = heard.heard(from, to, mvpId);
        if (now.events == 0) {
            return new Evidence(List.of(), List.of(), 0, respondentTables, respondentsUnder, births);
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        LocalDate beforeTo = from.minusDays(1);
        LocalDate beforeFrom = beforeTo.minusDays(days - 1);
        Heard before = heard.heard(beforeFrom, beforeTo, mvpId);
        List<ReportTable> tables = List.of(report.groups(now, shares), report.categories(now), report.completeness(now),
                report.trend(now, before, RepresentationController.period(from, to, t).value(),
                        RepresentationController.period(beforeFrom, beforeTo, t).value(), completenessTarget),
                report.deprivation(now), report.kinds(now), report.languages(now));
        return new Evidence(tables, report.underRepresented(now, shares), now.events, respondentTables, respondentsUnder, births);
    }
}
