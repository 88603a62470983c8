package chorus.board;

import chorus.i18n.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The headline measures over the trend's periods as a line chart, drawn on the server as SVG so it
 * needs no script and prints as it shows. Each measure has its own dash pattern and mark as well as
 * colour, so the lines tell apart in black and white and for readers who do not see colour. The
 * chart is a picture of the trend table beside it, which is what a screen reader reads; a period
 * whose share is hidden or unknown leaves a gap in its line, never a zero.
 */
final class TrendChart {

    /** The drawing, and for each line its legend: the measure and a sample of its line. */
    record Chart(String svg, List<Legend> legend) {
    }

    record Legend(Text label, String sample) {
    }

    private static final int WIDTH = 640;
    private static final int HEIGHT = 240;
    private static final int LEFT = 44;
    private static final int RIGHT = 16;
    private static final int TOP = 12;
    private static final int BOTTOM = 28;
    private static final String[] COLOURS = {"#005eb8", "#007f3b", "#8a1538", "#4c6272", "#7c2855", "#212b32"};
    private static final String[] DASHES = {"", "8 4", "2 3", "10 3 2 3", "4 4", "1 2"};

    private TrendChart() {
    }

    /** {@code periods} label the x axis, oldest first; in a right-to-left page time runs from the right. */
    static Chart of(String id, Text title, List<BoardReport.Trend> trends, List<Text> periods, boolean rtl) {
        StringBuilder body = new StringBuilder();
        for (int tick = 0; tick <= 100; tick += 25) {
            double y = y(tick);
            body.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(fmt(y))
                    .append("\" y2=\"").append(fmt(y)).append("\" stroke=\"#d8dde0\"/>");
            body.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(y + 4)).append("\" text-anchor=\"end\">")
                    .append(tick).append("%</text>");
        }
        for (int i = 0; i < periods.size(); i++) {
            body.append("<text x=\"").append(fmt(x(i, periods.size(), rtl))).append("\" y=\"").append(HEIGHT - 8)
                    .append("\" text-anchor=\"middle\">").append(escape(periods.get(i).value())).append("</text>");
        }
        List<Legend> legend = new ArrayList<>();
        for (int line = 0; line < trends.size(); line++) {
            String colour = COLOURS[line % COLOURS.length];
            String dash = DASHES[line % DASHES.length];
            List<Double> percents = trends.get(line).percents();
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < percents.size(); i++) {
                Double percent = percents.get(i);
                if (percent == null) {
                    polyline(body, points, colour, dash);
                    points.setLength(0);
                    continue;
                }
                double x = x(i, percents.size(), rtl);
                double y = y(percent);
                points.append(fmt(x)).append(',').append(fmt(y)).append(' ');
                mark(body, line, x, y, colour);
            }
            polyline(body, points, colour, dash);
            legend.add(new Legend(trends.get(line).question(), sample(line, colour, dash)));
        }
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"trend-chart\" role=\"img\" viewBox=\"0 0 " + WIDTH + " "
                + HEIGHT + "\" aria-labelledby=\"" + id + "-title\" font-size=\"11\" fill=\"#212b32\"><title id=\"" + id + "-title\">"
                + escape(title.value()) + "</title>" + body + "</svg>";
        return new Chart(svg, List.copyOf(legend));
    }

    private static void polyline(StringBuilder out, StringBuilder points, String colour, String dash) {
        if (points.length() == 0) {
            return;
        }
        out.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2.5\"")
                .append(dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"").append(" points=\"")
                .append(points.toString().trim()).append("\"/>");
    }

    /** A circle, square or triangle, by turns: a shape tells the lines apart where colour does not. */
    private static void mark(StringBuilder out, int line, double x, double y, String colour) {
        switch (line % 3) {
            case 0 -> out.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"4\" fill=\"")
                    .append(colour).append("\"/>");
            case 1 -> out.append("<rect x=\"").append(fmt(x - 4)).append("\" y=\"").append(fmt(y - 4))
                    .append("\" width=\"8\" height=\"8\" fill=\"").append(colour).append("\"/>");
            default -> out.append("<polygon points=\"").append(fmt(x)).append(',').append(fmt(y - 5)).append(' ')
                    .append(fmt(x - 5)).append(',').append(fmt(y + 4)).append(' ').append(fmt(x + 5)).append(',')
                    .append(fmt(y + 4)).append("\" fill=\"").append(colour).append("\"/>");
        }
    }

    private static String sample(int line, String colour, String dash) {
        StringBuilder out = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"12\" viewBox=\"0 0 40 12\""
                + " aria-hidden=\"true\" focusable=\"false\"><line x1=\"2\" x2=\"38\" y1=\"6\" y2=\"6\" stroke=\"" + colour
                + "\" stroke-width=\"2.5\"" + (dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"") + "/>");
        mark(out, line, 20, 6, colour);
        return out.append("</svg>").toString();
    }

    private static double x(int index, int count, boolean rtl) {
        double span = WIDTH - LEFT - RIGHT - 40;
        double at = count <= 1 ? span / 2 : span * index / (count - 1);
        return LEFT + 20 + (rtl ? span - at : at);
    }

    private static double y(double percent) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (100 - percent) / 100;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
