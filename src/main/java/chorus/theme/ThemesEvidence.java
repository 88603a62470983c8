package chorus.theme;

import chorus.i18n.Text;
import chorus.i18n.Texts;
import chorus.report.ReportTable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * What people said, as the board report quotes it: the people who raised each top-level theme of
 * the service-user items in a period, the themes most raised in words, and the approved quotes. The
 * figures are the themes report's own, protected as it protects them.
 */
@Singleton
public class ThemesEvidence {

    /** The table of top-level themes, up to three of them most raised, and the approved quotes by theme. */
    public record Evidence(ReportTable themes, List<Text> top, List<Quotes> quotes) {
    }

    /** One theme's approved quotes, each in its own words and language, with its English gloss. */
    public record Quotes(Text theme, List<Quote> quotes) {
    }

    public record Quote(String text, String lang, String dir, String gloss, Text source) {
    }

    private final ThemesReport report;

    ThemesEvidence(ThemesReport report) {
        this.report = report;
    }

    /** Service-user items said from {@code from} to {@code to}, the whole LMNS's ({@code mvpId} null) or one MVP's. */
    public Evidence of(LocalDate from, LocalDate to, Long mvpId, String csvHref, Texts t) {
        ThemeQueries.Scope scope = new ThemeQueries.Scope(false, from, to, mvpId, null);
        ReportTable overview = report.table(ThemesReport.Part.OVERVIEW, scope, t, csvHref);
        // Top-level themes only: a board reads the few broad themes, and the themes report has the rest.
        List<ReportTable.Row> top = overview.rows().stream().filter(r -> !r.header().value().contains(" › ")).toList();
        ReportTable themes = new ReportTable("board-themes", t.ui("board.themes.caption"), overview.rowHeading(),
                overview.columns(), top, csvHref, null);
        // Ranked by the published count of people, so the words never say more than the table shows.
        List<Text> most = top.stream().filter(r -> published(r) > 0)
                .sorted(Comparator.comparingInt(ThemesEvidence::published).reversed()).limit(3).map(ReportTable.Row::header).toList();
        List<Quotes> quotes = report.quotes(scope, t).stream().map(g -> new Quotes(g.theme(), g.quotes().stream()
                .map(q -> new Quote(q.text(), q.lang(), q.dir(), q.gloss(), q.source())).toList())).toList();
        return new Evidence(themes, most, quotes);
    }

    private static int published(ReportTable.Row row) {
        String people = row.cells().get(0).value();
        return people.matches("\\d{1,9}") ? Integer.parseInt(people) : -1;
    }
}
