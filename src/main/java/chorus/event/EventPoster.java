package chorus.event;

import chorus.i18n.Text;
import chorus.web.RunByView;
import java.util.List;

/**
 * A poster for one listening event in all its languages: in each, the form's title and what it asks;
 * then one QR code and the short address it holds, which opens the form in the reader's own language;
 * and who is asking (the MVP, for the organisation that runs the form), in the page's language.
 */
public record EventPoster(List<Invite> invites, String link, String qr, RunByView runBy) {

    /** The invitation in one language: {@code lang} and {@code dir} are the language's, for the words around. */
    public record Invite(Text title, Text asks, String lang, String dir) {
    }
}
