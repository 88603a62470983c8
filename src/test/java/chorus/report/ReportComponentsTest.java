package chorus.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.disclosure.Cell;
import chorus.disclosure.DisclosureControl;
import chorus.disclosure.DisclosurePolicy;
import chorus.disclosure.ProtectedBreakdown;
import chorus.disclosure.RecordKeys;
import chorus.i18n.Text;
import chorus.i18n.Texts;
import chorus.i18n.Translations;
import chorus.stats.Proportions;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shared report pieces: the SVG chart, the cell wording and the CSV of a published table. */
@MicronautTest(transactional = false)
class ReportComponentsTest {

    @Inject
    Translations translations;

    Texts en;

    @BeforeEach
    void english() {
        en = translations.texts(translations.source());
    }

    /** Even counts are published as they are (see Perturbation), so these figures can be worked by hand. */
    private static ProtectedBreakdown answers() {
        RecordKeys keys = new RecordKeys(new byte[32]);
        return DisclosureControl.protect(List.of(keys.units("yes", 40), keys.units("no", 4), keys.units("maybe", 30)),
                DisclosurePolicy.staff());
    }

    @Test
    void aHiddenCellHasNoBarAndSaysFewerThanNeverZero() {
        // 4 is too small; 30 is hidden too, or 74 - 40 - 30 would give it away.
        ProtectedBreakdown published = answers();
        BarChart.Chart chart = BarChart.of("c1", Text.of("Answers"), List.of(
                BarChart.Bar.share(Text.of("Yes"), published.categories().get(0), en),
                BarChart.Bar.share(Text.of("No"), published.categories().get(1), en),
                BarChart.Bar.share(Text.of("Maybe"), published.categories().get(2), en)), false, en);
        Document svg = Jsoup.parse(chart.svg(), "", Parser.xmlParser());
        Element root = svg.selectFirst("svg");

        assertEquals("img", root.attr("role"));
        assertEquals("c1-title", root.attr("aria-labelledby"));
        assertEquals("Answers", svg.selectFirst("title#c1-title").text());
        assertEquals(1, svg.select("rect").size(), "one bar: the hidden cells get none");
        String words = String.join(" ", svg.select("text").eachText());
        assertTrue(words.contains("fewer than 11"), words);
        assertTrue(words.contains("Yes: 54.1%"), "40 of 74 = 54.05%: " + words);
        assertFalse(words.contains("No: 0"), words);
        assertFalse(chart.svg().contains("<script"), "no JavaScript");
    }

    @Test
    void barsWhiskersAndComparatorsSitWhereTheFiguresSay() {
        // 20 of 50 = 40%; bar from 1% to 1 + 40 * 0.97 = 39.8% of the width.
        var interval = Proportions.wilson(20, 50);
        BarChart.Bar bar = BarChart.Bar.rate(Text.of("BME"), new Cell.Shown(50, java.util.OptionalDouble.empty()), 40.0,
                interval, 30.0, en);
        Document svg = Jsoup.parse(BarChart.of("c2", Text.of("t"), List.of(bar), false, en).svg(), "", Parser.xmlParser());

        Element rect = svg.selectFirst("rect");
        assertEquals("1.0%", rect.attr("x"));
        assertEquals("38.8%", rect.attr("width"));
        // Comparator 30% drawn at 1 + 30 * 0.97 = 30.1%.
        assertTrue(svg.select("line[stroke=#b3261e]").stream().anyMatch(l -> l.attr("x1").equals("30.1%")));
        // Wilson, z = 1.96: centre (0.4 + 3.8416/100) / 1.076832 = 0.40714, half-width
        // 1.96 * sqrt(0.0048 + 0.00038416) / 1.076832 = 0.13105: 27.6% to 53.8%.
        String words = String.join(" ", svg.select("text").eachText());
        assertTrue(words.contains("BME: 40.0% (95% interval 27.6% to 53.8%)"), words);
    }

    @Test
    void rightToLeftBarsGrowFromTheRight() {
        BarChart.Bar bar = BarChart.Bar.rate(Text.of("x"), new Cell.Shown(50, java.util.OptionalDouble.empty()), 40.0,
                null, null, en);
        Document svg = Jsoup.parse(BarChart.of("c3", Text.of("t"), List.of(bar), true, en).svg(), "", Parser.xmlParser());

        Element rect = svg.selectFirst("rect");
        // Ends at 100 - 1 = 99% and starts at 100 - 39.8 = 60.2%.
        assertEquals("60.2%", rect.attr("x"));
        assertEquals("rtl", svg.selectFirst("svg").attr("direction"));
    }

    @Test
    void longLabelsWrapToFitAPhone() {
        List<String> lines = BarChart.wrap("Maternity support worker, White: hidden (fewer than 11, or to protect a smaller number)");
        assertTrue(lines.size() > 1);
        lines.forEach(l -> assertTrue(l.length() <= 36, l));
    }

    @Test
    void theCsvRepeatsTheTableWithHiddenCellsInWordsAndFormulasNeutralised() {
        ProtectedBreakdown published = answers();
        ReportTable table = new ReportTable("t", Text.of("Answers"), Text.of("Group"), List.of(Text.of("n")),
                List.of(new ReportTable.Row(Text.of("=Yes"), List.of(Figures.count(published.categories().get(0), en))),
                        new ReportTable.Row(Text.of("No"), List.of(Figures.count(published.categories().get(1), en))),
                        new ReportTable.Row(Text.of("Maybe"), List.of(Figures.count(published.categories().get(2), en)))),
                null, null);
        String csv = ReportCsv.of(table);

        assertTrue(csv.startsWith("\uFEFFAnswers\r\nGroup,n\r\n'=Yes,40\r\n"), csv);
        assertTrue(csv.contains("No,\"hidden (fewer than 11, or to protect a smaller number)\"\r\n"), csv);
        assertTrue(csv.contains("Maybe,\"hidden (fewer than 11"), "30 hidden too, or the total would give 4: " + csv);
        assertFalse(csv.contains(",4\r\n") || csv.contains(",30\r\n"), csv);
        assertThrows(IllegalArgumentException.class, () -> ReportCsv.download(table, "../x.csv"));
    }

    @Test
    void figuresReadAsWords() {
        assertEquals("45.2%", Figures.percent(45.15001, en).value());
        assertEquals("+3.0", Figures.points(3).value());
        assertEquals("0.0", Figures.points(-0.01).value());
        assertEquals("1.50", Figures.ratio(1.5).value());
    }
}
