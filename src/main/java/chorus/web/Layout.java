package chorus.web;

import chorus.i18n.Language;
import chorus.i18n.LanguageLink;
import chorus.i18n.Texts;
import java.util.List;

/**
 * What the layout of every page needs: its text and language, the language switcher, the
 * stylesheet, and for a signed-in person their name and the sign-out form's CSRF field. A staff
 * page ({@code staff}) has no public footer: "your answers are anonymous" speaks to people answering.
 */
public record Layout(Texts t, Language lang, List<LanguageLink> languages, String stylesheet, String staffStylesheet,
                     String signedInAs, String csrfField, String csrfToken, boolean staff) {

    public static Layout of(Texts texts, List<LanguageLink> languages) {
        return new Layout(texts, texts.language(), languages, Stylesheet.href(), null, null, null, null, false);
    }

    /** A staff page also links the staff stylesheet ({@code staffStylesheet}). */
    Layout forStaff() {
        return new Layout(t, lang, languages, stylesheet, Stylesheet.staffHref(), signedInAs, csrfField, csrfToken, true);
    }

    Layout signedIn(String username, String field, String token) {
        return new Layout(t, lang, languages, stylesheet, Stylesheet.staffHref(), username, field, token, true);
    }
}
