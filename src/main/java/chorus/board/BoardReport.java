package chorus.board;

import chorus.action.Action;
import chorus.action.ActionEvidence;
import chorus.dataentry.PaperQueries;
import chorus.disclosure.Cell;
import chorus.event.EventEvidence;
import chorus.i18n.Text;
import chorus.i18n.Texts;
import chorus.mvp.Mvp;
import chorus.report.Figures;
import chorus.report.ReportTable;
import chorus.staff.Organisation;
import chorus.representation.RepresentationEvidence;
import chorus.results.SurveyResults;
import chorus.survey.Survey;
import chorus.survey.SurveyCatalog;
import chorus.theme.ThemesEvidence;
import chorus.workforce.WorkforceEvidence;
import chorus.wres.WresEvidence;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The LMNS board report: for one period and scope, a summary first, then the evidence under the
 * five priorities of NHS England's equity and equality guidance. It builds nothing of its own that
 * another report already builds: every table is the results, representation or WRES report's own,
 * through the same disclosure control, so a figure reads the same on every page that shows it.
 */
@Singleton
public class BoardReport {

    /** The survey whose headline measures the board follows (its results.yml names them). */
    static final String SURVEY = "maternity-experience";
    /** The survey's question on how people go online (its measures are one per answer: online_access--own_smartphone...). */
    static final String ONLINE_ACCESS = "online_access";

    /** A part of the report: its anchor, the priority it serves, its title, notes in words and its tables. */
    public record Section(String anchor, Text priority, Text title, List<Text> notes, List<ReportTable> tables,
                          List<ThemesEvidence.Quotes> quotes) {

        Section(String anchor, Text priority, Text title, List<Text> notes, List<ReportTable> tables) {
            this(anchor, priority, title, notes, tables, List.of());
        }
    }

    /** One headline measure across the trend's periods, oldest first; null where hidden or nobody answered. */
    public record Trend(Text question, List<Double> percents) {
    }

    /**
     * The whole report: the summary's table and findings in words, the trends, and the sections.
     * {@code empty} when nothing at all was heard or answered in the period and scope.
     */
    public record Report(ReportTable summary, List<Text> findings, ReportTable trendTable, List<Trend> trends,
                         List<Text> trendPeriods, List<Section> sections, boolean empty) {
        // trendPeriods: the short labels of the trend's periods, for the chart's axis.

        /** Every table, for the CSV downloads. */
        public List<ReportTable> tables() {
            List<ReportTable> all = new ArrayList<>();
            if (summary != null) {
                all.add(summary);
                all.add(trendTable);
            }
            sections.forEach(s -> all.addAll(s.tables()));
            return all;
        }
    }

    private final SurveyCatalog catalog;
    private final SurveyResults results;
    private final RepresentationEvidence representation;
    private final ActionEvidence actions;
    private final WresEvidence wres;
    private final ThemesEvidence themes;
    private final WorkforceEvidence workforce;
    private final EventEvidence events;
    private final PaperQueries paper;
    private final Clock clock;

    BoardReport(SurveyCatalog catalog, SurveyResults results, RepresentationEvidence representation, ActionEvidence actions,
                WresEvidence wres, ThemesEvidence themes, WorkforceEvidence workforce, EventEvidence events, PaperQueries paper,
                Clock clock) {
        this.events = events;
        this.paper = paper;
        this.clock = clock;
        this.themes = themes;
        this.workforce = workforce;
        this.catalog = catalog;
        this.results = results;
        this.representation = representation;
        this.actions = actions;
        this.wres = wres;
    }

    /**
     * The report of {@code period} for the whole LMNS (both null), one MVP, or one organisation: an
     * organisation's report is of its staff, as service users' answers and events are not recorded
     * by organisation. {@code csvBase} ends with "table=".
     */
    public Report of(BoardPeriod period, Mvp mvp, Organisation organisation, String csvBase, Texts t) {
        if (organisation != null) {
            return ofOrganisation(period, organisation, t);
        }
        Long mvpId = mvp == null ? null : mvp.id();
        Optional<Survey> survey = catalog.latest(SURVEY);
        List<BoardPeriod> periods = period.trend();
        List<List<SurveyResults.Figure>> byPeriod = new ArrayList<>();
        for (BoardPeriod p : periods) {
            byPeriod.add(survey.map(s -> results.headline(s, p.from(), p.to(), mvpId, t)).orElse(List.of()));
        }
        List<SurveyResults.Figure> now = byPeriod.get(byPeriod.size() - 1);
        List<SurveyResults.Figure> before = byPeriod.get(byPeriod.size() - 2);
        RepresentationEvidence.Evidence heard = representation.of(t, mvpId, period.from(), period.to(),
                representation.lmnsPopulation(), csvBase + "representation-");
        ActionEvidence.Counts done = actions.counts(mvpId, period.from(), period.to());
        Optional<WresEvidence.Evidence> staff = mvp == null ? wres.closedIn(period.from(), period.to(), t) : Optional.empty();
        ThemesEvidence.Evidence said = themes.of(period.from(), period.to(), mvpId, csvBase + "themes", t);

        ReportTable summary = summary(now, before, csvBase, t);
        List<Text> findings = findings(heard, done, staff, said, t);
        List<Text> labels = periods.stream().map(p -> label(p, t)).toList();
        List<Trend> trends = new ArrayList<>();
        List<ReportTable.Row> trendRows = new ArrayList<>();
        for (int i = 0; i < now.size(); i++) {
            List<Double> percents = new ArrayList<>();
            List<Text> cells = new ArrayList<>();
            for (List<SurveyResults.Figure> figures : byPeriod) {
                SurveyResults.Figure figure = i < figures.size() ? figures.get(i) : null;
                percents.add(figure == null ? null : figure.percent());
                cells.add(share(figure, t));
            }
            trends.add(new Trend(now.get(i).question(), percents));
            trendRows.add(new ReportTable.Row(now.get(i).question(), cells));
        }
        ReportTable trendTable = new ReportTable("board-trend", t.ui("board.trend.caption"), t.ui("board.col.measure"), labels,
                trendRows, csvBase + "trend", null);

        List<Section> sections = new ArrayList<>();
        // Every results table by ethnic group, counted once: the headline measures go under priority 1,
        // how people go online under priority 2.
        List<SurveyResults.Table> byGroup = survey.map(s -> results.byEthnicGroup(s, period.from(), period.to(), mvpId,
                csvBase + "results-", t)).orElse(List.of());
        List<ReportTable> resultTables = byGroup.stream().filter(SurveyResults.Table::headline).map(SurveyResults.Table::table).toList();
        sections.add(new Section("restore", t.ui("board.priority.1"), t.ui("board.section.restore"),
                List.of(t.ui("board.section.restore_note")), resultTables));

        List<ReportTable> digital = new ArrayList<>();
        heard.table("table-channels").ifPresent(digital::add);
        byGroup.stream().filter(r -> r.measureId().startsWith(ONLINE_ACCESS)).map(SurveyResults.Table::table).forEach(digital::add);
        heard.table("table-languages").ifPresent(digital::add);
        sections.add(new Section("digital", t.ui("board.priority.2"), t.ui("board.section.digital"),
                List.of(t.ui("board.section.digital_note")), digital));

        List<ReportTable> complete = new ArrayList<>();
        heard.table("table-completeness").ifPresent(complete::add);
        heard.table("table-trend").ifPresent(complete::add);
        complete.add(paperTable(paper.timeliness(period.from(), period.to(), mvpId, LocalDate.now(clock)), csvBase, t));
        sections.add(new Section("data", t.ui("board.priority.3"), t.ui("board.section.data"),
                List.of(t.ui("board.section.data_note", Map.of("target", Integer.toString(representation.completenessTarget())))), complete));

        List<ReportTable> heardTables = new ArrayList<>();
        heard.table("table-groups").ifPresent(heardTables::add);
        heard.table("table-respondents").ifPresent(heardTables::add);
        heard.table("table-kinds").ifPresent(heardTables::add);
        heardTables.add(events.byLocality(period.from(), period.to(), mvpId, csvBase + "localities", t));
        heardTables.add(said.themes());
        heardTables.add(actionsTable(done, csvBase, t));
        sections.add(new Section("coproduction", t.ui("board.priority.4"), t.ui("board.section.coproduction"),
                List.of(t.ui("board.section.coproduction_note")), heardTables, said.quotes()));

        List<Text> staffNotes = new ArrayList<>();
        List<ReportTable> staffTables = new ArrayList<>();
        if (mvp != null) {
            staffNotes.add(t.ui("board.section.staff_mvp"));
        } else {
            Optional<WorkforceEvidence.Evidence> counts = workforce.latestBy(period.to(), null, t);
            if (counts.isEmpty()) {
                staffNotes.add(t.ui("board.section.workforce_none"));
            } else {
                staffNotes.add(t.ui("board.section.workforce", Map.of("snapshot", counts.get().snapshot(),
                        "taken", Figures.date(counts.get().takenOn(), t.language()).value())));
                staffTables.addAll(counts.get().tables());
            }
            if (staff.isEmpty()) {
                staffNotes.add(t.ui("board.section.staff_none"));
            } else {
                staffNotes.add(t.ui("board.section.staff_round", Map.of("round", staff.get().round().name(),
                        "closes", Figures.date(staff.get().round().closesOn(), t.language()).value())));
                staff.get().indicators().forEach(i -> staffTables.addAll(i.tables()));
            }
        }
        sections.add(new Section("staff", t.ui("board.priority.5"), t.ui("board.section.staff"), staffNotes, staffTables));

        boolean empty = heard.events() == 0 && heard.respondentTables().isEmpty() && staff.isEmpty() && said.top().isEmpty()
                && done.doneInPeriod() == 0;
        return new Report(summary, findings, trendTable, trends, periods.stream().map(p -> shortLabel(p, t)).toList(), sections, empty);
    }

    /**
     * An organisation's staff: WRES 1 to 4 and 9 for its staff groups, and 5 to 8 from the newest
     * round closed in the period, whose tables show each organisation by name. No summary table or
     * trend of service users' measures, which are not recorded by organisation.
     */
    private Report ofOrganisation(BoardPeriod period, Organisation organisation, Texts t) {
        List<Text> notes = new ArrayList<>();
        List<ReportTable> tables = new ArrayList<>();
        Optional<WorkforceEvidence.Evidence> counts = workforce.latestBy(period.to(), organisation, t);
        if (counts.isEmpty()) {
            notes.add(t.ui("board.section.workforce_none"));
        } else {
            notes.add(t.ui("board.section.workforce_organisation", Map.of("snapshot", counts.get().snapshot(),
                    "taken", Figures.date(counts.get().takenOn(), t.language()).value())));
            tables.addAll(counts.get().tables());
        }
        Optional<WresEvidence.Evidence> staff = wres.closedIn(period.from(), period.to(), t);
        if (staff.isEmpty()) {
            notes.add(t.ui("board.section.staff_none"));
        } else {
            notes.add(t.ui("board.section.staff_round", Map.of("round", staff.get().round().name(),
                    "closes", Figures.date(staff.get().round().closesOn(), t.language()).value())));
            staff.get().indicators().forEach(i -> tables.addAll(i.tables()));
        }
        List<Text> findings = new ArrayList<>(List.of(t.ui("board.finding.organisation")));
        staff.ifPresent(s -> findings.add(t.ui("board.finding.staff", Map.of("round", s.round().name()))));
        Section section = new Section("staff", t.ui("board.priority.5"), t.ui("board.section.staff"), notes, tables);
        return new Report(null, findings, null, List.of(), List.of(), List.of(section), counts.isEmpty() && staff.isEmpty());
    }

    /** The period as a chart's axis has room for it: "Jul–Sep 2026", "Apr 2026–Mar 2027". */
    static Text shortLabel(BoardPeriod period, Texts t) {
        return Text.of(Figures.shortPeriod(period.from(), period.to(), t.language()));
    }

    /** "July 2026 to September 2026", "April 2026 to March 2027" in the reader's language. */
    static Text label(BoardPeriod period, Texts t) {
        return t.ui("board.period", Map.of("from", Figures.month(period.from(), t.language()).value(),
                "to", Figures.month(period.to(), t.language()).value()));
    }

    private static ReportTable summary(List<SurveyResults.Figure> now, List<SurveyResults.Figure> before, String csvBase, Texts t) {
        List<ReportTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < now.size(); i++) {
            SurveyResults.Figure current = now.get(i);
            SurveyResults.Figure previous = i < before.size() ? before.get(i) : null;
            rows.add(new ReportTable.Row(current.question(), List.of(share(current, t), Figures.count(current.answered(), t),
                    share(previous, t), change(current, previous, t))));
        }
        return new ReportTable("board-summary", t.ui("board.summary.caption"), t.ui("board.col.measure"),
                List.of(t.ui("board.col.now"), t.ui("board.col.answered"), t.ui("board.col.before"), t.ui("board.col.change")),
                rows, csvBase + "summary", null);
    }

    private static Text share(SurveyResults.Figure figure, Texts t) {
        if (figure == null) {
            return Figures.notAvailable(t);
        }
        if (figure.answered() instanceof Cell.Suppressed hidden) {
            return Figures.hidden(hidden, t);
        }
        return figure.percent() == null ? Figures.notAvailable(t) : Figures.percent(figure.percent(), t);
    }

    /** The change in percentage points, from two published shares only: never from a hidden one. */
    private static Text change(SurveyResults.Figure now, SurveyResults.Figure before, Texts t) {
        if (now == null || before == null || now.percent() == null || before.percent() == null) {
            return Figures.notAvailable(t);
        }
        return Figures.points(now.percent() - before.percent());
    }

    private static List<Text> findings(RepresentationEvidence.Evidence heard, ActionEvidence.Counts done,
                                       Optional<WresEvidence.Evidence> staff, ThemesEvidence.Evidence said, Texts t) {
        List<Text> findings = new ArrayList<>();
        // Numbers as text: a report writes its figures in the digits 0 to 9 in every language, as its tables do.
        findings.add(t.ui("board.finding.events", Map.of("n", Integer.toString(heard.events()))));
        findings.add(heard.under().isEmpty() ? t.ui("board.finding.voices_under_none")
                : t.ui("board.finding.voices_under", Map.of("groups", String.join(", ", heard.under()))));
        if (!heard.respondentTables().isEmpty()) {
            findings.add(heard.respondentsUnder().isEmpty() ? t.ui("board.finding.respondents_under_none")
                    : t.ui("board.finding.respondents_under", Map.of("groups", String.join(", ", heard.respondentsUnder()))));
        }
        findings.add(said.top().isEmpty() ? t.ui("board.finding.themes_none") : t.ui("board.finding.themes",
                Map.of("themes", String.join(", ", said.top().stream().map(Text::value).toList()))));
        findings.add(t.ui("board.finding.actions", Map.of("done", Integer.toString(done.doneInPeriod()),
                "open", Integer.toString(done.byStatus().get(Action.Status.PLANNED) + done.byStatus().get(Action.Status.IN_PROGRESS)))));
        staff.ifPresent(s -> findings.add(t.ui("board.finding.staff", Map.of("round", s.round().name()))));
        return findings;
    }

    private static ReportTable paperTable(PaperQueries.Timeliness paper, String csvBase, Texts t) {
        List<ReportTable.Row> rows = List.of(
                new ReportTable.Row(t.ui("board.paper.batches"), List.of(Text.of(Integer.toString(paper.batches())))),
                new ReportTable.Row(t.ui("board.paper.keyed"), List.of(Text.of(Integer.toString(paper.keyed())))),
                new ReportTable.Row(t.ui("board.paper.confirmed"), List.of(Text.of(Integer.toString(paper.confirmed())))),
                new ReportTable.Row(t.ui("board.paper.waiting"), List.of(Text.of(Integer.toString(paper.waiting())))),
                new ReportTable.Row(t.ui("board.paper.late", Map.of("days", Integer.toString(PaperQueries.LATE_AFTER_DAYS))),
                        List.of(Text.of(Integer.toString(paper.late())))));
        return new ReportTable("board-paper", t.ui("board.paper.caption"), t.ui("board.paper.heading"),
                List.of(t.ui("board.paper.number")), rows, csvBase + "paper", null);
    }

    private static ReportTable actionsTable(ActionEvidence.Counts counts, String csvBase, Texts t) {
        List<ReportTable.Row> rows = new ArrayList<>();
        for (Action.Status status : Action.Status.values()) {
            String key = status.labelKey();
            rows.add(new ReportTable.Row(t.ui(key), List.of(Text.of(Integer.toString(counts.byStatus().get(status))))));
        }
        return new ReportTable("board-actions", t.ui("board.actions.caption"), t.ui("board.col.status"),
                List.of(t.ui("board.col.actions")), rows, csvBase + "actions", null);
    }
}
