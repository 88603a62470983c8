package chorus.poster;

import chorus.i18n.SurveyTexts;
import chorus.i18n.Text;
import chorus.survey.Survey;
import chorus.web.RunByView;
import java.time.LocalDate;
import java.util.Map;

/**
 * The model of a QR poster: the survey's title, the address the code holds, the code as SVG, and
 * who runs the survey (null when its folder has no run-by.yml).
 */
public record Poster(Text surveyTitle, String link, String qr, RunByView runBy) {

    /** The poster of {@code survey} in {@code texts}' language, its code read out in that language. */
    public static Poster of(Survey survey, SurveyTexts texts, String link, LocalDate today) {
        return new Poster(texts.title(), link, QrSvg.svg(link, texts.ui().ui("poster.qr_label", Map.of("url", link)).value()),
                RunByView.of(survey, texts, today));
    }
}
