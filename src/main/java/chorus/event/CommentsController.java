package chorus.event;

import chorus.i18n.Text;
import chorus.system.Role;
import chorus.system.TamperedFormException;
import chorus.i18n.Language;
import chorus.i18n.Translations;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records what people said at an event, in the language they said it, optionally beside the
 * about-you response of the person who said it. Never names: the hint asks leads to leave them out.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/mvp/events/{reference}/comments")
@Secured({Role.ADMIN_NAME, Role.MVP_LEAD_NAME})
class CommentsController {

    static final int MAX_LENGTH = 5000;

    /** What the comment form sends back, kept on errors. */
    public record CommentForm(String text, String language, String response) {
    }

    private final EventAccess access;
    private final ListeningEvents store;
    private final Translations translations;
    private final StaffPages pages;
    private final CsrfTokens csrf;

    CommentsController(EventAccess access, ListeningEvents store, Translations translations, StaffPages pages, CsrfTokens csrf) {
        this.access = access;
        this.store = store;
        this.translations = translations;
        this.pages = pages;
        this.csrf = csrf;
    }

    @Get
    MutableHttpResponse<?> show(@PathVariable String reference, HttpRequest<?> request, Authentication user) {
        ListeningEvent event = access.require(reference, user);
        return page(request, user, HttpStatus.OK, event, new CommentForm("", "", ""), FormErrors.none());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> add(@PathVariable String reference, @Body Map<String, Object> body, HttpRequest<?> request,
                               Authentication user) {
        FormFields fields = new FormFields(body);
        csrf.checkSessionForm(request, fields.text(CsrfTokens.FIELD));
        ListeningEvent event = access.require(reference, user);
        CommentForm form = new CommentForm(fields.text("text"), fields.text("language"), fields.text("response"));
        FormErrors errors = FormErrors.none();
        if (form.text().isEmpty()) {
            errors.add("text", "events.error.comment_missing");
        } else if (form.text().length() > MAX_LENGTH) {
            errors.add("text", "events.error.too_long", Map.of("max", MAX_LENGTH));
        }
        if (!form.language().isEmpty() && !languages(event).contains(form.language())) {
            throw new TamperedFormException("a comment language the form does not offer");
        }
        if (form.language().isEmpty()) {
            errors.add("language", "events.error.comment_language");
        }
        Long response = null;
        if (!form.response().isEmpty()) {
            response = store.aboutYou(event.id()).stream().filter(r -> String.valueOf(r.id()).equals(form.response()))
                    .findFirst().map(EventRepository.AboutYou::id)
                    .orElseThrow(() -> new TamperedFormException("a response not of this event"));
        }
        if (!errors.isEmpty()) {
            return page(request, user, HttpStatus.UNPROCESSABLE_ENTITY, event, form, errors);
        }
        store.addComment(event.id(), form.language(), form.text(), response);
        return HttpResponse.seeOther(URI.create("/mvp/events/" + event.reference() + "#comments"));
    }

    private MutableHttpResponse<?> page(HttpRequest<?> request, Authentication user, HttpStatus status, ListeningEvent event,
                                        CommentForm form, FormErrors errors) {
        List<Language> shipped = translations.languages();
        return Views.render(status, "event/comments", pages.layout(request, user), new Page(event, form,
                languages(event).stream().map(l -> SpokenLanguage.of(l, shipped)).toList(), store.aboutYou(event.id()),
                errors.messages(pages.texts(request)), !errors.isEmpty()));
    }

    record Page(ListeningEvent event, CommentForm form, List<SpokenLanguage> languageChoices,
                List<EventRepository.AboutYou> responses, Map<String, Text> errors, boolean hasErrors) {
    }

    /** The languages a comment can be in: the event's own first, then the shipped ones. */
    private Set<String> languages(ListeningEvent event) {
        Set<String> all = new LinkedHashSet<>(event.languages());
        translations.languages().forEach(l -> all.add(l.tag()));
        return all;
    }
}
