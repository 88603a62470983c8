package chorus.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for tests: Debian's headless Chromium driven through Selenium, with axe-core to
 * check each page against WCAG 2.0, 2.1 and 2.2 A and AA.
 *
 * <p>Test classes share one ({@link #shared()}; starting Chromium costs seconds):
 * <pre>
 * static Browser browser;
 * &#64;BeforeAll static void start() { if (Browser.installed()) browser = Browser.shared(); }
 * &#64;BeforeEach void needBrowser() { Browser.requireInstalled(); }
 * ...
 * browser.open(server.getURI().resolve("/sign-in"));
 * browser.assertAccessible("sign-in page");   // axe scan + no sideways scrolling at 320 px
 * </pre>
 *
 * <p>The window is sized so the layout viewport is {@value #VIEWPORT_WIDTH} CSS px wide (a small
 * phone, WCAG 1.4.10 Reflow): every page checked is scanned there, and must not scroll sideways.
 *
 * <p>Nothing is ever downloaded: the browser is Debian's Chromium headless shell, {@value #HEADLESS_SHELL}
 * ({@code apt-get install chromium-headless-shell chromium-driver}), or {@value #CHROMIUM} where the
 * shell is not installed, with the driver {@value #CHROMEDRIVER}. The shell is the same Blink and V8
 * without the browser's windows, tabs and profile services: on 2 cores the suite ran about a fifth
 * sooner with it. When no browser or no driver is installed the calling tests are skipped, unless
 * {@code CHORUS_REQUIRE_BROWSER=true} (as in CI), when they fail.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String HEADLESS_SHELL = "/usr/lib/chromium/chromium-headless-shell";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    public static final String REQUIRE_ENV = "CHORUS_REQUIRE_BROWSER";
    /** The axe-core tags of the WCAG 2.0, 2.1 and 2.2 A and AA success criteria. */
    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    public static final int VIEWPORT_WIDTH = 320;
    private static final int VIEWPORT_HEIGHT = 720;

    /** One failed axe rule on one element. */
    public record Violation(String rule, String impact, String help, String helpUrl, String target, String html, String summary) {

        @Override
        public String toString() {
            return "[" + rule + ", " + impact + "] " + help + "\n      at " + target + "\n      html: " + html
                    + (summary == null || summary.isBlank() ? "" : "\n      " + summary.replace("\n", "\n      "))
                    + "\n      see " + helpUrl;
        }
    }

    /**
     * What one check of one page found. {@code scrollWidth > clientWidth} means the page scrolls
     * sideways at {@value #VIEWPORT_WIDTH} px.
     */
    public record PageCheck(String label, String url, String lang, List<Violation> violations, long scrollWidth, long clientWidth) {

        public boolean scrollsSideways() {
            return scrollWidth > clientWidth;
        }

        public boolean passed() {
            return violations.isEmpty() && !scrollsSideways();
        }

        /** Readable enough to act on from a failed build's log alone. */
        public String describe() {
            StringBuilder text = new StringBuilder(label).append(" (").append(url).append(", lang=").append(lang).append(")");
            if (passed()) {
                return text.append(": no problems").toString();
            }
            text.append(": ").append(violations.size()).append(" axe violation(s)");
            violations.forEach(v -> text.append("\n  - ").append(v));
            if (scrollsSideways()) {
                text.append("\n  - scrolls sideways at ").append(clientWidth).append(" px wide: content is ")
                        .append(scrollWidth).append(" px wide (WCAG 1.4.10 Reflow)");
            }
            return text.toString();
        }
    }

    private final ChromeDriver driver;
    private final Path profile;
    private final List<PageCheck> checks = new ArrayList<>();
    private int largeTextChecks;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A browser with JavaScript on, as most people have. */
    public static Browser start() {
        return start(true);
    }

    private static Browser shared;

    /**
     * The one browser with JavaScript on that the test classes of this JVM take turns with (each
     * start of Chromium costs seconds), as a test class finds it: no cookies, a blank page at
     * {@value #VIEWPORT_WIDTH} px, no checks counted yet. Chromium is closed when the JVM exits.
     */
    public static synchronized Browser shared() {
        requireInstalled();
        if (shared != null) {
            try {
                shared.reset();
                return shared;
            } catch (WebDriverException e) {
                // An earlier class left Chromium unusable (a crashed page, a lost driver): start again.
                shared.close();
            }
        }
        shared = start(true);
        Browser started = shared;
        Runtime.getRuntime().addShutdownHook(new Thread(started::close, "close-shared-chromium"));
        return shared;
    }

    private void reset() {
        // Every cookie, not only the open page's: each class's server is on another port of the same host.
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        fitViewport();
        forgetChecks();
    }

    /** Leaves the checks so far out of {@link #summary()}: for pages a test made to fail. */
    public void forgetChecks() {
        checks.clear();
        largeTextChecks = 0;
    }

    /** A browser with JavaScript switched off (Blink's scriptEnabled setting), to prove pages work without it. */
    public static Browser startWithoutJavaScript() {
        return start(false);
    }

    private static Browser start(boolean javascript) {
        requireInstalled();
        Path profile;
        try {
            profile = Files.createTempDirectory("chorus-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary(profile));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                // Overlay scrollbars, as on phones: the layout viewport is then the whole window width.
                "--hide-scrollbars",
                "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=" + VIEWPORT_WIDTH + "," + VIEWPORT_HEIGHT);
        if (!javascript) {
            // A Blink setting rather than the browser's content-setting policy, which the headless shell has not.
            options.addArguments("--blink-settings=scriptEnabled=false");
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            deleteQuietly(profile);
            throw new IllegalStateException("Chromium (" + browserBinary() + ") did not start with " + CHROMEDRIVER + ": " + e.getMessage(), e);
        }
        Browser browser = new Browser(driver, profile);
        try {
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            browser.fitViewport();
        } catch (RuntimeException e) {
            browser.close();
            throw e;
        }
        return browser;
    }

    /** Whether Chromium and its driver are installed where {@link #start()} looks for them. */
    public static boolean installed() {
        return missing().isEmpty();
    }

    /**
     * Skips (or, with CHORUS_REQUIRE_BROWSER=true, fails) the calling test when Chromium is not
     * installed. Call it from {@code @BeforeEach} so that each test is reported skipped, with the reason.
     */
    public static void requireInstalled() {
        List<String> missing = missing();
        if (missing.isEmpty()) {
            return;
        }
        String message = "Browser tests need " + String.join(" and ", missing)
                + " (Debian: apt-get install chromium-headless-shell chromium-driver).";
        if ("true".equalsIgnoreCase(System.getenv(REQUIRE_ENV))) {
            Assertions.fail(message + " " + REQUIRE_ENV + "=true, so they may not be skipped.");
        }
        Assumptions.abort(message + " Skipping them; set " + REQUIRE_ENV + "=true to make this a failure.");
    }

    private static List<String> missing() {
        return Stream.of(browserBinary(), CHROMEDRIVER).filter(p -> !Files.isExecutable(Path.of(p))).toList();
    }

    private static String browserBinary() {
        return Files.isExecutable(Path.of(HEADLESS_SHELL)) ? HEADLESS_SHELL : CHROMIUM;
    }

    /**
     * What chromedriver starts. chromedriver gives the browser no page to open, and the headless shell,
     * unlike Chromium, then opens none ("unable to discover open pages"): a script in the profile folder
     * starts it with a blank page.
     */
    private static String binary(Path profile) {
        if (!browserBinary().equals(HEADLESS_SHELL)) {
            return CHROMIUM;
        }
        Path script = profile.resolve("headless-shell");
        try {
            Files.writeString(script, "#!/bin/sh\nexec " + HEADLESS_SHELL + " \"$@\" about:blank\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!script.toFile().setExecutable(true)) {
            throw new IllegalStateException("cannot make " + script + " executable");
        }
        return script.toString();
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(java.net.URI uri) {
        driver.get(uri.toString());
    }

    /**
     * Clicks something that loads another page (a link, a form's button) and waits until that
     * page has loaded, so the next look at the page sees the new one.
     */
    public void clickAndWait(WebElement element) {
        script("window.chorusPageBefore = true;");
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(15), Duration.ofMillis(20))
                .ignoring(WebDriverException.class) // while the old page goes, the driver may briefly see neither
                .until(d -> Boolean.TRUE.equals(script("return window.chorusPageBefore === undefined && document.readyState === 'complete';")));
    }

    /**
     * The id of the focused element. Chromium moves focus to an autofocus element at a rendering
     * update that can come after the page has loaded, so this waits briefly for focus to leave the
     * body rather than reading it at once.
     */
    public String focusedId() {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(2), Duration.ofMillis(20))
                    .until(d -> Boolean.TRUE.equals(script("return document.activeElement !== document.body;")));
        } catch (org.openqa.selenium.TimeoutException e) {
            // Nothing took focus: report what has it, and let the caller's assertion say so.
        }
        return String.valueOf(script("return document.activeElement.id;"));
    }

    /** {@link #clickAndWait(WebElement)} on the one element the CSS selector finds. */
    public void clickAndWait(String css) {
        clickAndWait(find(css));
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Runs a script in the page (works even when the page's own JavaScript is switched off). */
    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public String title() {
        return driver.getTitle();
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    /**
     * Scans the current page with axe-core (WCAG A and AA only) and the Nu HTML checker, and measures whether it scrolls
     * sideways, records the result for {@link #summary()} and returns it.
     */
    public PageCheck check(String label) {
        return check(label, List.of());
    }

    /**
     * {@link #check(String)} without some axe rules, for a page that meets the criterion in a way
     * axe cannot see; the caller must check it another way and say why.
     */
    public PageCheck check(String label, List<String> rulesCheckedElsewhere) {
        List<Violation> violations = new ArrayList<>(axeViolations(label, rulesCheckedElsewhere));
        // The page as the browser holds it, through the Nu HTML checker: what the HTML standard forbids
        // is a failure here as an axe violation is. HtmlValidityTest checks the served bytes of the
        // survey and staff pages; this covers every page and state the browser tests reach.
        String dom = "<!DOCTYPE html>\n" + script("return document.documentElement.outerHTML;");
        for (String error : HtmlValidity.errors(dom)) {
            violations.add(new Violation("html-valid", "serious", error, "https://validator.w3.org/nu/", "", "", "Nu HTML checker"));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> page = (Map<String, Object>) script(
                "const d = document.documentElement;"
                        + "return {lang: d.lang, scrollWidth: d.scrollWidth, clientWidth: d.clientWidth};");
        long clientWidth = ((Number) page.get("clientWidth")).longValue();
        if (clientWidth != VIEWPORT_WIDTH) {
            throw new IllegalStateException("the layout viewport is " + clientWidth + " px wide, not " + VIEWPORT_WIDTH
                    + ": the reflow check would mean nothing");
        }
        PageCheck check = new PageCheck(label, driver.getCurrentUrl(), String.valueOf(page.get("lang")), List.copyOf(violations),
                ((Number) page.get("scrollWidth")).longValue(), clientWidth);
        checks.add(check);
        if (!check.passed()) {
            System.err.println("Browser check failed: " + check.describe());
        }
        return check;
    }

    /**
     * axe-core, as it ships in the axe-core Selenium jar. It is put into each page checked once (its
     * {@code axe} object stays until the page goes) and run in the page itself, as axe's legacy mode
     * does: Chorus pages have no frames to merge results from.
     */
    private static final String AXE_SOURCE = axeSource();
    private static final String RUN_AXE = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, rules: arguments[1], resultTypes: ['violations']})
              .then(r => done(r.violations.flatMap(v => v.nodes.map(n => ({rule: v.id, impact: v.impact, help: v.help,
                  helpUrl: v.helpUrl, target: JSON.stringify(n.target), html: n.html, summary: n.failureSummary || ''})))),
                    e => done('axe-core failed: ' + e));
            """;

    private static String axeSource() {
        try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The WCAG A and AA rules axe finds broken on the open page, one per element. Only violations
     * are collected in full ({@code resultTypes}): the passes, which would be most of the work, are
     * never read.
     */
    @SuppressWarnings("unchecked")
    private List<Violation> axeViolations(String label, List<String> rulesCheckedElsewhere) {
        if (!Boolean.TRUE.equals(script("return typeof window.axe === 'object';"))) {
            script(AXE_SOURCE);
        }
        Map<String, Object> rules = new java.util.HashMap<>();
        rulesCheckedElsewhere.forEach(rule -> rules.put(rule, Map.of("enabled", false)));
        Object found = ((JavascriptExecutor) driver).executeAsyncScript(RUN_AXE, WCAG_TAGS, rules);
        if (!(found instanceof List<?> nodes)) {
            throw new IllegalStateException("axe-core could not scan " + label + ": " + found);
        }
        List<Violation> violations = new ArrayList<>();
        for (Object node : nodes) {
            Map<String, Object> v = (Map<String, Object>) node;
            violations.add(new Violation(String.valueOf(v.get("rule")), String.valueOf(v.get("impact")), String.valueOf(v.get("help")),
                    String.valueOf(v.get("helpUrl")), String.valueOf(v.get("target")), String.valueOf(v.get("html")),
                    String.valueOf(v.get("summary"))));
        }
        return violations;
    }

    /**
     * WCAG 1.4.4 Resize Text: the page with its text at 200% (the root font size doubled, as a
     * browser's text-size setting does), at {@value #VIEWPORT_WIDTH} px and at a desktop width.
     * Nothing may scroll sideways at {@value #VIEWPORT_WIDTH} px, no box may cut off its text
     * (overflow hidden or clip with more inside than shows), and no two pieces of text may cover
     * each other. Recorded for {@link #summary()}, failing with every problem found.
     */
    public PageCheck assertLargeText(String label) {
        Dimension phone = driver.manage().window().getSize();
        List<Violation> problems = new ArrayList<>();
        Map<String, Object> narrow;
        try {
            narrow = measureLargeText();
            textProblems(narrow, "at " + VIEWPORT_WIDTH + " px", problems);
            driver.manage().window().setSize(new Dimension(DESKTOP_WIDTH, phone.getHeight()));
            textProblems(measureLargeText(), "at " + DESKTOP_WIDTH + " px", problems);
        } finally {
            driver.manage().window().setSize(phone);
            script("document.documentElement.style.removeProperty('font-size');");
        }
        // Sideways scrolling is listed with the elements that cause it, so the page check itself need not repeat it.
        PageCheck check = new PageCheck(label + " at 200% text", driver.getCurrentUrl(), String.valueOf(narrow.get("lang")),
                List.copyOf(problems), 0, ((Number) narrow.get("clientWidth")).longValue());
        checks.add(check);
        largeTextChecks++;
        if (!check.passed()) {
            System.err.println("Browser check failed: " + check.describe());
        }
        Assertions.assertTrue(check.passed(), check::describe);
        return check;
    }

    private static final int DESKTOP_WIDTH = 1280;
    /** A4 portrait less the stylesheet's 15 mm margins each side: 180 mm at 96 CSS px to the inch. */
    public static final int A4_PRINTED_WIDTH = (int) Math.floor(180 / 25.4 * 96);

    /**
     * Report tables must be read where boards read them: on a desktop screen 1280 px wide and printed
     * on A4 portrait (print styles at the width between the page margins). Fails, naming each, when a
     * table is wider than the box it sits in or than the page, or when a word or number of a heading or
     * cell breaks across two lines.
     */
    public void assertTablesFit(String label) {
        Dimension phone = driver.manage().window().getSize();
        HasCdp cdp = (HasCdp) driver;
        List<String> problems = new ArrayList<>();
        try {
            driver.manage().window().setSize(new Dimension(DESKTOP_WIDTH + phone.getWidth() - VIEWPORT_WIDTH, phone.getHeight()));
            tableProblems("at " + DESKTOP_WIDTH + " px", problems);
            cdp.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            cdp.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", A4_PRINTED_WIDTH, "height", 1123,
                    "deviceScaleFactor", 1, "mobile", false));
            tableProblems("printed on A4 portrait", problems);
        } finally {
            cdp.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            cdp.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            driver.manage().window().setSize(phone);
        }
        Assertions.assertTrue(problems.isEmpty(), () -> label + ": tables do not fit\n  - " + String.join("\n  - ", problems));
    }

    @SuppressWarnings("unchecked")
    private void tableProblems(String where, List<String> problems) {
        List<Object> found = (List<Object>) script("""
                const root = document.documentElement;
                const name = t => (t.closest('[id]') ? '#' + t.closest('[id]').id + ' ' : '')
                    + '"' + (t.caption ? t.caption.textContent.trim().slice(0, 70) : '') + '"';
                const out = [];
                const tables = [...document.querySelectorAll('main table')];
                if (tables.length === 0) out.push('no table on the page');
                for (const table of tables) {
                  const box = table.parentElement;
                  const width = Math.round(table.getBoundingClientRect().width);
                  const room = Math.min(box.clientWidth, root.clientWidth);
                  if (table.scrollWidth > box.clientWidth + 1 || width > room + 1) {
                    out.push(name(table) + ' is ' + Math.max(width, table.scrollWidth) + ' px wide in ' + room + ' px');
                  }
                  for (const cell of table.querySelectorAll('th, td')) {
                    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
                    while (walker.nextNode()) {
                      const node = walker.currentNode;
                      if (node.parentElement.closest('.visually-hidden')) continue;
                      // A line may break after the hyphen of a compound such as "under-represented",
                      // never inside a word or a number ("-27.3" has no break after its minus sign).
                      for (const word of node.textContent.matchAll(/[^\\s\\-\\u2010]+[\\-\\u2010]?/g)) {
                        const range = document.createRange();
                        range.setStart(node, word.index);
                        range.setEnd(node, word.index + word[0].length);
                        const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.bottom)));
                        if (lines.size > 1) out.push(name(table) + ': "' + word[0] + '" breaks across ' + lines.size + ' lines');
                      }
                    }
                  }
                }
                return out.slice(0, 12);
                """);
        found.forEach(p -> problems.add(where + ": " + p));
    }

    /** Doubles the root font size and lists clipped and overlapping text. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> measureLargeText() {
        return (Map<String, Object>) script("""
                const root = document.documentElement;
                root.style.setProperty('font-size', '200%', 'important');
                void root.offsetHeight;
                const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                    + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
                    + ' "' + el.textContent.trim().replace(/\\s+/g, ' ').slice(0, 60) + '"';
                // checkVisibility: the content of a closed <details> keeps its boxes in Chromium (it is only
                // content-visibility: hidden), but nobody sees it.
                const shown = el => el.closest('.visually-hidden, [aria-hidden=true]') === null
                    && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden'
                    && (typeof el.checkVisibility !== 'function' || el.checkVisibility());
                const texts = [];
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                while (walker.nextNode()) {
                  const node = walker.currentNode;
                  if (node.textContent.trim() && node.parentElement && shown(node.parentElement)) texts.push(node);
                }
                const hides = v => v === 'hidden' || v === 'clip';
                const clipped = new Set();
                for (const node of texts) {
                  for (let el = node.parentElement; el && el !== document.body; el = el.parentElement) {
                    const s = getComputedStyle(el);
                    if ((hides(s.overflowX) && el.scrollWidth > el.clientWidth + 1)
                        || (hides(s.overflowY) && el.scrollHeight > el.clientHeight + 1)) clipped.add(el);
                  }
                }
                const boxes = [];
                texts.forEach((node, i) => {
                  const range = document.createRange();
                  range.selectNodeContents(node);
                  for (const b of range.getClientRects()) if (b.width > 0 && b.height > 0) boxes.push({i, b, el: node.parentElement});
                });
                const overlaps = [];
                for (let x = 0; x < boxes.length && overlaps.length < 5; x++) {
                  for (let y = x + 1; y < boxes.length; y++) {
                    const a = boxes[x], c = boxes[y];
                    if (a.i === c.i) continue;
                    const w = Math.min(a.b.right, c.b.right) - Math.max(a.b.left, c.b.left);
                    const h = Math.min(a.b.bottom, c.b.bottom) - Math.max(a.b.top, c.b.top);
                    if (w > 2 && h > Math.min(a.b.height, c.b.height) / 2) {
                      overlaps.push(describe(a.el) + ' and ' + describe(c.el));
                      break;
                    }
                  }
                }
                const wide = [...document.body.querySelectorAll('*')].filter(el => {
                  const r = el.getBoundingClientRect();
                  return r.width > 0 && (r.right > root.clientWidth + 1 || r.left < -1) && !el.closest('.skip-link')
                      && ![...el.children].some(c => { const k = c.getBoundingClientRect(); return k.right > root.clientWidth + 1 || k.left < -1; });
                }).slice(0, 5).map(el => describe(el) + ' ' + Math.round(el.getBoundingClientRect().width) + ' px wide');
                return {lang: root.lang, scrollWidth: root.scrollWidth, clientWidth: root.clientWidth,
                    clipped: [...clipped].map(describe), overlaps: overlaps, wide: wide};
                """);
    }

    @SuppressWarnings("unchecked")
    private static void textProblems(Map<String, Object> found, String where, List<Violation> problems) {
        String help = "https://www.w3.org/WAI/WCAG22/Understanding/resize-text.html";
        for (Object clipped : (List<Object>) found.get("clipped")) {
            problems.add(new Violation("text-clipped", "serious", "Text is cut off at 200% text size " + where, help,
                    String.valueOf(clipped), "", ""));
        }
        for (Object overlap : (List<Object>) found.get("overlaps")) {
            problems.add(new Violation("text-overlap", "serious", "Text covers other text at 200% text size " + where, help,
                    String.valueOf(overlap), "", ""));
        }
        long scroll = ((Number) found.get("scrollWidth")).longValue();
        long client = ((Number) found.get("clientWidth")).longValue();
        if (scroll > client) {
            problems.add(new Violation("text-reflow", "serious", "Scrolls sideways at 200% text size " + where
                    + ": content is " + scroll + " px wide", help, String.join("; ", (List<String>) found.get("wide")), "", ""));
        }
    }

    /**
     * {@link #check(String)} and then {@link #assertLargeText(String)}, failing with every problem
     * found when there is any: every page is read at 200% text too.
     */
    public PageCheck assertAccessible(String label) {
        PageCheck check = check(label);
        Assertions.assertTrue(check.passed(), check::describe);
        assertLargeText(label);
        return check;
    }

    public List<PageCheck> checks() {
        return List.copyOf(checks);
    }

    /** The languages (html lang) of the pages checked. */
    public Set<String> languagesChecked() {
        Set<String> languages = new LinkedHashSet<>();
        checks.forEach(c -> languages.add(c.lang()));
        return languages;
    }

    public int violationCount() {
        return checks.stream().mapToInt(c -> c.violations().size()).sum();
    }

    /**
     * One line for the build log: {@code Browser checks: 80 pages across 6 languages, axe violations = 0,
     * of which 40 at 200% text}. Problems found at 200% text count as violations.
     */
    public String summary() {
        return "Browser checks: " + checks.size() + " pages across " + languagesChecked().size()
                + " languages, axe violations = " + violationCount() + ", of which " + largeTextChecks + " at 200% text";
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    /** Makes the layout viewport exactly VIEWPORT_WIDTH wide, whatever the window frame takes. */
    private void fitViewport() {
        driver.get("about:blank");
        driver.manage().window().setSize(new Dimension(VIEWPORT_WIDTH, VIEWPORT_HEIGHT));
        long inner = ((Number) script("return document.documentElement.clientWidth;")).longValue();
        if (inner != VIEWPORT_WIDTH) {
            Dimension size = driver.manage().window().getSize();
            driver.manage().window().setSize(new Dimension((int) (size.getWidth() + VIEWPORT_WIDTH - inner), size.getHeight()));
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary profile left behind is harmless
        }
    }
}
