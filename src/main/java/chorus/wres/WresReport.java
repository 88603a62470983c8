package chorus.wres;

import chorus.staff.Round;
import chorus.disclosure.Cell;
import chorus.disclosure.DisclosureControl;
import chorus.disclosure.DisclosurePolicies;
import chorus.disclosure.DisclosurePolicy;
import chorus.disclosure.Count;
import chorus.i18n.Text;
import chorus.i18n.Texts;
import chorus.report.BarChart;
import chorus.report.Figures;
import chorus.report.ReportTable;
import chorus.stats.RelativeLikelihood;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * WRES indicators 5 to 8 for one staff survey round: LMNS-wide (against the previous round and the
 * national figures), by organisation and by staff group. Every table is built from
 * {@link WresBreakdown}s, so every figure on the page, in the charts and in the CSV files has been
 * through disclosure control with the staff policy, perturbed by the keys of the staff behind it.
 */
@Singleton
class WresReport {

    /** Staff group answers of the staff survey, with the interface-text key of each. */
    static final Map<String, String> STAFF_GROUPS = staffGroups();
    static final String NOT_GIVEN = "not_given";
    static final List<String> BREAKDOWNS = List.of("lmns", "organisation", "staff-group");

    /** A table under its heading. */
    public record Part(Text heading, ReportTable table) {
    }

    /** One indicator's section of the page. */
    public record Section(String anchor, Text title, Text definition, List<Part> parts) {
    }

    /**
     * The whole report; previous is null when there was no earlier round. Even the number of staff
     * who answered is a published figure, so it too has been through disclosure control.
     */
    public record Page(Round round, Round previous, Cell respondents, List<Section> sections) {
    }

    private final WresQueries rounds;
    private final Comparators comparators;
    private final DisclosurePolicy policy;
    private final boolean dontKnowInDenominator;

    WresReport(WresQueries rounds, Comparators comparators, DisclosurePolicies policies,
               WresSettings settings) {
        boolean dontKnowInDenominator = settings.careerDontKnowInDenominator();
        this.rounds = rounds;
        this.comparators = comparators;
        this.policy = policies.staff();
        this.dontKnowInDenominator = dontKnowInDenominator;
    }

    boolean dontKnowInDenominator() {
        return dontKnowInDenominator;
    }

    int minimum() {
        return policy.minimum();
    }

    Optional<Page> page(long roundId, Texts t) {
        return rounds.round(roundId).map(round -> page(round, t));
    }

    Optional<ReportTable> table(long roundId, int indicator, String breakdown, Texts t) {
        return page(roundId, t).flatMap(p -> p.sections().stream().flatMap(s -> s.parts().stream())
                .map(Part::table).filter(table -> table.id().equals(tableId(indicator, breakdown))).findFirst());
    }

    private Page page(Round round, Texts t) {
        Data current = data(round);
        Round previous = rounds.previous(round).orElse(null);
        Data before = previous == null ? null : data(previous);
        Map<WresIndicator, Comparators.Comparator> national = comparators.of(round.id());
        List<Section> sections = new ArrayList<>();
        for (WresIndicator indicator : WresIndicator.values()) {
            sections.add(section(indicator, round, current, previous, before, national.get(indicator), t));
        }
        Cell respondents = DisclosureControl.protect(List.of(current.respondents().stream().map(Respondent::people)
                .reduce(Count.NONE, Count::plus)), policy).total();
        return new Page(round, previous, respondents, List.copyOf(sections));
    }

    /** A round's respondents with the rows they fall in. */
    private record Data(List<Respondent> respondents, Map<String, Text> organisations) {
    }

    private Data data(Round round) {
        List<Respondent> respondents = rounds.respondents(round.id());
        Map<String, Text> organisations = new LinkedHashMap<>();
        rounds.organisations(round.id()).forEach((id, name) -> organisations.put(id.toString(), Text.of(name)));
        return new Data(respondents, organisations);
    }

    private Section section(WresIndicator indicator, Round round, Data current, Round previous,
                            Data before, Comparators.Comparator national, Texts t) {
        Map<String, Text> organisationRows = organisationRows(current, t);
        Map<String, Text> staffRows = new LinkedHashMap<>();
        STAFF_GROUPS.forEach((value, key) -> staffRows.put(value, t.ui(key)));
        staffRows.put(NOT_GIVEN, t.ui("wres.row.staff_group_not_given"));

        WresBreakdown byOrganisation = breakdown(indicator, current, organisationRows.keySet(), WresReport::organisationRow);
        WresBreakdown byStaffGroup = breakdown(indicator, current, staffRows.keySet(), WresReport::staffGroupRow);
        WresBreakdown earlierByOrganisation = before == null ? null
                : breakdown(indicator, before, organisationRows(before, t).keySet(), WresReport::organisationRow);
        WresBreakdown earlierByStaffGroup = before == null ? null
                : breakdown(indicator, before, staffRows.keySet(), WresReport::staffGroupRow);
        Text title = text(t, indicator.titleKey());
        List<Part> parts = new ArrayList<>();
        parts.add(new Part(t.ui("wres.heading.lmns"), lmnsTable(indicator, title, round, byOrganisation, byStaffGroup,
                previous, earlierByOrganisation, earlierByStaffGroup, national, t)));
        parts.add(new Part(t.ui("wres.heading.organisation"), breakdownTable(indicator, title, "organisation",
                t.ui("wres.row.organisation"), organisationRows, byOrganisation, round, t)));
        parts.add(new Part(t.ui("wres.heading.staff_group"), breakdownTable(indicator, title, "staff-group",
                t.ui("wres.row.staff_group"), staffRows, byStaffGroup, round, t)));
        return new Section("indicator-" + indicator.number(), title, text(t, indicator.definitionKey()), List.copyOf(parts));
    }

    /** The organisations with responses, and a row for responses without one when there are any. */
    private static Map<String, Text> organisationRows(Data data, Texts t) {
        Map<String, Text> rows = new LinkedHashMap<>(data.organisations());
        if (data.respondents().stream().anyMatch(r -> r.organisationId() == null)) {
            rows.put(NOT_GIVEN, t.ui("wres.row.organisation_not_given"));
        }
        return rows;
    }

    private static Text text(Texts t, String key) {
        return t.ui(key);
    }

    /** Null for a round nobody answered: there is nothing to divide. */
    private WresBreakdown breakdown(WresIndicator indicator, Data data, java.util.Set<String> rows,
                                    java.util.function.Function<Respondent, String> rowOf) {
        if (data.respondents().isEmpty()) {
            return null;
        }
        return WresBreakdown.of(List.copyOf(rows), rowOf, data.respondents(), indicator, dontKnowInDenominator, policy);
    }

    static String organisationRow(Respondent respondent) {
        return respondent.organisationId() == null ? NOT_GIVEN : respondent.organisationId().toString();
    }

    static String staffGroupRow(Respondent respondent) {
        return STAFF_GROUPS.containsKey(respondent.staffGroup()) ? respondent.staffGroup() : NOT_GIVEN;
    }

    private ReportTable lmnsTable(WresIndicator indicator, Text title, Round round, WresBreakdown byOrganisation,
                                  WresBreakdown byStaffGroup, Round previous, WresBreakdown earlierByOrganisation,
                                  WresBreakdown earlierByStaffGroup, Comparators.Comparator national, Texts t) {
        List<ReportTable.Row> rows = new ArrayList<>();
        List<BarChart.Bar> bars = new ArrayList<>();
        Double nationalWhite = national == null || national.white() == null ? null : national.white().doubleValue();
        Double nationalBme = national == null || national.bme() == null ? null : national.bme().doubleValue();
        overallRow(t.ui("wres.row.this_round", Map.of("round", round.name())), byOrganisation, byStaffGroup,
                nationalWhite, nationalBme, rows, bars, t);
        if (previous != null) {
            overallRow(t.ui("wres.row.previous_round", Map.of("round", previous.name())), earlierByOrganisation,
                    earlierByStaffGroup, null, null, rows, bars, t);
        }
        if (national != null) {
            rows.add(new ReportTable.Row(t.ui("wres.row.national"), nationalCells(nationalWhite, nationalBme, t)));
        }
        String id = tableId(indicator.number(), "lmns");
        Text caption = t.ui("wres.caption.lmns", Map.of("indicator", title.value(), "round", round.name()));
        return new ReportTable(id, caption, t.ui("wres.row.figures"), columns(t), rows, csvHref(round, indicator, "lmns"),
                BarChart.of(id + "-chart", t.ui("wres.chart.title", Map.of("caption", caption.value())), bars,
                        t.language().rightToLeft(), t), parts(caption, t));
    }

    /** A round's LMNS-wide row: what both of its breakdowns publish (see {@link WresBreakdown#overall}). */
    private static void overallRow(Text label, WresBreakdown byOrganisation, WresBreakdown byStaffGroup, Double nationalWhite,
                                   Double nationalBme, List<ReportTable.Row> rows, List<BarChart.Bar> bars, Texts t) {
        if (byOrganisation == null) {
            rows.add(new ReportTable.Row(label, java.util.Collections.nCopies(10, Figures.notAvailable(t))));
            return;
        }
        WresBreakdown.Group white = WresBreakdown.overall(byOrganisation, byStaffGroup, WresBreakdown.WHITE);
        WresBreakdown.Group bme = WresBreakdown.overall(byOrganisation, byStaffGroup, WresBreakdown.BME);
        Cell unknown = WresBreakdown.overall(byOrganisation, byStaffGroup, WresBreakdown.UNKNOWN).n();
        rows.add(new ReportTable.Row(label, cells(white, bme, unknown, WresBreakdown.overallTotal(byOrganisation, byStaffGroup), t)));
        bars.add(bar(label, t.ui("wres.white"), white, nationalWhite, t));
        bars.add(bar(label, t.ui("wres.bme"), bme, nationalBme, t));
    }

    private ReportTable breakdownTable(WresIndicator indicator, Text title, String breakdown, Text rowHeading, Map<String, Text> labels,
                                       WresBreakdown figures, Round round, Texts t) {
        List<ReportTable.Row> rows = new ArrayList<>();
        List<BarChart.Bar> bars = new ArrayList<>();
        int r = 0;
        for (Text label : figures == null ? List.<Text>of() : labels.values()) {
            WresBreakdown.Group white = figures.group(r, WresBreakdown.WHITE);
            WresBreakdown.Group bme = figures.group(r, WresBreakdown.BME);
            rows.add(new ReportTable.Row(label, cells(white, bme, figures.unknown(r), figures.total(r), t)));
            bars.add(bar(label, t.ui("wres.white"), white, null, t));
            bars.add(bar(label, t.ui("wres.bme"), bme, null, t));
            r++;
        }
        String id = tableId(indicator.number(), breakdown);
        String key = "organisation".equals(breakdown) ? "wres.caption.organisation" : "wres.caption.staff_group";
        Text caption = t.ui(key, Map.of("indicator", title.value(), "round", round.name()));
        return new ReportTable(id, caption, rowHeading, columns(t), rows, csvHref(round, indicator, breakdown),
                bars.isEmpty() ? null : BarChart.of(id + "-chart", t.ui("wres.chart.title", Map.of("caption", caption.value())),
                        bars, t.language().rightToLeft(), t), parts(caption, t));
    }

    private static BarChart.Bar bar(Text row, Text ethnicity, WresBreakdown.Group group, Double comparator, Texts t) {
        Text label = t.ui("wres.chart.bar", Map.of("row", row.value(), "group", ethnicity.value()));
        return BarChart.Bar.rate(label, group.n(), group.percent(), group.interval(), comparator, t);
    }

    /** The numbers answering first, then what was worked out from them, in columns the page shows as two tables. */
    private static List<Text> columns(Texts t) {
        return List.of(t.ui("wres.col.white_n"), t.ui("wres.col.bme_n"), t.ui("wres.col.unknown_n"), t.ui("wres.col.total_n"),
                t.ui("wres.col.white_percent"), t.ui("wres.col.white_interval"), t.ui("wres.col.bme_percent"),
                t.ui("wres.col.bme_interval"), t.ui("wres.col.gap_points"), t.ui("wres.col.ratio"));
    }

    /** Ten columns do not fit A4 portrait: the numbers answering, then the percentages, gap and ratio. */
    private static List<ReportTable.Part> parts(Text caption, Texts t) {
        return List.of(new ReportTable.Part(t.ui("wres.part.answering", Map.of("caption", caption.value())), 4),
                new ReportTable.Part(t.ui("wres.part.rates", Map.of("caption", caption.value())), 6));
    }

    /** A row's figures in words, from published figures only: the same for the page, the chart's table and the CSV. */
    static List<Text> cells(WresBreakdown.Group white, WresBreakdown.Group bme, Cell unknown, Cell total, Texts t) {
        List<Text> cells = new ArrayList<>();
        cells.add(Figures.count(white.n(), t));
        cells.add(Figures.count(bme.n(), t));
        cells.add(Figures.count(unknown, t));
        cells.add(Figures.count(total, t));
        rate(cells, white, t);
        rate(cells, bme, t);
        if (white.published() && bme.published()) {
            cells.add(Figures.points(bme.percent() - white.percent()));
            OptionalDouble ratio = RelativeLikelihood.of(bme.happened(), bme.count(), white.happened(), white.count());
            cells.add(ratio.isPresent() ? Figures.ratio(ratio.getAsDouble()) : Figures.notAvailable(t));
        } else {
            cells.add(Figures.notAvailable(t));
            cells.add(Figures.notAvailable(t));
        }
        return cells;
    }

    /** Percentage and interval: a hidden number hides its percentage and interval too. */
    private static void rate(List<Text> cells, WresBreakdown.Group group, Texts t) {
        if (group.n() instanceof Cell.Suppressed hidden) {
            cells.add(Figures.hidden(hidden, t));
            cells.add(Figures.hidden(hidden, t));
        } else if (group.published()) {
            cells.add(Figures.percent(group.percent(), t));
            cells.add(Figures.interval(group.interval(), t));
        } else {
            cells.add(Figures.notAvailable(t));
            cells.add(Figures.notAvailable(t));
        }
    }

    private static List<Text> nationalCells(Double white, Double bme, Texts t) {
        Text none = Figures.notAvailable(t);
        List<Text> cells = new ArrayList<>(List.of(none, none, none, none, white == null ? none : Figures.percent(white, t),
                none, bme == null ? none : Figures.percent(bme, t), none));
        cells.add(white != null && bme != null ? Figures.points(bme - white) : none);
        cells.add(white != null && bme != null && white > 0 ? Figures.ratio(bme / white) : none);
        return cells;
    }

    static String tableId(int indicator, String breakdown) {
        return "wres-" + indicator + "-" + breakdown;
    }

    private static String csvHref(Round round, WresIndicator indicator, String breakdown) {
        return "/reports/wres/" + round.id() + "/indicator-" + indicator.number() + "/" + breakdown + ".csv";
    }

    private static Map<String, String> staffGroups() {
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put("midwife", "wres.staff_group.midwife");
        groups.put("maternity_support_worker", "wres.staff_group.maternity_support_worker");
        groups.put("obstetrician", "wres.staff_group.obstetrician");
        groups.put("neonatal_nurse", "wres.staff_group.neonatal_nurse");
        groups.put("neonatal_doctor", "wres.staff_group.neonatal_doctor");
        groups.put("other", "wres.staff_group.other");
        return java.util.Collections.unmodifiableMap(groups);
    }
}
