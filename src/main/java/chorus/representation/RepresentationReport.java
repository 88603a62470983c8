package chorus.representation;

import chorus.i18n.LanguageNames;

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
import chorus.stats.Proportions;
import chorus.stats.Representation;
import chorus.survey.EthnicCategory;
import chorus.survey.EthnicCategory.Group;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the people heard in a period into the published tables of the representation report.
 * Every count goes through {@link DisclosureControl} with the service-user policy, which perturbs it
 * by the keys of the people behind it and hides the small ones. Ratios, shares, percentages and
 * intervals are worked out from the published counts only, so the page, its charts and its CSV files
 * agree, and nothing is worked out from a hidden count: a ratio, a share or a percentage of a hidden
 * figure is hidden too.
 */
final class RepresentationReport {

    /** Under-represented: heard at under 0.8 times the group's share, and the whole interval below 1. */
    static final double UNDER = 0.8;

    /** One group's line of the ratio table, before it is put into words. */
    record GroupLine(Group group, Cell heard, Optional<Representation> representation, double populationShare) {

        /**
         * Nobody of a group that is in the population was heard (a published 0), while others were:
         * under-represented whatever its interval, which for a small group reaches far above 1.
         */
        boolean notHeard() {
            return heard instanceof Cell.Shown shown && shown.count() == 0 && populationShare > 0 && representation.isPresent();
        }

        boolean underRepresented() {
            return notHeard() || representation.map(r -> r.ratio() < UNDER && r.interval().upper() < 1).orElse(false);
        }
    }

    private final Texts t;
    private final DisclosurePolicy policy;
    private final String csvBase;

    RepresentationReport(Texts t, DisclosurePolicy policy, String csvBase) {
        this.t = t;
        this.policy = policy;
        this.csvBase = csvBase;
    }

    static String groupKey(Group group) {
        return switch (group) {
            case WHITE -> "ethnicity.group.white";
            case MIXED -> "ethnicity.group.mixed";
            case ASIAN -> "ethnicity.group.asian";
            case BLACK -> "ethnicity.group.black";
            case OTHER -> "ethnicity.group.other";
            case NOT_STATED -> "ethnicity.Z";
        };
    }

    /** The five groups, with their ratios where both the group and the total heard are shown. */
    static List<GroupLine> groupLines(Heard heard, Map<Group, Double> shares, DisclosurePolicy policy) {
        ProtectedBreakdown groups = DisclosureControl.protect(
                Baselines.GROUPS.stream().map(heard::group).toList(), policy);
        List<GroupLine> lines = new ArrayList<>();
        for (int i = 0; i < Baselines.GROUPS.size(); i++) {
            Group group = Baselines.GROUPS.get(i);
            Cell cell = groups.categories().get(i);
            double share = shares == null ? 0 : shares.getOrDefault(group, 0.0);
            Optional<Representation> ratio = cell instanceof Cell.Shown shown && groups.total() instanceof Cell.Shown total
                    && share > 0 ? Representation.of(shown.count(), total.count(), share) : Optional.empty();
            lines.add(new GroupLine(group, cell, ratio, share));
        }
        lines.add(new GroupLine(null, groups.total(), Optional.empty(), 1));
        return lines;
    }

    ReportTable groups(Heard heard, Map<Group, Double> shares) {
        return groups("groups", "representation.groups_caption", "representation.col.share_population", heard, shares);
    }

    /**
     * Who answered the service-user surveys against births ({@code births}) or, without a births
     * baseline, against the population: the same ratios as for the people heard at events.
     */
    ReportTable respondents(Heard respondents, Map<Group, Double> shares, boolean births) {
        return groups("respondents", births ? "representation.respondents_caption" : "representation.respondents_population_caption",
                births ? "representation.col.share_births" : "representation.col.share_population", respondents, shares);
    }

    /**
     * Respondents by how they answered: for each channel, the share of its respondents (with an
     * ethnic group) in each group, and the groups it under-represents against the same baseline. Each
     * channel is protected as its own breakdown, so its hidden groups stay hidden in its shares.
     */
    ReportTable channels(Map<String, Heard> byChannel, Map<Group, Double> shares) {
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, Heard> channel : byChannel.entrySet()) {
            List<GroupLine> lines = groupLines(channel.getValue(), shares, policy);
            Cell total = lines.get(lines.size() - 1).heard();
            List<String> row = new ArrayList<>(List.of(text(channelKey(channel.getKey())), count(total)));
            for (GroupLine line : lines.subList(0, lines.size() - 1)) {
                row.add(line.heard() instanceof Cell.Shown shown && total instanceof Cell.Shown all
                        ? (all.count() == 0 ? "" : Figures.percent(100.0 * shown.count() / all.count(), t).value()) : hidden());
            }
            List<String> under = lines.stream().filter(GroupLine::underRepresented).map(l -> text(groupKey(l.group()))).toList();
            row.add(shares == null ? text("representation.no_baseline")
                    : !(total instanceof Cell.Shown all) || all.count() == 0 ? text("representation.cannot_tell")
                    : under.isEmpty() ? text("representation.under_none_short") : String.join(", ", under));
            rows.add(row);
        }
        List<String> headings = new ArrayList<>(List.of("representation.col.channel", "representation.col.respondents"));
        Baselines.GROUPS.forEach(g -> headings.add(groupKey(g)));
        headings.add("representation.col.under_groups");
        return table("channels", "representation.channels_caption", headings, rows);
    }

    static String channelKey(String channel) {
        return switch (channel) {
            case "ONLINE" -> "representation.channel.online";
            case "PAPER" -> "representation.channel.paper";
            default -> "representation.channel.event";
        };
    }

    private ReportTable groups(String id, String captionKey, String populationKey, Heard heard, Map<Group, Double> shares) {
        List<List<String>> rows = new ArrayList<>();
        List<BarChart.Bar> bars = new ArrayList<>();
        List<GroupLine> lines = groupLines(heard, shares, policy);
        Cell total = lines.get(lines.size() - 1).heard();
        for (GroupLine line : lines) {
            if (line.group() != null) {
                bars.add(bar(line, total, shares != null));
            }
            if (line.group() == null) {
                rows.add(List.of(text("representation.all_with_group"), count(line.heard()), percent(line.heard()),
                        shares == null ? text("representation.no_baseline") : "100.0%", "", ""));
                continue;
            }
            String ratio;
            String under;
            if (!line.heard().isShown()) {
                ratio = hidden();
                under = hidden();
            } else if (shares == null || line.populationShare() <= 0) {
                ratio = text("representation.no_baseline");
                under = text("representation.cannot_tell");
            } else if (line.representation().isEmpty()) {
                ratio = text("representation.cannot_tell");
                under = text("representation.cannot_tell");
            } else if (line.notHeard()) {
                ratio = text("representation.not_heard");
                under = text("representation.under_not_heard");
            } else {
                Representation r = line.representation().get();
                ratio = t.ui("representation.ratio_value", Map.of("ratio", fixed(r.ratio(), 2),
                        "lower", fixed(r.interval().lower(), 2), "upper", fixed(r.interval().upper(), 2))).value();
                under = text(line.underRepresented() ? "representation.under_yes" : "representation.under_no");
            }
            rows.add(List.of(text(groupKey(line.group())), count(line.heard()), percent(line.heard()),
                    shares == null ? text("representation.no_baseline") : fixed(100 * line.populationShare(), 1) + "%",
                    ratio, under));
        }
        return table(id, captionKey, List.of("representation.col.group",
                "representation.col.people", "representation.col.share_heard", populationKey,
                "representation.col.ratio", "representation.col.under"), rows, List.of(), bars);
    }

    /**
     * A group's share of the people heard with its 95% interval, the population share as the
     * comparator. No bar when the group, or the total it is a share of, is hidden.
     */
    private BarChart.Bar bar(GroupLine line, Cell total, boolean baseline) {
        Text label = label(groupKey(line.group()));
        Double comparator = baseline ? 100 * line.populationShare() : null;
        Cell base = total.isShown() ? line.heard() : total;
        if (line.heard() instanceof Cell.Shown shown && total instanceof Cell.Shown all && all.count() > 0) {
            return BarChart.Bar.rate(label, base, 100.0 * shown.count() / all.count(),
                    Proportions.wilson(shown.count(), all.count()), comparator, t);
        }
        return BarChart.Bar.rate(label, base, null, null, comparator, t);
    }

    /**
     * Each group's categories, protected within the group so that no hidden category can be worked
     * out from the group's count in the table above; a group hidden there is hidden here whole.
     */
    ReportTable categories(Heard heard) {
        ProtectedBreakdown groups = DisclosureControl.protect(Baselines.GROUPS.stream().map(heard::group).toList(), policy);
        List<List<String>> rows = new ArrayList<>();
        for (int g = 0; g < Baselines.GROUPS.size(); g++) {
            Group group = Baselines.GROUPS.get(g);
            List<EthnicCategory> categories = Arrays.stream(EthnicCategory.values()).filter(c -> c.group() == group).toList();
            ProtectedBreakdown within = DisclosureControl.protect(categories.stream().map(heard::category).toList(), policy);
            for (int i = 0; i < categories.size(); i++) {
                Cell cell = groups.categories().get(g).isShown() ? within.categories().get(i)
                        : new Cell.Suppressed(Cell.Reason.PROTECTS_ANOTHER, policy.minimum());
                rows.add(List.of(text(groupKey(group)), text("ethnicity." + categories.get(i).name()), count(cell)));
            }
        }
        return table("categories", "representation.categories_caption", List.of("representation.col.group",
                "representation.col.category", "representation.col.people"), rows);
    }

    ReportTable completeness(Heard heard) {
        ProtectedBreakdown parts = DisclosureControl.protect(List.of(heard.valid(), heard.category(EthnicCategory.Z),
                heard.noEthnicity), policy);
        List<String> labels = List.of("representation.with_code", "ethnicity.Z", "representation.no_ethnicity");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            rows.add(List.of(text(labels.get(i)), count(parts.categories().get(i)), percent(parts.categories().get(i))));
        }
        rows.add(List.of(text("representation.all_people"), count(parts.total()), percent(parts.total())));
        return table("completeness", "representation.completeness_caption", List.of("representation.col.ethnicity",
                "representation.col.people", "representation.col.percent"), rows);
    }

    /** People heard, the share of them from ethnic minority groups and the completeness, this period and the one before. */
    ReportTable trend(Heard now, Heard before, String nowLabel, String beforeLabel, int target) {
        List<List<String>> rows = new ArrayList<>();
        List<String> people = new ArrayList<>(List.of(text("representation.all_people")));
        List<String> minority = new ArrayList<>(List.of(text("representation.minority_share")));
        List<String> complete = new ArrayList<>(List.of(t.ui("representation.completeness_share",
                Map.of("target", target)).value()));
        for (Heard heard : List.of(now, before)) {
            ProtectedBreakdown parts = DisclosureControl.protect(List.of(heard.minority(), heard.valid().minus(heard.minority()),
                    heard.people().minus(heard.valid())), policy);
            people.add(count(parts.total()));
            Cell minor = parts.categories().get(0);
            Cell white = parts.categories().get(1);
            minority.add(minor instanceof Cell.Shown m && white instanceof Cell.Shown w
                    ? (m.count() + w.count() == 0 ? text("representation.cannot_tell") : fixed(100.0 * m.count() / (m.count() + w.count()), 1) + "%")
                    : hidden());
            complete.add(minor instanceof Cell.Shown m && white instanceof Cell.Shown w && parts.total() instanceof Cell.Shown all
                    ? (all.count() == 0 ? text("representation.cannot_tell") : completeness(m.count() + w.count(), all.count(), target))
                    : hidden());
        }
        rows.add(people);
        rows.add(minority);
        rows.add(complete);
        return table("trend", "representation.trend_caption", List.of("representation.col.measure"), rows,
                List.of(nowLabel, beforeLabel), null);
    }

    private String completeness(int valid, int all, int target) {
        double share = 100.0 * valid / all;
        Map<String, String> args = Map.of("percent", fixed(share, 1));
        return share >= target ? t.ui("representation.meets_target", args).value()
                : t.ui("representation.below_target", args).value();
    }

    ReportTable deprivation(Heard heard) {
        List<Count> counts = new ArrayList<>();
        for (int q = 1; q <= 5; q++) {
            counts.add(heard.byQuintile.getOrDefault(q, Count.NONE));
        }
        counts.add(heard.byQuintile.getOrDefault(0, Count.NONE));
        ProtectedBreakdown parts = DisclosureControl.protect(counts, policy);
        List<List<String>> rows = new ArrayList<>();
        for (int q = 1; q <= 6; q++) {
            String label = q == 1 ? text("representation.quintile_most")
                    : q == 5 ? text("representation.quintile_least")
                    : q == 6 ? text("representation.quintile_unknown")
                    : String.valueOf(q);
            rows.add(List.of(label, count(parts.categories().get(q - 1)), percent(parts.categories().get(q - 1))));
        }
        rows.add(List.of(text("representation.all_people"), count(parts.total()), percent(parts.total())));
        List<BarChart.Bar> bars = new ArrayList<>();
        for (int q = 0; q < 6; q++) {
            bars.add(BarChart.Bar.share(Text.of(rows.get(q).get(0)), parts.categories().get(q), t));
        }
        return table("deprivation", "representation.deprivation_caption", List.of("representation.col.quintile",
                "representation.col.people", "representation.col.percent"), rows, List.of(), bars);
    }

    ReportTable kinds(Heard heard) {
        List<String> kinds = HeardQueries.KINDS;
        ProtectedBreakdown parts = DisclosureControl.protect(kinds.stream().map(heard.byKind::get).toList(), policy);
        List<String> keys = List.of("representation.kind.listening_event", "representation.kind.walk_the_patch",
                "representation.kind.fifteen_steps", "representation.kind.community_visit",
                "representation.kind.online_meeting", "representation.kind.other");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            rows.add(List.of(text(keys.get(i)), count(parts.categories().get(i)), percent(parts.categories().get(i))));
        }
        rows.add(List.of(text("representation.all_people"), count(parts.total()), percent(parts.total())));
        List<BarChart.Bar> bars = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            bars.add(BarChart.Bar.share(Text.of(rows.get(i).get(0)), parts.categories().get(i), t));
        }
        return table("kinds", "representation.kinds_caption", List.of("representation.col.kind",
                "representation.col.people", "representation.col.percent"), rows, List.of(), bars);
    }

    /**
     * People by first language. A language is named only when its own figure would be shown: the name
     * of a language one person typed would say that someone who speaks it was heard, in a period where
     * a reader may know who came. Every other language is counted under "other languages", and both
     * that row and "not given" are always there, so a row comes or goes only as a figure would be
     * shown or hidden anyway.
     */
    ReportTable languages(Heard heard) {
        List<String> named = heard.byLanguage.entrySet().stream().filter(e -> !e.getKey().equals(Heard.NOT_GIVEN))
                .filter(e -> DisclosureControl.showsOnItsOwn(e.getValue(), policy)).map(Map.Entry::getKey).toList();
        Count others = heard.byLanguage.entrySet().stream()
                .filter(e -> !e.getKey().equals(Heard.NOT_GIVEN) && !named.contains(e.getKey()))
                .map(Map.Entry::getValue).reduce(Count.NONE, Count::plus);
        List<Count> counts = new ArrayList<>(named.stream().map(heard::language).toList());
        counts.add(others);
        counts.add(heard.language(Heard.NOT_GIVEN));
        ProtectedBreakdown parts = DisclosureControl.protect(counts, policy);
        List<String> labels = new ArrayList<>(named.stream().map(l -> LanguageNames.known(l) ? LanguageNames.name(l, t) : l).toList());
        labels.add(text("representation.language_other"));
        labels.add(text("representation.language_not_given"));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            rows.add(List.of(labels.get(i), count(parts.categories().get(i)), percent(parts.categories().get(i))));
        }
        rows.add(List.of(text("representation.all_people"), count(parts.total()), percent(parts.total())));
        return table("languages", "representation.languages_caption", List.of("representation.col.language",
                "representation.col.people", "representation.col.percent"), rows);
    }

    /** The groups the ratio table flags, named in words for the summary at the top. */
    List<String> underRepresented(Heard heard, Map<Group, Double> shares) {
        return groupLines(heard, shares, policy).stream().filter(GroupLine::underRepresented)
                .map(l -> l.notHeard() ? t.ui("representation.group_not_heard", Map.of("group", text(groupKey(l.group())))).value()
                        : text(groupKey(l.group()))).toList();
    }

    private ReportTable table(String id, String captionKey, List<String> headingKeys, List<List<String>> rows) {
        return table(id, captionKey, headingKeys, rows, List.of(), null);
    }

    /** Rows are the published words, the first of each row its heading; bars null for a table without a chart. */
    private ReportTable table(String id, String captionKey, List<String> headingKeys, List<List<String>> rows,
                              List<String> moreHeadings, List<BarChart.Bar> bars) {
        List<Text> columns = new ArrayList<>(headingKeys.stream().skip(1).map(this::label).toList());
        moreHeadings.forEach(h -> columns.add(Text.of(h)));
        List<ReportTable.Row> published = rows.stream().map(r -> new ReportTable.Row(Text.of(r.get(0)),
                r.stream().skip(1).map(Text::of).toList())).toList();
        Text caption = label(captionKey);
        BarChart.Chart chart = bars == null ? null
                : BarChart.of("chart-" + id, caption, bars, "rtl".equals(t.language().dir()), t);
        return new ReportTable("table-" + id, caption, label(headingKeys.get(0)), columns, published, csvBase + id, chart);
    }

    private String text(String key) {
        return label(key).value();
    }

    private Text label(String key) {
        return t.ui(key);
    }

    private String hidden() {
        return t.ui("disclosure.fewer_than", Map.of("n", policy.minimum())).value();
    }

    private String count(Cell cell) {
        return cell instanceof Cell.Shown shown ? String.valueOf(shown.count()) : hidden();
    }

    private String percent(Cell cell) {
        if (cell instanceof Cell.Shown shown) {
            return shown.percentage().isPresent() ? Figures.percent(shown.percentage().getAsDouble(), t).value() : "";
        }
        return hidden();
    }

    static String fixed(double value, int places) {
        return String.format(Locale.ROOT, "%." + places + "f", value);
    }
}
