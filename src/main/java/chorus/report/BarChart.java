package chorus.report;

import chorus.disclosure.Cell;
import chorus.i18n.Text;
import chorus.i18n.Texts;
import chorus.stats.Interval;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.unbescape.html.HtmlEscape;

/**
 * A horizontal bar chart of percentages (0 to 100) drawn on the server as SVG: no JavaScript, and it
 * prints. Each bar may carry a 95% interval (a whisker) and a comparator (a dashed marker, say the
 * national figure). A hidden figure gets no bar, only the disclosure text: a missing bar must never
 * read as 0.
 *
 * <p>Horizontal positions are percentages of the chart's width, so the chart fills any width from a
 * 320 px phone to A4 while its text keeps its size. Labels sit on their own lines above each bar and
 * wrap, because SVG text never wraps by itself. Right-to-left pages get the bars growing from the
 * right. The chart is one image to assistive technology (role="img" with a title); the table next
 * to it holds the same figures for everyone.
 */
public final class BarChart {

    /** Bars: 5.1:1 on white; the whisker on the bar 4.1:1, the comparator 6.0:1 on white. */
    static final String BAR = "#1d70b8";
    static final String INK = "#0b0c0c";
    static final String COMPARATOR = "#b3261e";

    private static final int FONT = 14;
    private static final int LINE = 18;
    private static final int BAR_HEIGHT = 16;
    private static final int GAP = 14;
    private static final int WRAP = 36;

    private BarChart() {
    }

    /** One bar: its label, the words beside it, and its figures (null where there are none). */
    public record Bar(Text label, Text value, Double percent, Interval interval, Double comparator) {

        /**
         * A rate whose base is a published cell: hidden base, no bar and the disclosure text; no rate
         * (nobody in the group), no bar and "not available".
         *
         * @param percent 0 to 100, or null when there is no rate
         * @param interval of the proportion (0 to 1), or null
         * @param comparator 0 to 100, or null
         */
        public static Bar rate(Text label, Cell base, Double percent, Interval interval, Double comparator, Texts t) {
            if (base instanceof Cell.Suppressed hidden) {
                return new Bar(label, Figures.hidden(hidden, t), null, null, comparator);
            }
            if (percent == null) {
                return new Bar(label, Figures.notAvailable(t), null, null, comparator);
            }
            Text value = interval == null ? Figures.percent(percent, t)
                    : t.ui("report.chart.value_interval", Map.of("percent", Figures.percent(percent, t).value(),
                    "interval", Figures.interval(interval, t).value()));
            return new Bar(label, value, percent, interval == null ? null
                    : new Interval(100 * interval.lower(), 100 * interval.upper()), comparator);
        }

        /** A cell's own percentage of its published total. */
        public static Bar share(Text label, Cell cell, Texts t) {
            Double percent = cell instanceof Cell.Shown shown && shown.percentage().isPresent()
                    ? shown.percentage().getAsDouble() : null;
            return rate(label, cell, percent, null, null, t);
        }
    }

    /** The SVG markup and the legend that explains its marks (shown as text beside it). */
    public record Chart(String svg, List<Text> legend) {
    }

    /**
     * @param id unique on the page; the title and description take it as a prefix
     * @param rtl whether the page reads right to left
     */
    public static Chart of(String id, Text title, List<Bar> bars, boolean rtl, Texts t) {
        if (!id.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException("not an id: " + id);
        }
        StringBuilder body = new StringBuilder();
        int y = 0;
        for (Bar bar : bars) {
            List<String> lines = wrap(t.ui("report.chart.label", Map.of("label", bar.label().value(),
                    "value", bar.value().value())).value());
            for (String line : lines) {
                y += LINE;
                text(body, rtl, y, line);
            }
            y += 6;
            drawBar(body, bar, rtl, y);
            y += BAR_HEIGHT + GAP;
        }
        y = axis(body, rtl, y, t);
        List<Text> legend = new ArrayList<>(List.of(t.ui("report.chart.legend_bar")));
        if (bars.stream().anyMatch(b -> b.interval() != null)) {
            legend.add(t.ui("report.chart.legend_interval"));
        }
        if (bars.stream().anyMatch(b -> b.comparator() != null)) {
            legend.add(t.ui("report.chart.legend_comparator"));
        }
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bar-chart\" role=\"img\" width=\"100%\" height=\"" + y
                + "\" aria-labelledby=\"" + id + "-title\" font-size=\"" + FONT + "\" fill=\"" + INK + "\""
                + (rtl ? " direction=\"rtl\"" : "") + "><title id=\"" + id + "-title\">" + escape(title.value()) + "</title>"
                + body + "</svg>";
        return new Chart(svg, List.copyOf(legend));
    }

    private static void drawBar(StringBuilder out, Bar bar, boolean rtl, int top) {
        int middle = top + BAR_HEIGHT / 2;
        line(out, pct(x(0, rtl)), pct(x(0, rtl)), top - 2, top + BAR_HEIGHT + 2, INK, "1", null);
        if (bar.percent() != null) {
            double from = Math.min(x(0, rtl), x(bar.percent(), rtl));
            out.append("<rect x=\"").append(pct(from)).append("\" y=\"").append(top).append("\" width=\"")
                    .append(pct(Math.abs(x(bar.percent(), rtl) - x(0, rtl)))).append("\" height=\"").append(BAR_HEIGHT)
                    .append("\" fill=\"").append(BAR).append("\"/>");
        }
        if (bar.interval() != null) {
            String low = pct(x(bar.interval().lower(), rtl));
            String high = pct(x(bar.interval().upper(), rtl));
            line(out, low, high, middle, middle, INK, "2", null);
            line(out, low, low, top + 3, top + BAR_HEIGHT - 3, INK, "2", null);
            line(out, high, high, top + 3, top + BAR_HEIGHT - 3, INK, "2", null);
        }
        if (bar.comparator() != null) {
            String at = pct(x(bar.comparator(), rtl));
            line(out, at, at, top - 5, top + BAR_HEIGHT + 5, COMPARATOR, "3", "4 2");
        }
    }

    private static int axis(StringBuilder out, boolean rtl, int y, Texts t) {
        int top = y - GAP + 4;
        out.append("<line x1=\"").append(pct(x(0, rtl))).append("\" x2=\"").append(pct(x(100, rtl))).append("\" y1=\"")
                .append(top).append("\" y2=\"").append(top).append("\" stroke=\"").append(INK).append("\"/>");
        for (int tick = 0; tick <= 100; tick += 25) {
            line(out, pct(x(tick, rtl)), pct(x(tick, rtl)), top, top + 5, INK, "1", null);
            String anchor = tick == 0 ? "start" : tick == 100 ? "end" : "middle";
            out.append("<text x=\"").append(pct(x(tick, rtl))).append("\" y=\"").append(top + 5 + LINE)
                    .append("\" text-anchor=\"").append(rtl ? mirror(anchor) : anchor).append("\" direction=\"ltr\">")
                    .append(escape(Figures.percent(tick, t).value().replace(".0", ""))).append("</text>");
        }
        return top + 5 + LINE + 6;
    }

    private static void text(StringBuilder out, boolean rtl, int y, String words) {
        out.append("<text x=\"").append(pct(x(0, rtl))).append("\" y=\"").append(y).append("\">").append(escape(words)).append("</text>");
    }

    private static void line(StringBuilder out, String x1, String x2, int y1, int y2, String colour, String width, String dash) {
        out.append("<line x1=\"").append(x1).append("\" x2=\"").append(x2).append("\" y1=\"").append(y1).append("\" y2=\"")
                .append(y2).append("\" stroke=\"").append(colour).append("\" stroke-width=\"").append(width).append('"');
        if (dash != null) {
            out.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        out.append("/>");
    }

    /** Where a percentage falls, as a percentage of the chart's width: a little margin each side. */
    private static double x(double percent, boolean rtl) {
        double clamped = Math.max(0, Math.min(100, percent));
        double ltr = 1 + clamped * 0.97;
        return rtl ? 100 - ltr : ltr;
    }

    private static String pct(double value) {
        return Figures.oneDecimal(value) + "%";
    }

    private static String mirror(String anchor) {
        return switch (anchor) {
            case "start" -> "end";
            case "end" -> "start";
            default -> anchor;
        };
    }

    /** Words to lines of at most about {@value #WRAP} characters, which fit a 320 px phone at 14 px. */
    static List<String> wrap(String words) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words.split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > WRAP) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String escape(String text) {
        return HtmlEscape.escapeHtml4Xml(text);
    }
}
