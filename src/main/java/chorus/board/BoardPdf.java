package chorus.board;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The board report as a PDF, made on the server from the page's own HTML with openhtmltopdf: A4
 * portrait, a running header with the scope and period, page numbers, embedded fonts, tagged
 * (PDF/UA) with its language and title so screen readers and text extraction read it.
 *
 * <p>openhtmltopdf lays text out glyph by glyph: it cannot join Arabic or Urdu letters nor shape
 * Bengali. So the PDF is made in English, and any words in another script (a quote in the
 * person's own language) are shown by their English gloss, never as broken glyphs; the web page,
 * which the browser shapes, shows them as they were said. The charts are pictures of the tables
 * beside them and are left out: the tables carry every figure.
 */
final class BoardPdf {

    /** Scripts the PDF's fonts and layout show correctly: Latin, and the marks and digits every script shares. */
    private static final Set<Character.UnicodeScript> SHOWN = Set.of(Character.UnicodeScript.LATIN,
            Character.UnicodeScript.COMMON, Character.UnicodeScript.INHERITED);

    private BoardPdf() {
    }

    /**
     * {@code html} is the board report page in English; {@code header} its running header (scope and
     * period); {@code unshaped} what stands for words in another script that have no gloss.
     */
    static byte[] of(String html, String header, String unshaped) {
        Document page = Jsoup.parse(html);
        // A document, not a page: no navigation, forms, links to other pages or script.
        page.select("script, link, header, footer, nav, form, .back-link, .skip-link, .languages, .report-download, svg, "
                + ".report-chart, .report-legend, .board-pdf").remove();
        page.select(".table-wrap").removeAttr("tabindex").removeAttr("role").removeAttr("aria-label");
        latinOnly(page.body(), unshaped);
        page.head().appendElement("style").appendText(css());
        Element running = page.body().prependElement("div").addClass("running-header");
        running.text(header);
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(page);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> font("NotoSans-Regular.ttf"), "Noto Sans", 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("NotoSans-Bold.ttf"), "Noto Sans", 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withW3cDocument(dom, "about:blank");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every element whose own words are in a script the PDF cannot show: its English gloss
     * ({@code data-gloss}) where it has one, else {@code unshaped}.
     */
    static void latinOnly(Element root, String unshaped) {
        for (Element element : root.getAllElements()) {
            boolean foreign = element.textNodes().stream().map(TextNode::text).anyMatch(BoardPdf::unshown);
            if (!foreign) {
                continue;
            }
            String gloss = element.attr("data-gloss");
            element.text(gloss.isBlank() ? unshaped : gloss);
            if (!gloss.isBlank() && element.parent() != null) {
                // The quote now reads as its gloss: the gloss beside it would only repeat it.
                element.parent().select(".gloss").remove();
            }
            element.attr("lang", "en").removeAttr("dir");
        }
    }

    static boolean unshown(String text) {
        return text.codePoints().anyMatch(c -> Character.isLetter(c) && !SHOWN.contains(Character.UnicodeScript.of(c)));
    }

    private static InputStream font(String name) {
        InputStream in = BoardPdf.class.getResourceAsStream("/fonts/" + name);
        if (in == null) {
            throw new IllegalStateException("the font " + name + " is missing from the build");
        }
        return in;
    }

    private static String css() {
        try (InputStream in = BoardPdf.class.getResourceAsStream("/board/pdf.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
