package chorus.web;

import chorus.i18n.SurveyTexts;
import chorus.i18n.Text;
import chorus.i18n.Texts;
import chorus.survey.RunBy;
import chorus.survey.Survey;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Who runs a survey and where to turn for help, in the reader's language, for the start page, the
 * paper form, the posters and the thank-you page ({@code fragments/run-by.html}). Null parts are
 * left out of the page: a survey without {@code run-by.yml} shows nothing of it.
 *
 * @param closes the closing day in words, null for a survey that stays open
 * @param closed the notice that it has closed, or null while it is open
 * @param mvp    the Maternity and Neonatal Voices Partnership asking, on the pages of one of its events, else null
 */
public record RunByView(Text organisation, String logo, String email, String phone, String tel, String privacy,
                        String closes, Text closed, List<HelpView> help, String mvp) {

    /** The same, asked at an event of {@code mvp}. */
    public RunByView at(String mvp) {
        return new RunByView(organisation, logo, email, phone, tel, privacy, closes, closed, help, mvp);
    }

    /** A place to turn to; {@code tel} is the number as a {@code tel:} link dials it. */
    public record HelpView(Text title, Text text, String phone, String tel, String url, String urlText) {
    }

    /** The survey's run-by details in {@code texts}' language, or null when it has none. */
    public static RunByView of(Survey survey, SurveyTexts texts, LocalDate today) {
        RunBy runBy = survey.runBy();
        if (runBy == null) {
            return null;
        }
        Texts ui = texts.ui();
        String closes = runBy.closes() == null ? null : ui.day(runBy.closes());
        return new RunByView(texts.organisation(), runBy.logo(), runBy.email(), runBy.phone(), tel(runBy.phone()),
                runBy.privacy().toString(), closes, runBy.open(today) ? null : ui.ui("run_by.closed", Map.of("date", closes)),
                runBy.help().stream().map(h -> new HelpView(texts.helpTitle(h), texts.helpText(h), h.phone(), tel(h.phone()),
                        h.url() == null ? null : h.url().toString(),
                        h.url() == null ? null : (h.url().getHost() + h.url().getRawPath()).replaceFirst("/$", ""))).toList(),
                null);
    }

    private static String tel(String phone) {
        return phone == null ? null : "tel:" + phone.replace(" ", "");
    }
}
