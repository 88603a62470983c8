package chorus.poster;

import chorus.i18n.Text;

/** The model of a QR poster: the survey's title, the address the code holds, and the code as SVG. */
public record Poster(Text surveyTitle, String link, String qr) {
}
