package chorus.system;

import chorus.i18n.Language;
import chorus.i18n.LanguageChoice;
import chorus.i18n.LanguageLink;
import chorus.i18n.Translations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/** A short page that explains a refused or failed request in the visitor's language. */
@Singleton
public class ProblemPages {

    private final Translations translations;
    private final LanguageChoice languageChoice;

    ProblemPages(Translations translations, LanguageChoice languageChoice) {
        this.translations = translations;
        this.languageChoice = languageChoice;
    }

    /** {@code prefix} names the texts: prefix.title and prefix.body. */
    public MutableHttpResponse<?> page(HttpRequest<?> request, HttpStatus status, String prefix) {
        Language language = languageChoice.choose(request, translations.languages()).language();
        Map<String, Object> model = Views.model(translations.texts(language), List.<LanguageLink>of());
        model.put("prefix", prefix);
        model.put("home", request.getPath().startsWith("/s/") ? request.getPath().replaceFirst("^(/s/[^/]+).*$", "$1") : null);
        return Views.render(status, "errors/problem", model);
    }
}
