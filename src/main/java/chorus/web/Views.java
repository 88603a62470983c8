package chorus.web;

import chorus.i18n.LanguageLink;
import chorus.i18n.Texts;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The model every page's layout needs: its language, direction, text and language switcher. */
public final class Views {

    private Views() {
    }

    public static Map<String, Object> model(Texts texts, List<LanguageLink> languages) {
        Map<String, Object> model = new HashMap<>();
        model.put("t", texts);
        model.put("lang", texts.language());
        model.put("languages", languages);
        model.put("hasErrors", false);
        model.put("stylesheet", Stylesheet.href());
        return model;
    }

    /** A page that shows what people typed must not be kept by shared caches or the back-forward cache of another user. */
    public static MutableHttpResponse<ModelAndView<Map<String, Object>>> render(HttpStatus status, String view, Map<String, Object> model) {
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(status)
                .body(new ModelAndView<>(view, model))
                .header("Cache-Control", "no-store");
    }
}
