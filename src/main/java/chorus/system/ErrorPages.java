package chorus.system;

import chorus.answer.TamperedFormException;
import chorus.i18n.Language;
import chorus.i18n.LanguageChoice;
import chorus.i18n.LanguageLink;
import chorus.i18n.Translations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Error pages in the visitor's language, never a stack trace. */
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
class ErrorPages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    private final NotFoundPage notFound;
    private final Translations translations;
    private final LanguageChoice languageChoice;

    ErrorPages(NotFoundPage notFound, Translations translations, LanguageChoice languageChoice) {
        this.notFound = notFound;
        this.translations = translations;
        this.languageChoice = languageChoice;
    }

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    MutableHttpResponse<?> notFound(HttpRequest<?> request) {
        return notFound.survey(request);
    }

    @Error(exception = TamperedFormException.class, global = true)
    MutableHttpResponse<?> tampered(HttpRequest<?> request, TamperedFormException e) {
        LOG.info("Refused a form on {}: {}", request.getPath(), e.getMessage());
        return page(request, HttpStatus.BAD_REQUEST, "badrequest");
    }

    @Error(status = HttpStatus.REQUEST_ENTITY_TOO_LARGE, global = true)
    MutableHttpResponse<?> tooLarge(HttpRequest<?> request) {
        return page(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, "badrequest");
    }

    @Error(status = HttpStatus.BAD_REQUEST, global = true)
    MutableHttpResponse<?> badRequest(HttpRequest<?> request) {
        return page(request, HttpStatus.BAD_REQUEST, "badrequest");
    }

    @Error(exception = Exception.class, global = true)
    MutableHttpResponse<?> failure(HttpRequest<?> request, Exception e) {
        LOG.error("Failed to serve {} {}", request.getMethod(), request.getPath(), e);
        return page(request, HttpStatus.INTERNAL_SERVER_ERROR, "servererror");
    }

    private MutableHttpResponse<?> page(HttpRequest<?> request, HttpStatus status, String prefix) {
        Language language = languageChoice.choose(request, translations.languages()).language();
        Map<String, Object> model = Views.model(translations.texts(language), List.<LanguageLink>of());
        model.put("prefix", prefix);
        model.put("home", request.getPath().startsWith("/s/") ? request.getPath().replaceFirst("^(/s/[^/]+).*$", "$1") : null);
        return Views.render(status, "errors/problem", model);
    }
}
