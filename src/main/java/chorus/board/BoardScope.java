package chorus.board;

import chorus.i18n.Text;
import chorus.i18n.Texts;
import chorus.mvp.Mvp;
import chorus.staff.Organisation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Whose board report: the whole LMNS (both null), one MVP, or one organisation's staff. As a
 * parameter it reads "", "mvp:CODE" or "org:CODE", so one list on the form can offer all three.
 */
record BoardScope(Mvp mvp, Organisation organisation) {

    static final BoardScope LMNS = new BoardScope(null, null);
    static final String MVP = "mvp:";
    static final String ORGANISATION = "org:";

    String param() {
        return mvp != null ? MVP + mvp.code() : organisation != null ? ORGANISATION + organisation.code() : "";
    }

    /** The query parameter that asks for this scope, "&amp;scope=…", or nothing for the whole LMNS. */
    String query() {
        return param().isEmpty() ? "" : "&scope=" + URLEncoder.encode(param(), StandardCharsets.UTF_8);
    }

    /** Its name in a file name: "lmns", the MVP's or the organisation's code. */
    String fileCode() {
        return mvp != null ? mvp.code() : organisation != null ? organisation.code() : "lmns";
    }

    Text name(Texts t) {
        return mvp != null ? Text.of(mvp.name()) : organisation != null ? Text.of(organisation.name()) : t.ui("board.scope.lmns");
    }
}
