package chorus.poster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.i18n.Translations;
import chorus.support.WebClient;
import chorus.survey.SurveyCatalog;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.nayuki.qrcodegen.QrCode;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The printable poster in every language the survey has: its title in that language, and a QR
 * code whose dark modules are exactly those the library makes for the survey's link in that
 * language, with the same link printed beneath.
 */
@MicronautTest(transactional = false)
class PosterTest {

    private static final String SURVEY = "maternity-experience";
    private static final Pattern RUN = Pattern.compile("M(\\d+),(\\d+)h(\\d+)v1h-(\\d+)z");

    @Inject
    EmbeddedServer server;
    @Inject
    SurveyCatalog catalog;
    @Inject
    Translations translations;

    @Test
    void thePosterInEveryLanguageHasItsTitleAndACodeOfItsLink() {
        var survey = catalog.latest(SURVEY).orElseThrow();
        List<String> tags = translations.languagesOf(survey).stream().map(l -> l.tag()).toList();
        assertEquals(Set.of("en", "en-x-easy", "pl", "ro", "ur", "ar", "bn"), Set.copyOf(tags), "every shipped language has the survey");
        for (String tag : tags) {
            WebClient.Reply reply = new WebClient(server.getURI()).get("/s/" + SURVEY + "/poster?lang=" + tag);
            assertEquals(200, reply.status(), tag);
            Document page = reply.html();
            String expected = "http://" + server.getHost() + ":" + server.getPort() + "/s/" + SURVEY + "?lang=" + tag;
            String title = translations.surveyTexts(survey, translations.language(tag).orElseThrow()).title().value();

            assertEquals(tag, page.selectFirst("html").attr("lang"));
            assertEquals(tag.equals("ur") || tag.equals("ar") ? "rtl" : "ltr", page.selectFirst("html").attr("dir"), tag);
            assertEquals(title, page.selectFirst("main h1").text(), tag);
            Element url = page.selectFirst(".poster-url");
            assertEquals("ltr", url.attr("dir"), tag);
            assertEquals(expected, url.text(), tag);
            assertEquals(expected, url.selectFirst("a").attr("href"), tag);

            Element svg = page.selectFirst("main svg");
            assertEquals("img", svg.attr("role"), tag);
            assertTrue(svg.attr("aria-label").contains(expected), tag + ": the code's name gives the link");
            assertTrue(svg.selectFirst("title").text().contains(expected), tag);
            assertCodeOf(expected, svg);
        }
    }

    @Test
    void theCodeAloneIsAnSvgImage() {
        WebClient.Reply reply = new WebClient(server.getURI()).get("/s/" + SURVEY + "/poster.svg?lang=ur");
        assertEquals(200, reply.status());
        assertTrue(reply.header("Content-Type").startsWith("image/svg+xml"), reply.header("Content-Type"));
        String expected = "http://" + server.getHost() + ":" + server.getPort() + "/s/" + SURVEY + "?lang=ur";
        Element svg = org.jsoup.Jsoup.parse(reply.body(), "", org.jsoup.parser.Parser.xmlParser()).selectFirst("svg");
        assertEquals("http://www.w3.org/2000/svg", svg.attr("xmlns"));
        assertCodeOf(expected, svg);
    }

    @Test
    void unknownSurveyOrLanguageIsNotFound() {
        WebClient web = new WebClient(server.getURI());
        assertEquals(404, web.get("/s/no-such-survey/poster?lang=en").status());
        assertEquals(404, web.get("/s/" + SURVEY + "/poster?lang=xx").status());
        assertEquals(404, web.get("/s/no-such-survey/poster.svg?lang=en").status());
        assertEquals(404, web.get("/s/" + SURVEY + "/poster.svg?lang=xx").status());
    }

    /** The path's squares, read back into a grid, are exactly the dark modules of the link's QR code. */
    private static void assertCodeOf(String text, Element svg) {
        QrCode code = QrCode.encodeText(text, QrSvg.ECC);
        int size = code.size + 2 * QrSvg.BORDER;
        assertEquals("0 0 " + size + " " + size, svg.attr("viewBox"));
        Set<String> drawn = new HashSet<>();
        Matcher run = RUN.matcher(svg.selectFirst("path").attr("d"));
        int end = 0;
        while (run.find()) {
            assertEquals(end, run.start(), "the path is only runs of squares");
            end = run.end();
            int x = Integer.parseInt(run.group(1)) - QrSvg.BORDER;
            int y = Integer.parseInt(run.group(2)) - QrSvg.BORDER;
            assertEquals(run.group(3), run.group(4));
            for (int i = 0; i < Integer.parseInt(run.group(3)); i++) {
                assertTrue(drawn.add((x + i) + "," + y), "each module is drawn once");
            }
        }
        assertEquals(svg.selectFirst("path").attr("d").length(), end, "the path is only runs of squares");
        Set<String> dark = new HashSet<>();
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                if (code.getModule(x, y)) {
                    dark.add(x + "," + y);
                }
            }
        }
        assertEquals(dark, drawn, "the drawn modules are the QR code of " + text);
    }
}
