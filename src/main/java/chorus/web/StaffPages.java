package chorus.web;

import chorus.i18n.Language;
import chorus.i18n.LanguageChoice;
import chorus.i18n.LanguageLink;
import chorus.i18n.Texts;
import chorus.i18n.Translations;
import chorus.system.CsrfTokens;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.List;

/** The model every staff page starts from: language, switcher, who is signed in and the CSRF token for their forms. */
@Singleton
public class StaffPages {

    private final Translations translations;
    private final LanguageChoice languageChoice;
    private final CsrfTokens csrf;

    StaffPages(Translations translations, LanguageChoice languageChoice, CsrfTokens csrf) {
        this.translations = translations;
        this.languageChoice = languageChoice;
        this.csrf = csrf;
    }

    public Texts texts(HttpRequest<?> request) {
        return translations.texts(language(request));
    }

    /** The layout of a staff page: the interface languages, and the sign-out form for a signed-in person. */
    public Layout layout(HttpRequest<?> request, Authentication user) {
        Language language = language(request);
        Layout layout = Layout.of(translations.texts(language),
                LanguageLink.of(translations.interfaceLanguages(), language, request.getPath()));
        return user == null ? layout.forStaff() : layout.signedIn(user.getName(), CsrfTokens.FIELD, csrf.sessionToken(request).orElse(""));
    }

    /** English, whatever the reader chose: for documents made on the server, such as the board report's PDF. */
    public Texts sourceTexts() {
        return translations.texts(translations.source());
    }

    /** The layout of a staff page in English, with no language switcher or sign-out form: a document, not a page. */
    public Layout sourceLayout() {
        return Layout.of(sourceTexts(), List.of()).forStaff();
    }

    private Language language(HttpRequest<?> request) {
        // Easy read is for survey pages: staff pages offer the languages with interface text of their own.
        return languageChoice.choose(request, translations.interfaceLanguages()).language();
    }
}
