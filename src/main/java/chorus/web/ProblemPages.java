package chorus.web;

import chorus.i18n.Language;
import chorus.i18n.LanguageChoice;
import chorus.i18n.LanguageLink;
import chorus.i18n.Translations;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.views.ViewsRenderer;
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
    private final ViewsRenderer<Map<String, Object>, HttpRequest<?>> renderer;

    ProblemPages(Translations translations, LanguageChoice languageChoice,
                 ViewsRenderer<Map<String, Object>, HttpRequest<?>> renderer) {
        this.translations = translations;
        this.languageChoice = languageChoice;
        this.renderer = renderer;
    }

    /** The page: {@code prefix} names its texts, {@code home} is the survey's start page to go back to, if any. */
    record Problem(String prefix, String home) {
    }

    /** The database cannot be reached: try again after {@code retryAfter}; nothing is lost by waiting. */
    public MutableHttpResponse<?> unavailable(HttpRequest<?> request, java.time.Duration retryAfter) {
        return page(request, HttpStatus.SERVICE_UNAVAILABLE, "unavailable").header("Retry-After", Long.toString(retryAfter.toSeconds()));
    }

    /** {@code prefix} names the texts: prefix.title and prefix.body. */
    public MutableHttpResponse<?> page(HttpRequest<?> request, HttpStatus status, String prefix) {
        Language language = languageChoice.choose(request, translations.languages()).language();
        String home = request.getPath().startsWith("/s/") ? request.getPath().replaceFirst("^(/s/[^/]+).*$", "$1") : null;
        Map<String, Object> model = Views.model(Layout.of(translations.texts(language), List.<LanguageLink>of()),
                new Problem(prefix, home));
        // Rendered here, not left to the views filter: a refusal from the security filter never
        // reaches a route, and the filter would then have nothing to turn the model into HTML.
        Writable html = renderer.render("errors/problem", model, request);
        return HttpResponse.status(status).contentType(MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-store").body(html);
    }
}
