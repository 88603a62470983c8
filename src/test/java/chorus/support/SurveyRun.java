package chorus.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Answers the sample survey page by page through HTTP, as a phone would. */
public final class SurveyRun {

    public static final String SURVEY = "maternity-experience";
    public static final String BASE = "/s/" + SURVEY;

    /** Answers that show every page of the sample survey, keyed by page id. */
    public static Map<String, String[]> everyPage() {
        return Map.of(
                "start", new String[] {"consent", "consent", "care_stage", "birth_last_year"},
                "pregnancy", new String[] {"booking_weeks", "10", "antenatal_listened", "agree"},
                "birth", new String[] {"birth_place", "labour_ward"},
                "after_birth", new String[] {},
                "language", new String[] {"needed_interpreter", "yes", "information_formats", "translated",
                        "information_formats", "easy_read"},
                "interpreters", new String[] {"interpreter_provided", "sometimes"},
                "overall", new String[] {"fft", "good", "do_better", "=HYPERLINK(\"x\"), more \"night\" staff"},
                "about_you", new String[] {"ethnicity.group", "asian", "postcode_district", "nr1", "first_language", "Urdu"},
                // The ethnic group's second step (/p/about_you/ethnicity): the background within the group.
                "ethnicity", new String[] {"ethnicity", "J", "ethnicity.self", "Pakistani Punjabi"});
    }

    private final WebClient client;
    private final List<String> pagesSeen = new ArrayList<>();

    private String formToken;

    public SurveyRun(WebClient client) {
        this.client = client;
    }

    public List<String> pagesSeen() {
        return pagesSeen;
    }

    /** Opens the start page in a language and presses Start; returns the first page. */
    public WebClient.Reply start(String lang) {
        WebClient.Reply start = client.get(BASE + "?lang=" + lang);
        assertEquals(200, start.status(), start.body());
        return remember(client.follow(client.post(BASE, "lang", lang)));
    }

    /**
     * Answers pages with the given answers, then sends them from the check-your-answers page, until
     * the thank-you page; returns the final POST's reply.
     */
    public WebClient.Reply finish(WebClient.Reply page, Map<String, String[]> answers) {
        WebClient.Reply current = page;
        for (int guard = 0; guard < 20; guard++) {
            String pageId = pageId(current);
            WebClient.Reply posted = post(pageId, answers.getOrDefault(pageId, new String[0]));
            assertEquals(303, posted.status(), () -> "page " + pageId + " was not accepted:\n" + posted.body());
            if (posted.location().endsWith("/done")) {
                return posted;
            }
            current = remember(client.get(posted.location()));
        }
        throw new AssertionError("the survey did not end");
    }

    /** Posts one page (or "check": sends the answers) with the form token of the last page seen. */
    public WebClient.Reply post(String pageId, String... answers) {
        String[] fields = new String[answers.length + 2];
        fields[0] = "form-token";
        fields[1] = formToken;
        System.arraycopy(answers, 0, fields, 2, answers.length);
        return client.post(path(pageId), fields);
    }

    /** Where a page (or the check page) of the sample survey is posted. */
    public static String path(String pageId) {
        if (ETHNICITY_STEP.equals(pageId)) {
            return BASE + "/p/about_you/" + ETHNICITY_STEP;
        }
        return CHECK.equals(pageId) ? BASE + "/check" : BASE + "/p/" + pageId;
    }

    /** The id {@link #pageId} gives the ethnic group's second step, which belongs to the page about_you. */
    public static final String ETHNICITY_STEP = "ethnicity";

    /** The page id {@link #pageId} gives the check-your-answers page. */
    public static final String CHECK = "check";

    public WebClient client() {
        return client;
    }

    public String formToken() {
        return formToken;
    }

    public WebClient.Reply remember(WebClient.Reply page) {
        assertEquals(200, page.status(), page.body());
        String token = WebClient.hiddenFields(page.html()).get("form-token");
        assertTrue(token != null && !token.isEmpty(), "page has a form token");
        formToken = token;
        pagesSeen.add(pageId(page));
        return page;
    }

    public static String pageId(WebClient.Reply page) {
        String action = page.html().selectFirst("form[method=post]").attr("action");
        return action.substring(action.lastIndexOf('/') + 1);
    }
}
