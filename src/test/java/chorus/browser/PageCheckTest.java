package chorus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.support.Browser;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The page check every browser test relies on finds what it is there to find: axe-core's WCAG
 * failures, invalid HTML and sideways scrolling, on pages made to have them. No server is needed.
 */
class PageCheckTest extends BrowserTest {

    private static final String GOOD_HEAD = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>A page</title></head>";

    /** The pages here are made to fail: the build log's summary line counts only real pages. */
    @AfterEach
    void forgetTheMadeUpPages() {
        if (browser != null) {
            browser.forgetChecks();
        }
    }

    private static void show(String html) {
        browser.driver().get("data:text/html;charset=utf-8;base64,"
                + Base64.getEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static Set<String> rules(Browser.PageCheck check) {
        return check.violations().stream().map(Browser.Violation::rule).collect(Collectors.toSet());
    }

    @Test
    void aGoodPagePasses() {
        show(GOOD_HEAD + "<body><main><h1>Hello</h1><p>A short page.</p></main></body></html>");
        Browser.PageCheck check = browser.check("good page");
        assertTrue(check.passed(), check::describe);
    }

    @Test
    void wcagFailuresAndInvalidHtmlAreFoundOnePerElement() {
        show("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
                + "<title>Bad</title></head><body><main><h1>Bad</h1><img src=\"a.png\"><img src=\"b.png\">"
                + "<input type=\"text\"></main></body></html>");
        Browser.PageCheck check = browser.check("bad page");
        assertFalse(check.passed());
        assertTrue(rules(check).containsAll(Set.of("image-alt", "label", "html-has-lang", "html-valid")), check::describe);
        assertEquals(2, check.violations().stream().filter(v -> v.rule().equals("image-alt")).count(), "one per image");
        Browser.Violation image = check.violations().stream().filter(v -> v.rule().equals("image-alt")).findFirst().orElseThrow();
        assertTrue(image.html().startsWith("<img"), image.html());
        assertTrue(image.helpUrl().startsWith("https://dequeuniversity.com/rules/axe/"), image.helpUrl());
        assertFalse(image.summary().isBlank(), "says how to fix it");
    }

    @Test
    void aRuleCheckedElsewhereIsLeftOutAndNoOther() {
        show(GOOD_HEAD + "<body><main><h1>Form</h1><img src=\"a.png\"><input type=\"text\"></main></body></html>");
        Set<String> found = rules(browser.check("without image-alt", List.of("image-alt")));
        assertFalse(found.contains("image-alt"), found::toString);
        assertTrue(found.contains("label"), found::toString);
    }

    @Test
    void contentWiderThanAPhoneScrollsSideways() {
        show(GOOD_HEAD + "<body><main><h1>Wide</h1><div style=\"width: 600px\">wide</div></main></body></html>");
        Browser.PageCheck check = browser.check("wide page");
        assertTrue(check.scrollsSideways(), check::describe);
        assertEquals(Browser.VIEWPORT_WIDTH, check.clientWidth());
    }
}
