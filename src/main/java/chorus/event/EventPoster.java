package chorus.event;

import chorus.i18n.Text;
import java.util.List;

/**
 * A poster for one listening event in all its languages: in each, the form's title and what it asks;
 * then one QR code and the short address it holds, which opens the form in the reader's own language.
 */
public record EventPoster(List<Invite> invites, String link, String qr) {

    /** The invitation in one language: {@code lang} and {@code dir} are the language's, for the words around. */
    public record Invite(Text title, Text asks, String lang, String dir) {
    }
}
