package chorus.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Templates hold no words of their own: every word a person reads comes through chorus:text or
 * th:text from translations/, so a page can never be half in English by accident.
 */
class TemplateTextTest {

    /** Attributes a person reads or hears: they too must come from an expression (th:attr, th:title...). */
    private static final Set<String> READ_ATTRIBUTES = Set.of("title", "alt", "aria-label", "placeholder", "aria-description");

    @Test
    void templatesHaveNoLiteralText() {
        List<String> found = new ArrayList<>();
        for (Path file : InterfaceKeysTest.walk(Path.of("src/main/resources/views"), ".html")) {
            literalText(InterfaceKeysTest.read(file)).forEach(text -> found.add(file.toString().replace('\\', '/') + ": " + text));
        }
        assertTrue(found.isEmpty(), "literal text in templates; use a key in translations/ui/en.yml instead:\n" + String.join("\n", found));
    }

    @Test
    void findsTextNodesAndReadAttributesButNotExpressions() {
        String template = """
                <div th:fragment="x"><p chorus:text="${t.ui('a.b')}"></p>
                  <p>Hello</p><img src="x.png" alt="A baby"><nav th:attr="aria-label=${t.ui('c')}"></nav>
                  <span aria-hidden="true">  </span><!-- a comment is for developers --></div>
                """;

        assertEquals(List.of("<p> \"Hello\"", "<img alt=\"A baby\">"), literalText(template));
    }

    private static List<String> literalText(String template) {
        // The XML parser keeps the template as written: the HTML parser would move or add elements.
        Document document = Jsoup.parse(template, "", Parser.xmlParser());
        List<String> found = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            for (TextNode text : element.textNodes()) {
                if (!text.isBlank()) {
                    found.add("<" + element.tagName() + "> \"" + text.text().strip() + "\"");
                }
            }
            element.attributes().forEach(a -> {
                if (READ_ATTRIBUTES.contains(a.getKey()) && !a.getValue().isBlank()) {
                    found.add("<" + element.tagName() + " " + a.getKey() + "=\"" + a.getValue() + "\">");
                }
            });
        }
        return found;
    }
}
