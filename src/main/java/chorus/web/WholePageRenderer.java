package chorus.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.io.Writable;
import io.micronaut.core.io.scan.ClassPathResourceLoader;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;

/**
 * Renders each page whole before any of it is sent. Thymeleaf's own renderer writes as it goes, so
 * a template that failed halfway had already sent the status and headers: the connection was left
 * hanging with half a page. Rendered first, a failure is an ordinary error and gets the error page.
 * Chorus's pages are a few kilobytes, so holding one in memory costs nothing worth saving.
 */
@Singleton
@Replaces(ThymeleafViewsRenderer.class)
class WholePageRenderer<T> extends ThymeleafViewsRenderer<T> {

    WholePageRenderer(AbstractConfigurableTemplateResolver templateResolver, TemplateEngine engine,
                      ClassPathResourceLoader resourceLoader, HttpLocaleResolver httpLocaleResolver) {
        super(templateResolver, engine, resourceLoader, httpLocaleResolver);
    }

    @Override
    public Writable render(String viewName, T data, HttpRequest<?> request) {
        StringWriter page = new StringWriter(8192);
        try {
            super.render(viewName, data, request).writeTo(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String html = page.toString();
        return out -> out.write(html);
    }
}
