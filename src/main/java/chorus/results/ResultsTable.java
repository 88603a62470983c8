package chorus.results;

import chorus.disclosure.Cell;
import chorus.disclosure.Count;
import chorus.disclosure.DisclosureControl;
import chorus.disclosure.DisclosurePolicy;
import chorus.disclosure.ProtectedBreakdown;
import chorus.i18n.Text;
import chorus.i18n.Texts;
import chorus.report.BarChart;
import chorus.report.Figures;
import chorus.report.ReportTable;
import chorus.stats.Interval;
import chorus.stats.Proportions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * One measure divided one way, as the page, its chart and its CSV publish it: for each group the
 * number who answered, the share who gave the counted answers with its 95% Wilson interval, and the
 * gap to the comparison group with its 95% interval (Newcombe's hybrid score method), said in words.
 *
 * <p>The numbers answering are one breakdown with its total through {@link DisclosureControl}: each
 * perturbed by its people's keys, a group below the minimum hidden with enough others that it cannot
 * be worked out from the total. A share is the perturbed number who gave the answer out of the
 * published number answering, so it hides with it; every gap and interval is worked out from
 * published figures only, so the page, the chart and the CSV agree and reveal nothing more.
 */
final class ResultsTable {

    /**
     * A group of the breakdown.
     *
     * @param comparable false for "not stated": no gap is worked out for it
     */
    record Group(String key, Text label, boolean reference, boolean comparable) {
    }

    /** A group's published figures; rate null when hidden or nobody answered. */
    record Published(Cell n, Integer happened, Integer count) {

        boolean hasRate() {
            return happened != null && count != null && count > 0;
        }

        double percent() {
            return 100.0 * happened / count;
        }

        Interval interval() {
            return Proportions.wilson(happened, count);
        }
    }

    private ResultsTable() {
    }

    /**
     * Everyone's figures for one measure: the total that the table's last row shows, protected with
     * its groups exactly as the table protects it, so a figure quoted elsewhere is the table's own.
     */
    static Published everyone(Measure measure, boolean severalAnswers, List<Group> groups, Tallies tallies,
                              DisclosurePolicy policy) {
        List<Count> answered = new ArrayList<>();
        Count allChose = Count.NONE;
        for (Group group : groups) {
            answered.add(tallies.answered(measure, severalAnswers, group.key()));
            allChose = allChose.plus(tallies.chose(measure.questionId(), measure.counted(), group.key()));
        }
        return published(DisclosureControl.protect(answered, policy).total(), allChose, policy);
    }

    static ReportTable of(String id, Text caption, Measure measure, boolean severalAnswers, Text rowHeading,
                          List<Group> groups, Tallies tallies, DisclosurePolicy policy, String csvHref, Texts t) {
        List<Count> answered = new ArrayList<>();
        Count everyone = Count.NONE;
        Count allChose = Count.NONE;
        List<Count> chose = new ArrayList<>();
        for (Group group : groups) {
            Count n = tallies.answered(measure, severalAnswers, group.key());
            Count yes = tallies.chose(measure.questionId(), measure.counted(), group.key());
            answered.add(n);
            chose.add(yes);
            everyone = everyone.plus(n);
            allChose = allChose.plus(yes);
        }
        ProtectedBreakdown protectedN = DisclosureControl.protect(answered, policy);
        List<Published> published = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            published.add(published(protectedN.categories().get(i), chose.get(i), policy));
        }
        Published total = published(protectedN.total(), allChose, policy);
        Group reference = groups.stream().filter(Group::reference).findFirst().orElseThrow();
        Published referenceFigures = published.get(groups.indexOf(reference));

        List<ReportTable.Row> rows = new ArrayList<>();
        List<BarChart.Bar> bars = new ArrayList<>();
        Double comparator = referenceFigures.hasRate() ? referenceFigures.percent() : null;
        for (int i = 0; i < groups.size(); i++) {
            Group group = groups.get(i);
            Published figures = published.get(i);
            rows.add(new ReportTable.Row(group.label(), cells(group, figures, reference, referenceFigures, t)));
            bars.add(BarChart.Bar.rate(group.label(), figures.n(), figures.hasRate() ? figures.percent() : null,
                    figures.hasRate() ? figures.interval() : null, comparator, t));
        }
        Text everyoneLabel = t.ui("results.row.everyone");
        rows.add(new ReportTable.Row(everyoneLabel, cells(null, total, reference, referenceFigures, t)));
        List<Text> columns = List.of(t.ui("results.col.answered"), t.ui("results.col.share"), t.ui("results.col.interval"),
                t.ui("results.col.gap", Map.of("group", reference.label().value())), t.ui("results.col.difference"));
        // Charts for the headline measures only: a chart beside each of thirty tables would bury the few
        // the board follows, and make the page slow to read on a phone and for a screen reader.
        BarChart.Chart chart = measure.headline() ? BarChart.of(id + "-chart", t.ui("results.chart.title",
                Map.of("caption", caption.value())), bars, t.language().rightToLeft(), t) : null;
        return new ReportTable(id, caption, rowHeading, columns, rows, csvHref, chart);
    }

    private static Published published(Cell n, Count chose, DisclosurePolicy policy) {
        OptionalInt happened = DisclosureControl.numerator(chose, n, policy);
        Integer count = n instanceof Cell.Shown shown ? shown.count() : null;
        return new Published(n, happened.isPresent() ? happened.getAsInt() : null, count);
    }

    /** group null for the row of everyone, which is compared with nobody. */
    private static List<Text> cells(Group group, Published figures, Group reference, Published referenceFigures, Texts t) {
        List<Text> cells = new ArrayList<>();
        cells.add(Figures.count(figures.n(), t));
        if (figures.n() instanceof Cell.Suppressed hidden) {
            cells.add(Figures.hidden(hidden, t));
            cells.add(Figures.hidden(hidden, t));
        } else if (figures.hasRate()) {
            cells.add(Figures.percent(figures.percent(), t));
            cells.add(Figures.interval(figures.interval(), t));
        } else {
            cells.add(Figures.notAvailable(t));
            cells.add(Figures.notAvailable(t));
        }
        if (group != null && group.reference()) {
            cells.add(Figures.notAvailable(t));
            cells.add(t.ui("results.difference.reference"));
        } else if (group != null && group.comparable() && figures.hasRate() && referenceFigures.hasRate()) {
            Interval gap = Proportions.difference(figures.happened(), figures.count(), referenceFigures.happened(),
                    referenceFigures.count());
            double points = figures.percent() - referenceFigures.percent();
            cells.add(t.ui("results.gap", Map.of("points", Figures.points(points).value(),
                    "lower", Figures.oneDecimal(100 * gap.lower()), "upper", Figures.oneDecimal(100 * gap.upper()))));
            String key = gap.lower() > 0 ? "results.difference.higher" : gap.upper() < 0 ? "results.difference.lower"
                    : "results.difference.unclear";
            cells.add(t.ui(key, Map.of("group", reference.label().value())));
        } else {
            cells.add(Figures.notAvailable(t));
            cells.add(Figures.notAvailable(t));
        }
        return cells;
    }
}
