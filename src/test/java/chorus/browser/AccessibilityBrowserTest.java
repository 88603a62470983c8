package chorus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.i18n.Language;
import chorus.i18n.Translations;
import chorus.support.Browser;
import chorus.survey.SurveyCatalog;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.WebElement;

/**
 * The public answering flow in a real browser, in every shipped language, the way a person on a
 * small phone answers it: clicking labels and typing. Every page (and its error states, the
 * thank-you, 404, expired and refused-form pages) is scanned with axe-core for WCAG 2.2 A and AA
 * problems and must not scroll sideways at 320 CSS px.
 */
@MicronautTest(transactional = false)
class AccessibilityBrowserTest extends BrowserTest {

    static final String SURVEY = "maternity-experience";
    static final String DRAFT_COOKIE = "chorus-draft-" + SURVEY;
    /** Every language the sample survey ships in; {@link #everyShippedLanguageIsChecked} keeps it honest. */
    static final List<String> LANGUAGES = List.of("en", "en-x-easy", "pl", "ro", "ur", "ar", "bn");
    /** The pages a person sees with the answers below: the conditional birth, after_birth and interpreters pages too. */
    static final List<String> PAGES = List.of("start", "pregnancy", "birth", "after_birth", "language", "interpreters",
            "overall", "about_you", "about_you/ethnicity");


    @Inject
    EmbeddedServer server;

    @Inject
    Translations translations;

    @Inject
    SurveyCatalog catalog;

    @Test
    void everyShippedLanguageIsChecked() {
        List<String> shipped = translations.languagesOf(catalog.latest(SURVEY).orElseThrow()).stream().map(Language::tag).toList();
        assertEquals(LANGUAGES.stream().sorted().toList(), shipped.stream().sorted().toList(),
                "the browser checks must cover every language " + SURVEY + " is offered in");
    }

    static List<String> languages() {
        return LANGUAGES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void answeringFlowIsAccessible(String tag) {
        Language language = translations.language(tag).orElseThrow();
        browser.driver().manage().deleteAllCookies();

        open("/s/" + SURVEY + "?lang=" + tag);
        check(language, "start page");
        click("button.button-start");

        List<String> visited = new ArrayList<>();
        // Page 1: send it empty first, to see the required-answer errors.
        onPage(language, "start", visited);
        submit();
        expectErrors(language, "survey page 'start' sent with nothing answered", "consent", "care_stage");
        choose("consent-consent");
        choose("care_stage-birth_last_year");
        submit();

        onPage(language, "pregnancy", visited);
        type("booking_weeks", "twelve");
        choose("antenatal_listened-agree");
        submit();
        expectErrors(language, "survey page 'pregnancy' with a word for a number", "booking_weeks");
        assertTrue(browser.find("#antenatal_listened-agree").isSelected(), "answers are kept when a page is shown again");
        type("booking_weeks", "12");
        choose("antenatal_information-strongly_agree");
        submit();

        onPage(language, "birth", visited);
        choose("birth_place-birth_centre");
        choose("birth_respect-agree");
        choose("birth_decisions-neither");
        submit();

        onPage(language, "after_birth", visited);
        choose("postnatal_help-strongly_agree");
        choose("feeding_support-yes_sometimes");
        choose("mental_health_asked-yes");
        submit();

        onPage(language, "language", visited);
        choose("needed_interpreter-yes");
        choose("information_formats-translated");
        choose("information_formats-audio_video");
        choose("online_access-own_smartphone");
        submit();

        onPage(language, "interpreters", visited);
        choose("interpreter_provided-sometimes");
        choose("interpreter_family-no");
        submit();

        onPage(language, "overall", visited);
        choose("fft-very_good");
        type("went_well", "The midwives explained everything. " + language.name());
        submit();

        onPage(language, "about_you", visited);
        choose("ethnicity-group-asian");
        choose("age_band-30_34");
        type("postcode_district", "NR1 3SR");
        type("first_language", language.name());
        type("births_count", "2");
        submit();
        expectErrors(language, "survey page 'about_you' with a full postcode", "postcode_district");
        type("postcode_district", "nr1");
        submit();

        // The ethnic group's second step: the backgrounds within the group chosen.
        onPage(language, "about_you/ethnicity", visited);
        submit();
        expectErrors(language, "the ethnic background left unanswered", "ethnicity");
        choose("ethnicity-K");
        submit();

        // Check your answers: change one, come back, and send.
        assertEquals("/s/" + SURVEY + "/check", browser.path());
        check(language, "check your answers");
        click("#check-fft a");
        assertEquals("/s/" + SURVEY + "/p/overall", browser.path());
        choose("fft-good");
        submit();
        assertEquals("/s/" + SURVEY + "/check", browser.path(), "a change comes back to checking");
        submit();

        assertEquals(PAGES, visited, "the answers chosen show every conditional page");
        assertEquals("/s/" + SURVEY + "/done", browser.path());
        check(language, "thank-you page");

        // Answers are kept for a while; after that, sending a page shows the expired page.
        open("/s/" + SURVEY);
        click("button.button-start");
        assertEquals("/s/" + SURVEY + "/p/start", browser.path());
        browser.driver().manage().deleteCookieNamed(DRAFT_COOKIE);
        choose("consent-consent");
        submit();
        check(language, "expired page");
        assertTrue(browser.findAll("main a[href='/s/" + SURVEY + "']").size() == 1, "the expired page links to a new start");

        // A form that was changed on its way is refused with a page in the visitor's language.
        open("/s/" + SURVEY);
        click("button.button-start");
        browser.script("document.querySelector('input[name=\"form-token\"]').value = 'changed';");
        submit();
        check(language, "refused-form page");

        // A broken link: the language chosen earlier is remembered.
        open("/s/nope");
        check(language, "not-found page");
        assertFalse(browser.findAll("main a[href^='/s/" + SURVEY + "']").isEmpty(), "the 404 page offers the surveys there are");
    }

    @Test
    void flowCompletesWithJavaScriptSwitchedOff() {
        try (Browser plain = Browser.startWithoutJavaScript()) {
            plain.driver().get("data:text/html,<title>off</title><script>document.title='on'</script>");
            assertEquals("off", plain.title(), "JavaScript should be switched off in this browser");

            plain.open(server.getURI().resolve("/s/" + SURVEY + "?lang=en"));
            plain.clickAndWait("button.button-start");
            Map<String, List<String>> answers = Map.of(
                    "start", List.of("consent-consent", "care_stage-pregnant"),
                    "language", List.of("needed_interpreter-no", "information_formats-large_print"),
                    "overall", List.of("fft-good"),
                    "about_you", List.of("ethnicity-group-black"),
                    "ethnicity", List.of("ethnicity-N"));
            List<String> visited = new ArrayList<>();
            for (int i = 0; i < 10 && plain.path().contains("/p/"); i++) {
                String page = plain.path().substring(plain.path().lastIndexOf('/') + 1);
                visited.add(page);
                answers.getOrDefault(page, List.of()).forEach(id -> plain.find("label[for='" + id + "']").click());
                plain.clickAndWait("main form button[type=submit]");
            }
            assertEquals(List.of("start", "pregnancy", "language", "overall", "about_you", "ethnicity"), visited,
                    "pages for a pregnant person who needed no interpreter, and the ethnic group's second step");
            assertEquals("/s/" + SURVEY + "/check", plain.path());
            plain.clickAndWait("main form button[type=submit]");
            assertEquals("/s/" + SURVEY + "/done", plain.path());
            assertFalse(plain.findAll("main h1").isEmpty());
        }
    }

    private void open(String path) {
        browser.open(server.getURI().resolve(path));
    }

    /** Scans the page and checks it is in the language chosen, in the right direction. */
    private void check(Language language, String label) {
        WebElement html = browser.find("html");
        assertEquals(language.tag(), html.getDomAttribute("lang"), label + ": page language");
        assertEquals(language.rightToLeft() ? "rtl" : "ltr", html.getDomAttribute("dir"), label + ": text direction");
        browser.assertAccessible(label + " [" + language.tag() + "]");
    }

    private void onPage(Language language, String pageId, List<String> visited) {
        assertEquals("/s/" + SURVEY + "/p/" + pageId, browser.path(), "expected the " + pageId + " page");
        visited.add(pageId);
        check(language, "survey page '" + pageId + "'");
    }

    /** The page is shown again with an error summary whose links lead to the questions named. */
    private void expectErrors(Language language, String label, String... questionIds) {
        String prefix = translations.texts(language).ui("layout.error_title_prefix").value();
        assertTrue(browser.title().startsWith(prefix + " "), label + ": title \"" + browser.title() + "\" starts with " + prefix);
        List<WebElement> links = browser.findAll(".error-summary a");
        assertEquals(questionIds.length, links.size(), label + ": one error summary link per question");
        for (int i = 0; i < questionIds.length; i++) {
            String href = links.get(i).getDomAttribute("href");
            assertTrue(href.startsWith("#" + questionIds[i]), label + ": error link " + href + " leads to " + questionIds[i]);
            List<WebElement> targets = browser.findAll("[id='" + href.substring(1) + "']");
            assertEquals(1, targets.size(), label + ": error link " + href + " points at one element");
            assertTrue(List.of("input", "textarea", "select").contains(targets.get(0).getTagName()),
                    label + ": error link " + href + " points at a form control, not a " + targets.get(0).getTagName());
        }
        assertEquals("error-summary", browser.focusedId(),
                label + ": the error summary has the focus, so it is read out and the keyboard starts there");
        check(language, label);
        WebElement first = links.get(0);
        tap(first);
        assertEquals(first.getDomAttribute("href").substring(1), browser.script("return document.activeElement.id;"),
                label + ": following the first error link puts the focus on its answer");
    }

    private void click(String css) {
        browser.clickAndWait(css);
    }

    /** Clicks an answer's label, as a person taps the words rather than the small box. */
    private void choose(String inputId) {
        tap(browser.find("label[for='" + inputId + "']"));
        assertTrue(browser.find("[id='" + inputId + "']").isSelected(), "tapping the label selects " + inputId);
    }

    /**
     * After the 320 px and 200% text checks the window is resized back; bring the element to the
     * middle of the view first, as a person would scroll to it, so no other box is under the tap.
     */
    private void tap(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", element);
        try {
            element.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException e) {
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(element)).click();
        }
    }

    private void type(String inputId, String text) {
        WebElement input = browser.find("[id='" + inputId + "']");
        input.clear();
        input.sendKeys(text);
    }

    private void submit() {
        click("main form button[type=submit]");
    }
}
