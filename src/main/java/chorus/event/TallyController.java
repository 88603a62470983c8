package chorus.event;

import chorus.i18n.Text;
import chorus.system.Role;
import chorus.system.TamperedFormException;
import chorus.survey.EthnicCategory;
import chorus.system.CsrfTokens;
import chorus.web.FormErrors;
import chorus.web.FormFields;
import chorus.web.StaffPages;
import chorus.web.Views;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts per NHS ethnic category for an event where people were not given individual forms.
 * A blank count is 0. The counts, with the about-you responses for the event, may not exceed its
 * attendance; the rest of the people who took part show as "not asked".
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/mvp/events/{reference}/tally")
@Secured({Role.ADMIN_NAME, Role.MVP_LEAD_NAME})
class TallyController {

    static final String PREFIX = "count-";

    /** The categories of one group of the form, with what is in each box. */
    /** The tally form: {@code answered} is how many gave an "about you" form for the event as well. */
    record Page(ListeningEvent event, List<Group> groups, int answered, Map<String, Text> errors, boolean hasErrors) {
    }

    public record Group(String key, List<Box> boxes) {

        /** Z has no group of its own: its fieldset is headed by its own label. */
        public String legendKey() {
            return "not_stated".equals(key) ? "events.tally.not_stated" : "ethnicity.group." + key;
        }
    }

    /** One count box: its category code and its value as typed. */
    public record Box(String code, String value) {

        public String field() {
            return PREFIX + code;
        }

        public String labelKey() {
            return TallyController.labelKey(code);
        }
    }

    private final EventAccess access;
    private final ListeningEvents store;
    private final StaffPages pages;
    private final CsrfTokens csrf;

    TallyController(EventAccess access, ListeningEvents store, StaffPages pages, CsrfTokens csrf) {
        this.access = access;
        this.store = store;
        this.pages = pages;
        this.csrf = csrf;
    }

    @Get
    MutableHttpResponse<?> show(@PathVariable String reference, HttpRequest<?> request, Authentication user) {
        ListeningEvent event = access.require(reference, user);
        Map<String, String> values = new LinkedHashMap<>();
        store.tallies(event.id()).forEach((code, people) -> values.put(code, String.valueOf(people)));
        return page(request, user, HttpStatus.OK, event, values, FormErrors.none());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> save(@PathVariable String reference, @Body Map<String, Object> body, HttpRequest<?> request,
                                Authentication user) {
        FormFields fields = new FormFields(body);
        csrf.checkSessionForm(request, fields.text(CsrfTokens.FIELD));
        ListeningEvent event = access.require(reference, user);
        for (String name : fields.names()) {
            if (!name.equals(CsrfTokens.FIELD) && (!name.startsWith(PREFIX) || EthnicCategory.fromCode(name.substring(PREFIX.length())).isEmpty())) {
                throw new TamperedFormException("a tally field the form does not have");
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        FormErrors errors = FormErrors.none();
        for (String code : EthnicCategory.codes()) {
            String value = fields.text(PREFIX + code);
            values.put(code, value);
            if (value.isEmpty()) {
                counts.put(code, 0);
            } else if (value.matches("[0-9]{1,6}")) {
                counts.put(code, Integer.parseInt(value));
            } else {
                String key = labelKey(code);
                errors.add(PREFIX + code, "events.error.tally_number", Map.of("category", pages.texts(request).ui(key).value()));
            }
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        int answered = store.aboutYou(event.id()).size();
        if (errors.isEmpty() && total + answered > event.attendance()) {
            errors.add(PREFIX + EthnicCategory.codes().get(0), "events.error.tally_total",
                    Map.of("total", total, "answered", answered, "attendance", event.attendance()));
        }
        if (!errors.isEmpty()) {
            return page(request, user, HttpStatus.UNPROCESSABLE_ENTITY, event, values, errors);
        }
        store.replaceTallies(event.id(), counts);
        return HttpResponse.seeOther(URI.create("/mvp/events/" + event.reference()));
    }

    private MutableHttpResponse<?> page(HttpRequest<?> request, Authentication user, HttpStatus status, ListeningEvent event,
                                        Map<String, String> values, FormErrors errors) {
        List<Group> groups = java.util.Arrays.stream(EthnicCategory.Group.values())
                .map(g -> new Group(g.key(), java.util.Arrays.stream(EthnicCategory.values()).filter(c -> c.group() == g)
                        .map(c -> new Box(c.name(), values.getOrDefault(c.name(), ""))).toList())).toList();
        return Views.render(status, "event/tally", pages.layout(request, user), new Page(event, groups, store.aboutYou(event.id()).size(),
                errors.messages(pages.texts(request)), !errors.isEmpty()));
    }

    /** "Prefer not to say" is how a person answers; on a tally Z means the person did not say. */
    static String labelKey(String code) {
        return "Z".equals(code) ? "events.tally.not_stated" : "ethnicity." + code;
    }
}
