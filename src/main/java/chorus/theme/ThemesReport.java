package chorus.theme;

import chorus.results.DistrictQuintiles;
import chorus.disclosure.Count;
import chorus.disclosure.DisclosureControl;
import chorus.disclosure.DisclosurePolicies;
import chorus.disclosure.DisclosurePolicy;
import chorus.disclosure.ProtectedBreakdown;
import chorus.i18n.Language;
import chorus.i18n.Text;
import chorus.i18n.Texts;
import chorus.i18n.Translations;
import chorus.report.BarChart;
import chorus.report.Figures;
import chorus.report.ReportTable;
import chorus.representation.DeprivationLookup;
import chorus.survey.EthnicCategory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The themes report: what people said, theme by theme, and who said it. Every figure goes through
 * {@link DisclosureControl} under the policy of the people it counts (staff or service users), one
 * theme's row at a time: a row's groups are different people and add up to the theme's total, which
 * is how disclosure control protects them. Rows are every theme that is not merged into another,
 * whether or not anyone was coded with it, so that a missing row never says "nobody".
 */
@Singleton
class ThemesReport {

    /** The tables of the report, by the name their CSV link uses. */
    enum Part {
        OVERVIEW, SENTIMENT, ETHNICITY, DEPRIVATION, LANGUAGE, CHANNEL, SOURCE, QUARTER;

        String param() {
            return name().toLowerCase(Locale.ROOT);
        }

        String captionKey() {
            return switch (this) {
                case OVERVIEW -> "themes_report.caption.overview";
                case SENTIMENT -> "themes_report.caption.sentiment";
                case ETHNICITY -> "themes_report.caption.ethnicity";
                case DEPRIVATION -> "themes_report.caption.deprivation";
                case LANGUAGE -> "themes_report.caption.language";
                case CHANNEL -> "themes_report.caption.channel";
                case SOURCE -> "themes_report.caption.source";
                case QUARTER -> "themes_report.caption.quarter";
            };
        }

        /** Staff items are dated only by their round and answered only online, in a staff survey. */
        boolean forStaff() {
            return this == OVERVIEW || this == SENTIMENT || this == ETHNICITY || this == LANGUAGE;
        }
    }

    static final String NOT_GIVEN = "not_given";
    static final String OTHER = "other";

    private final ThemeQueries queries;
    private final Codebook codebook;
    private final DisclosurePolicies policies;
    private final Translations translations;
    private final SaidQuestions questions;
    private final SaidCounts saidCounts;
    private final DeprivationLookup deprivation;
    private final ItemLanguages languages;
    private final Inbox inbox;
    private final Clock clock;

    ThemesReport(ThemeQueries queries, Codebook codebook, DisclosurePolicies policies, Translations translations,
                 SaidQuestions questions, SaidCounts saidCounts, DeprivationLookup deprivation, ItemLanguages languages,
                 Inbox inbox, Clock clock) {
        this.languages = languages;
        this.inbox = inbox;
        this.clock = clock;
        this.queries = queries;
        this.codebook = codebook;
        this.policies = policies;
        this.translations = translations;
        this.questions = questions;
        this.saidCounts = saidCounts;
        this.deprivation = deprivation;
    }

    /** The smallest group shown for this audience. */
    int minimum(boolean staff) {
        return (staff ? policies.staff() : policies.serviceUsers()).minimum();
    }

    /** One column of a table: the row key its counts come under, and its heading. */
    record Column(String key, Text heading) {
    }

    List<ReportTable> tables(ThemeQueries.Scope scope, Texts t, Function<Part, String> csvHref) {
        List<Part> parts = new ArrayList<>();
        for (Part part : Part.values()) {
            if (!scope.staff() || part.forStaff()) {
                parts.add(part);
            }
        }
        Counted counted = count(parts, scope, t);
        List<ReportTable> tables = new ArrayList<>();
        for (Part part : parts) {
            tables.add(table(part, scope, t, csvHref.apply(part), counted));
        }
        return tables;
    }

    ReportTable table(Part part, ThemeQueries.Scope scope, Texts t, String csvHref) {
        return table(part, scope, t, csvHref, count(List.of(part), scope, t));
    }

    /** What the parts need counted: the people of each part's division, and the items, in one pass. */
    private record Counted(Map<Part, Division> divisions, Map<Part, ThemeQueries.Counts> people, ThemeQueries.Counts items) {
    }

    private Counted count(List<Part> parts, ThemeQueries.Scope scope, Texts t) {
        Map<Part, Division> divisions = new LinkedHashMap<>();
        List<ThemeQueries.Grouping> groupings = new ArrayList<>();
        for (Part part : parts) {
            Division division = part == Part.OVERVIEW ? new Division(List.of(), ThemeQueries.Grouping.column("source", s -> ""))
                    : part == Part.SENTIMENT ? null : division(part, scope, t);
            if (division != null) {
                divisions.put(part, division);
                groupings.add(division.grouping());
            }
        }
        saidCounts.countWaiting();
        ThemeQueries.Tally tally = queries.tally(scope, groupings);
        Map<Part, ThemeQueries.Counts> people = new LinkedHashMap<>();
        int i = 0;
        for (Part part : divisions.keySet()) {
            people.put(part, tally.people().get(i++));
        }
        return new Counted(divisions, people, tally.items());
    }

    private ReportTable table(Part part, ThemeQueries.Scope scope, Texts t, String csvHref, Counted counted) {
        DisclosurePolicy policy = scope.staff() ? policies.staff() : policies.serviceUsers();
        List<Codebook.Entry> rows = codebook.entries().stream().filter(e -> e.theme().mergedInto() == null).toList();
        Text rowHeading = t.ui("themes_report.theme");
        if (part == Part.OVERVIEW) {
            return overview(counted.people().get(part), counted.items(), rows, policy, t, csvHref);
        }
        List<Column> columns;
        ThemeQueries.Counts counts;
        Text caption;
        if (part == Part.SENTIMENT) {
            columns = new ArrayList<>();
            for (SaidItem.Sentiment s : SaidItem.Sentiment.values()) {
                columns.add(new Column(s.name(), t.ui(s.labelKey())));
            }
            columns.add(new Column("", t.ui("themes_report.sentiment_none")));
            counts = counted.items();
            caption = t.ui("themes_report.caption.sentiment");
        } else {
            columns = counted.divisions().get(part).columns();
            counts = counted.people().get(part);
            caption = t.ui(part.captionKey());
        }
        List<Text> headings = new ArrayList<>(columns.stream().map(Column::heading).toList());
        headings.add(part == Part.SENTIMENT ? t.ui("themes_report.all_items") : t.ui("themes_report.all_people"));
        List<ReportTable.Row> tableRows = new ArrayList<>();
        for (Codebook.Entry entry : rows) {
            List<Count> line = columns.stream().map(c -> counts.get(entry.theme().id(), c.key())).toList();
            ProtectedBreakdown shown = DisclosureControl.protect(line, policy);
            List<Text> cells = new ArrayList<>(shown.categories().stream().map(c -> Figures.count(c, t)).toList());
            cells.add(Figures.count(shown.total(), t));
            tableRows.add(new ReportTable.Row(header(entry), cells));
        }
        return new ReportTable("themes-" + part.param(), caption, rowHeading, headings, tableRows, csvHref, null,
                parts(caption, headings.size()));
    }

    /** A quote as the report shows it, with its English gloss beside it. */
    public record Quote(String text, String lang, String dir, String gloss, Text source) {
    }

    /** The approved quotes of one theme. */
    public record ThemeQuotes(Text theme, List<Quote> quotes) {
    }

    /**
     * The approved quotes of the scope, under the theme they count for. A quote is left out when the
     * theme's people, or the people of the quoted person's ethnic group within it, are hidden in the
     * ethnic-group table: a quote must not speak for a group too small to show. Its text is redacted
     * again as it is shown, so a name listed since it was approved is still taken out.
     */
    List<ThemeQuotes> quotes(ThemeQueries.Scope of, Texts t) {
        DisclosurePolicy policy = of.staff() ? policies.staff() : policies.serviceUsers();
        Division ethnic = division(Part.ETHNICITY, of, t);
        List<ThemeQueries.QuoteRow> rows = queries.approvedQuotes(of, ethnic.grouping());
        if (rows.isEmpty()) {
            return List.of();
        }
        saidCounts.countWaiting();
        ThemeQueries.Counts people = queries.people(of, ethnic.grouping());
        List<String> keys = ethnic.columns().stream().map(Column::key).toList();
        Map<Long, Theme> byId = codebook.byId();
        Redaction redaction = inbox.redaction(LocalDate.now(clock));
        Map<Long, List<Quote>> byTheme = new LinkedHashMap<>();
        for (ThemeQueries.QuoteRow row : rows) {
            long theme = countedAs(row.themeId(), byId);
            ProtectedBreakdown shown = DisclosureControl.protect(keys.stream().map(k -> people.get(theme, k)).toList(), policy);
            int group = keys.indexOf(row.group());
            if (!shown.total().isShown() || group < 0 || !shown.categories().get(group).isShown()) {
                continue;
            }
            byTheme.computeIfAbsent(theme, k -> new ArrayList<>()).add(new Quote(redaction.redact(row.text()).text(),
                    languages.lang(row.language()), languages.dir(row.language()),
                    row.gloss() == null ? null : redaction.redact(row.gloss()).text(), t.ui(row.source().labelKey())));
        }
        List<ThemeQuotes> groups = new ArrayList<>();
        for (Codebook.Entry entry : codebook.entries()) {
            List<Quote> quotes = byTheme.get(entry.theme().id());
            if (quotes != null) {
                groups.add(new ThemeQuotes(header(entry), quotes));
            }
        }
        return groups;
    }

    /** The theme a coding counts for: itself, or the theme it was merged into, however many merges on. */
    private static long countedAs(long theme, Map<Long, Theme> byId) {
        long id = theme;
        for (int hops = 0; hops < byId.size() && byId.get(id) != null && byId.get(id).mergedInto() != null; hops++) {
            id = byId.get(id).mergedInto();
        }
        return id;
    }

    /** People and items per theme, with a chart of the people per top-level theme. */
    private ReportTable overview(ThemeQueries.Counts people, ThemeQueries.Counts items, List<Codebook.Entry> rows,
                                 DisclosurePolicy policy, Texts t, String csvHref) {
        List<ReportTable.Row> tableRows = new ArrayList<>();
        List<BarChart.Bar> bars = new ArrayList<>();
        for (Codebook.Entry entry : rows) {
            long id = entry.theme().id();
            Count itemCount = Count.NONE;
            for (Count c : items.byTheme().getOrDefault(id, Map.of()).values()) {
                itemCount = itemCount.plus(c);
            }
            ProtectedBreakdown shownPeople = DisclosureControl.protect(List.of(people.get(id, "")), policy);
            ProtectedBreakdown shownItems = DisclosureControl.protect(List.of(itemCount), policy);
            tableRows.add(new ReportTable.Row(header(entry), List.of(Figures.count(shownPeople.total(), t),
                    Figures.count(shownItems.total(), t))));
            if (entry.depth() == 0) {
                bars.add(BarChart.Bar.rate(new Text(entry.theme().name(), "en"), shownPeople.total(), null, null, null, t));
            }
        }
        Text caption = t.ui("themes_report.caption.overview");
        boolean rtl = "rtl".equals(t.language().dir());
        return new ReportTable("themes-overview", caption, t.ui("themes_report.theme"),
                List.of(t.ui("themes_report.people"), t.ui("themes_report.items")), tableRows, csvHref,
                BarChart.of("themes-overview-chart", caption, bars, rtl, t));
    }

    /** A theme as a row heading: its name, after the names above it for a theme lower down. */
    private static Text header(Codebook.Entry entry) {
        return new Text(entry.path(), "en");
    }

    /** Tables of many columns are shown in parts of at most five, each beside the theme names. */
    private static List<ReportTable.Part> parts(Text caption, int columns) {
        List<ReportTable.Part> parts = new ArrayList<>();
        int per = 5;
        for (int from = 0; from < columns; from += per) {
            parts.add(new ReportTable.Part(caption, Math.min(per, columns - from)));
        }
        return parts;
    }

    record Division(List<Column> columns, ThemeQueries.Grouping grouping) {
    }

    Division division(Part part, ThemeQueries.Scope scope, Texts t) {
        return switch (part) {
            case ETHNICITY -> new Division(ethnicColumns(t),
                    ThemeQueries.Grouping.ethnicity(questions.ethnicity(scope.staff()), ThemesReport::ethnicRow));
            case DEPRIVATION -> {
                Map<String, Integer> quintiles = deprivation.all();
                List<Column> columns = new ArrayList<>();
                List<String> keys = List.of("results.quintile.most_deprived", "results.quintile.second",
                        "results.quintile.third", "results.quintile.fourth", "results.quintile.least_deprived");
                for (String key : keys) {
                    columns.add(new Column(Integer.toString(columns.size() + 1), t.ui(key)));
                }
                columns.add(new Column(NOT_GIVEN, t.ui("results.row.quintile_unknown")));
                yield new Division(columns, ThemeQueries.Grouping.district(questions.districts(), district -> {
                            Integer quintile = district == null ? null : quintiles.get(DistrictQuintiles.normalise(district));
                            return quintile == null ? NOT_GIVEN : quintile.toString();
                        }));
            }
            case LANGUAGE -> {
                List<Column> columns = new ArrayList<>();
                Set<String> tags = new TreeSet<>();
                for (Language language : translations.languages()) {
                    columns.add(new Column(language.tag(), new Text(language.name(), language.tag())));
                    tags.add(language.tag());
                }
                columns.add(new Column(OTHER, t.ui("themes_report.language_other")));
                yield new Division(columns, ThemeQueries.Grouping.column("language", tag -> tags.contains(tag) ? tag : OTHER));
            }
            case CHANNEL -> new Division(List.of(new Column("ONLINE", t.ui("results.channel.online")),
                    new Column("PAPER", t.ui("results.channel.paper")), new Column("EVENT", t.ui("results.channel.event"))),
                    ThemeQueries.Grouping.column("channel", Function.identity()));
            case SOURCE -> new Division(List.of(new Column("SURVEY", t.ui("themes.source.survey")),
                    new Column("EVENT", t.ui("themes.source.event"))),
                    ThemeQueries.Grouping.column("source", Function.identity()));
            case QUARTER -> new Division(quarters(scope.from(), scope.to(), t), ThemeQueries.Grouping.quarter());
            default -> throw new IllegalArgumentException("no division for " + part);
        };
    }

    /** Calendar quarters that overlap the period, oldest first, as "2026-2" with "April to June 2026". */
    static List<Column> quarters(LocalDate from, LocalDate to, Texts t) {
        List<Column> columns = new ArrayList<>();
        LocalDate start = from.withDayOfMonth(1).withMonth((from.getMonthValue() - 1) / 3 * 3 + 1);
        Locale locale = Locale.forLanguageTag(t.language().tag());
        for (LocalDate q = start; !q.isAfter(to) && columns.size() < 40; q = q.plusMonths(3)) {
            int quarter = (q.getMonthValue() - 1) / 3 + 1;
            Month first = q.getMonth();
            Month last = first.plus(2);
            columns.add(new Column(q.getYear() + "-" + quarter, t.ui("themes_report.quarter", Map.of(
                    "first", first.getDisplayName(TextStyle.FULL_STANDALONE, locale),
                    "last", last.getDisplayName(TextStyle.FULL_STANDALONE, locale), "year", Integer.toString(q.getYear())))));
        }
        return columns;
    }

    /** White British, the rest of White, the other four NHS groups, and not stated. */
    private static List<Column> ethnicColumns(Texts t) {
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put("white_british", "results.ethnic.white_british");
        groups.put("white_other", "results.ethnic.white_other");
        groups.put("mixed", "results.ethnic.mixed");
        groups.put("asian", "results.ethnic.asian");
        groups.put("black", "results.ethnic.black");
        groups.put("other", "results.ethnic.other");
        groups.put(NOT_GIVEN, "results.ethnic.not_stated");
        List<Column> columns = new ArrayList<>();
        groups.forEach((row, key) -> columns.add(new Column(row, t.ui(key))));
        return columns;
    }

    static String ethnicRow(String code) {
        return EthnicCategory.reportRow(code, NOT_GIVEN);
    }
}
