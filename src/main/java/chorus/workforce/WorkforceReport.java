package chorus.workforce;

import chorus.staff.Organisation;
import chorus.disclosure.Cell;
import chorus.disclosure.Count;
import chorus.disclosure.DisclosureControl;
import chorus.disclosure.DisclosurePolicy;
import chorus.disclosure.ProtectedTable;
import chorus.disclosure.RecordKeys;
import chorus.disclosure.Table;
import chorus.i18n.Text;
import chorus.i18n.Texts;
import chorus.report.BarChart;
import chorus.report.Figures;
import chorus.report.ReportTable;
import chorus.stats.RelativeLikelihood;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The WRES workforce indicators 1 to 4 and 9 of one snapshot, as published tables. Each table goes
 * through {@link DisclosureControl} with the staff policy as a whole (its rows, columns and totals),
 * and every percentage and likelihood is worked out from the published counts, so nothing hidden can
 * be recovered from what is shown. A likelihood needs all four of its counts shown.
 *
 * <p>A snapshot is fixed, but its views overlap: the LMNS by staff group holds the sum of every
 * organisation's own staff-group table, so one organisation's hidden cell would be the LMNS figure
 * less the others'. Every count is therefore perturbed by the keys of the staff behind it
 * ({@link KeyedCounts}), and that subtraction leaves noise rather than the hidden count.
 *
 * <p>Unknown ethnicity is shown in its own columns and left out of every percentage and likelihood.
 */
final class WorkforceReport {

    /** What a table breaks down: the whole LMNS by organisation, or staff groups within an area. */
    record View(String code, Long organisationId) {

        static final String BY_ORGANISATION = "organisations";
        static final String BY_GROUP = "groups";

        boolean byOrganisation() {
            return BY_ORGANISATION.equals(code);
        }
    }

    /** How one WRES likelihood indicator reads its counts. */
    private record Likelihood(String id, String captionKey, java.util.function.Function<KeyedCounts, Count> events,
                              java.util.function.Function<KeyedCounts, Count> base, boolean whiteFirst) {
    }

    private static final List<Likelihood> LIKELIHOODS = List.of(
            new Likelihood("indicator-2", "workforce.indicator.appointed", KeyedCounts::appointed, KeyedCounts::shortlisted, true),
            new Likelihood("indicator-3", "workforce.indicator.disciplinary", KeyedCounts::disciplinary, KeyedCounts::headcount,
                    false),
            new Likelihood("indicator-4", "workforce.indicator.training", KeyedCounts::training, KeyedCounts::headcount, true));

    private final List<CountRow> rows;
    private final Map<CountRow, KeyedCounts> keyed = new java.util.HashMap<>();
    private final List<Organisation> organisations;
    private final View view;
    private final DisclosurePolicy policy;
    private final Texts texts;
    private final String csvBase;
    private final String csvQuery;

    /**
     * @param snapshot the snapshot's name, which names its staff for the record keys
     * @param csvQuery what follows each table's CSV address: the snapshot and view chosen
     */
    WorkforceReport(String snapshot, List<CountRow> rows, RecordKeys keys, List<Organisation> organisations,
                    View view, DisclosurePolicy policy, Texts texts, String csvQuery) {
        this.csvBase = "/reports/wres/workforce/";
        this.csvQuery = csvQuery;
        this.rows = rows;
        rows.forEach(r -> keyed.put(r, KeyedCounts.of(snapshot, r, keys)));
        this.organisations = organisations.stream()
                .filter(o -> rows.stream().anyMatch(r -> r.organisationId() == o.id())).toList();
        this.view = view;
        this.policy = policy;
        this.texts = texts;
    }

    List<ReportTable> tables() {
        List<ReportTable> tables = new ArrayList<>();
        tables.add(indicator1());
        LIKELIHOODS.forEach(l -> tables.add(likelihood(l)));
        tables.add(indicator9());
        return tables;
    }

    /** Whether the view has no counts at all, as for an organisation the snapshot leaves out. */
    boolean empty() {
        return inView().isEmpty();
    }

    private List<CountRow> inView() {
        return view.organisationId() == null ? rows
                : rows.stream().filter(r -> r.organisationId() == view.organisationId()).toList();
    }

    /** Indicator 1: staff in each band, clinical and non-clinical, by ethnicity, against the whole workforce. */
    private ReportTable indicator1() {
        Map<List<Object>, KeyedCounts[]> bands = new LinkedHashMap<>();
        for (boolean clinical : new boolean[] {true, false}) {
            for (Band band : Band.values()) {
                List<CountRow> matching = inView().stream()
                        .filter(r -> r.group().clinical == clinical && r.band() == band).toList();
                if (matching.stream().anyMatch(r -> r.counts().headcount() > 0)) {
                    bands.put(List.of(clinical, band), byEthnicity(matching));
                }
            }
        }
        List<List<Text>> labels = new ArrayList<>();
        bands.keySet().forEach(k -> labels.add(List.of(texts.ui("workforce.band_row", Map.of(
                "staff", ui((Boolean) k.get(0) ? "workforce.clinical" : "workforce.non_clinical").value(),
                "band", bandLabel((Band) k.get(1)).value())))));
        ProtectedTable table = protect(bands.values().stream().map(e -> new Count[] {
                e[0].headcount(), e[1].headcount(), e[2].headcount()}).toList());
        List<ReportTable.Row> out = new ArrayList<>();
        List<BarChart.Bar> bars = new ArrayList<>();
        Double overall = bmeShare(new Cell[] {table.columnTotal(0), table.columnTotal(1)}).stream().boxed().findFirst().orElse(null);
        for (int r = 0; r <= labels.size(); r++) {
            boolean total = r == labels.size();
            Cell white = total ? table.columnTotal(0) : table.cell(r, 0);
            Cell bme = total ? table.columnTotal(1) : table.cell(r, 1);
            Cell unknown = total ? table.columnTotal(2) : table.cell(r, 2);
            Cell all = total ? table.grandTotal() : table.rowTotal(r);
            Text label = total ? ui("workforce.overall_workforce") : labels.get(r).get(0);
            out.add(new ReportTable.Row(label,
                    List.of(count(white), share(white, bme), count(bme), share(bme, white), count(unknown), count(all))));
            if (!total) {
                bars.add(bar(label, white, bme, overall));
            }
        }
        Text caption = ui("workforce.indicator.bands");
        return new ReportTable("indicator-1", caption, ui("workforce.column.band"),
                List.of(ui("workforce.column.white"), ui("workforce.column.white_percent"), ui("workforce.column.bme"),
                        ui("workforce.column.bme_percent"), ui("workforce.column.unknown"), ui("workforce.column.total")),
                out, csv("indicator-1"), BarChart.of("indicator-1-chart", ui("workforce.chart.bands"), bars, rtl(), texts));
    }

    /** A bar of the BME share of White plus BME, against a comparator; no bar when a count it needs is hidden. */
    private BarChart.Bar bar(Text label, Cell white, Cell bme, Double comparator) {
        Cell base = !bme.isShown() ? bme : white;
        Double percent = bmeShare(new Cell[] {white, bme}).stream().boxed().findFirst().orElse(null);
        return BarChart.Bar.rate(label, base, percent, null, comparator, texts);
    }

    private boolean rtl() {
        return "rtl".equals(texts.language().dir());
    }

    private String csv(String id) {
        return csvBase + id + ".csv" + csvQuery;
    }

    /** Indicators 2 to 4: events and bases by ethnicity for each part of the view, and the relative likelihood. */
    private ReportTable likelihood(Likelihood indicator) {
        Map<Text, List<CountRow>> parts = parts();
        List<Count[]> grid = new ArrayList<>();
        for (List<CountRow> part : parts.values()) {
            KeyedCounts[] e = byEthnicity(part);
            Count[] line = new Count[6];
            for (int g = 0; g < 3; g++) {
                Count events = indicator.events().apply(e[g]);
                line[2 * g] = events;
                line[2 * g + 1] = indicator.base().apply(e[g]).minus(events);
            }
            grid.add(line);
        }
        ProtectedTable table = protect(grid);
        List<Text> labels = new ArrayList<>(parts.keySet());
        List<ReportTable.Row> out = new ArrayList<>();
        for (int r = 0; r <= labels.size(); r++) {
            boolean total = r == labels.size();
            Cell[] cells = new Cell[6];
            for (int c = 0; c < 6; c++) {
                cells[c] = total ? table.columnTotal(c) : table.cell(r, c);
            }
            out.add(new ReportTable.Row(total ? ui(view.byOrganisation() ? "workforce.all_organisations"
                    : "workforce.all_staff_groups") : labels.get(r), likelihoodCells(cells, indicator.whiteFirst())));
        }
        Text caption = ui(indicator.captionKey());
        // Nine columns do not fit A4 portrait: the counts, then the percentages and the likelihood.
        return new ReportTable(indicator.id(), caption,
                ui(view.byOrganisation() ? "workforce.column.organisation" : "workforce.column.staff_group"),
                List.of(ui("workforce.column.white_events"), ui("workforce.column.white_base"),
                        ui("workforce.column.bme_events"), ui("workforce.column.bme_base"),
                        ui("workforce.column.unknown_events"), ui("workforce.column.unknown_base"),
                        ui("workforce.column.white_percent"), ui("workforce.column.bme_percent"),
                        ui("workforce.column.likelihood")), out, csv(indicator.id()), null,
                List.of(new ReportTable.Part(texts.ui("workforce.part.counts", Map.of("caption", caption.value())), 6),
                        new ReportTable.Part(texts.ui("workforce.part.rates", Map.of("caption", caption.value())), 3)));
    }

    /**
     * From White events, non-events, BME events, non-events, unknown events and non-events: each
     * group's events and base, then the White and BME percentages and the likelihood.
     */
    private List<Text> likelihoodCells(Cell[] cells, boolean whiteFirst) {
        Text hidden = hidden();
        Integer[] shown = Arrays.stream(cells).map(c -> c instanceof Cell.Shown s ? s.count() : null).toArray(Integer[]::new);
        List<Text> out = new ArrayList<>();
        List<Text> percentages = new ArrayList<>();
        for (int g = 0; g < 3; g++) {
            Integer events = shown[2 * g];
            Integer base = events == null || shown[2 * g + 1] == null ? null : events + shown[2 * g + 1];
            out.add(events == null ? hidden : number(events));
            // A base whose events are hidden would give them away: base minus the shown non-events.
            out.add(base == null ? hidden : number(base));
            if (g < 2) {
                percentages.add(base == null ? hidden : base == 0 ? ui("workforce.not_calculable")
                        : Figures.percent(100.0 * events / base, texts));
            }
        }
        out.addAll(percentages);
        boolean allShown = shown[0] != null && shown[1] != null && shown[2] != null && shown[3] != null;
        Text ratio;
        if (!allShown) {
            ratio = ui("workforce.likelihood_hidden");
        } else {
            int whiteBase = shown[0] + shown[1];
            int bmeBase = shown[2] + shown[3];
            OptionalDouble value = whiteFirst ? RelativeLikelihood.of(shown[0], whiteBase, shown[2], bmeBase)
                    : RelativeLikelihood.of(shown[2], bmeBase, shown[0], whiteBase);
            ratio = value.isPresent() ? Figures.ratio(value.getAsDouble()) : ui("workforce.not_calculable");
        }
        out.add(ratio);
        return out;
    }

    /** Indicator 9: BME share of board voting members against the BME share of the workforce, by organisation. */
    private ReportTable indicator9() {
        List<KeyedCounts[]> byOrganisation = organisations.stream()
                .map(o -> byEthnicity(rows.stream().filter(r -> r.organisationId() == o.id()).toList())).toList();
        ProtectedTable board = protect(byOrganisation.stream().map(e -> new Count[] {
                e[0].board(), e[1].board(), e[2].board()}).toList());
        ProtectedTable workforce = protect(byOrganisation.stream().map(e -> new Count[] {
                e[0].headcount(), e[1].headcount(), e[2].headcount()}).toList());
        List<ReportTable.Row> out = new ArrayList<>();
        List<BarChart.Bar> bars = new ArrayList<>();
        for (int r = 0; r <= organisations.size(); r++) {
            boolean total = r == organisations.size();
            int row = r;
            Function<ProtectedTable, Cell[]> line = t -> total
                    ? new Cell[] {t.columnTotal(0), t.columnTotal(1), t.columnTotal(2)}
                    : new Cell[] {t.cell(row, 0), t.cell(row, 1), t.cell(row, 2)};
            Cell[] b = line.apply(board);
            Cell[] w = line.apply(workforce);
            OptionalDouble boardShare = bmeShare(b);
            OptionalDouble workforceShare = bmeShare(w);
            Text difference = boardShare.isPresent() && workforceShare.isPresent()
                    ? Figures.points(boardShare.getAsDouble() - workforceShare.getAsDouble())
                    : shareMissing(b, w);
            Text label = total ? ui("workforce.lmns") : Text.of(organisations.get(r).name());
            out.add(new ReportTable.Row(label,
                    List.of(count(b[0]), count(b[1]), count(b[2]), share(b[1], b[0]), share(w[1], w[0]), difference)));
            bars.add(bar(label, b[0], b[1], workforceShare.isPresent() ? workforceShare.getAsDouble() : null));
        }
        return new ReportTable("indicator-9", ui("workforce.indicator.board"), ui("workforce.column.organisation"),
                List.of(ui("workforce.column.board_white"), ui("workforce.column.board_bme"),
                        ui("workforce.column.board_unknown"), ui("workforce.column.board_bme_percent"),
                        ui("workforce.column.workforce_bme_percent"), ui("workforce.column.difference")),
                out, csv("indicator-9"), BarChart.of("indicator-9-chart", ui("workforce.chart.board"), bars, rtl(), texts));
    }

    private Text shareMissing(Cell[] board, Cell[] workforce) {
        boolean hidden = Arrays.stream(board).limit(2).anyMatch(c -> !c.isShown())
                || Arrays.stream(workforce).limit(2).anyMatch(c -> !c.isShown());
        return hidden ? hidden() : ui("workforce.not_calculable");
    }

    /** The BME share of White plus BME, from published counts; empty when either is hidden or both are 0. */
    private static OptionalDouble bmeShare(Cell[] whiteBmeUnknown) {
        if (whiteBmeUnknown[0] instanceof Cell.Shown white && whiteBmeUnknown[1] instanceof Cell.Shown bme
                && white.count() + bme.count() > 0) {
            return OptionalDouble.of(100.0 * bme.count() / (white.count() + bme.count()));
        }
        return OptionalDouble.empty();
    }

    /** Parts of the view in the order shown, each with its rows: organisations, or staff groups. */
    private Map<Text, List<CountRow>> parts() {
        Map<Text, List<CountRow>> parts = new LinkedHashMap<>();
        if (view.byOrganisation()) {
            organisations.forEach(o -> parts.put(Text.of(o.name()), rows.stream().filter(r -> r.organisationId() == o.id()).toList()));
        } else {
            for (StaffGroup group : StaffGroup.values()) {
                List<CountRow> matching = inView().stream().filter(r -> r.group() == group).toList();
                if (!matching.isEmpty()) {
                    parts.put(ui(group.labelKey), matching);
                }
            }
        }
        return parts;
    }

    private KeyedCounts[] byEthnicity(List<CountRow> rows) {
        KeyedCounts[] sums = {KeyedCounts.NONE, KeyedCounts.NONE, KeyedCounts.NONE};
        for (CountRow row : rows) {
            sums[row.ethnicity().ordinal()] = sums[row.ethnicity().ordinal()].plus(keyed.get(row));
        }
        return sums;
    }

    /** A table needs a row; an empty snapshot part gives one row of zeros, which hides nothing. */
    private ProtectedTable protect(List<Count[]> grid) {
        Count[][] cells = grid.isEmpty() ? new Count[][] {{Count.NONE, Count.NONE, Count.NONE}}
                : grid.toArray(Count[][]::new);
        return DisclosureControl.protect(Table.of(cells), policy);
    }

    /** A count's share of itself plus the other group (White plus BME), from published counts. */
    private Text share(Cell count, Cell other) {
        if (count instanceof Cell.Shown a && other instanceof Cell.Shown b) {
            return a.count() + b.count() == 0 ? ui("workforce.not_calculable")
                    : Figures.percent(100.0 * a.count() / (a.count() + b.count()), texts);
        }
        return hidden();
    }

    private Text count(Cell cell) {
        return Figures.count(cell, texts);
    }

    private Text hidden() {
        return texts.ui("disclosure.fewer_than", Map.of("n", policy.minimum()));
    }

    private Text bandLabel(Band band) {
        return switch (band) {
            case VSM -> ui("workforce.band.vsm");
            case MEDICAL -> ui("workforce.band.medical");
            default -> texts.ui("workforce.band.afc", Map.of("band", band.afc));
        };
    }

    private Text ui(String key) {
        return texts.ui(key);
    }

    private static Text number(int value) {
        return Text.of(Integer.toString(value));
    }
}
