package chorus.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import java.util.HashMap;
import java.lang.reflect.RecordComponent;
import java.util.Map;

/**
 * Renders a page from two typed records: the {@link Layout} every page shares and the page's own
 * model. Templates read their components by name ({@code ${t}}, {@code ${form}}), as if from a map.
 */
public final class Views {

    /** Each record class's components, looked up once. */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            for (RecordComponent component : components) {
                component.getAccessor().setAccessible(true);
            }
            return components;
        }
    };

    private Views() {
    }

    /**
     * The model of a page: the layout's components, then each part's (a null part is left out: a
     * kiosk's timeout on an ordinary visit). {@code hasErrors} is false unless a part says.
     */
    public static Map<String, Object> model(Layout layout, Record... parts) {
        Map<String, Object> model = new HashMap<>();
        put(model, layout);
        model.put("hasErrors", false);
        for (Record part : parts) {
            if (part != null) {
                put(model, part);
            }
        }
        return model;
    }

    /** A page that shows what people typed must not be kept by shared caches or the back-forward cache of another user. */
    public static MutableHttpResponse<ModelAndView<Map<String, Object>>> render(HttpStatus status, String view, Layout layout,
                                                                                Record... parts) {
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(status)
                .body(new ModelAndView<>(view, model(layout, parts)))
                .header("Cache-Control", "no-store");
    }

    private static void put(Map<String, Object> model, Record record) {
        for (RecordComponent component : COMPONENTS.get(record.getClass())) {
            try {
                model.put(component.getName(), component.getAccessor().invoke(record));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
        }
    }
}
