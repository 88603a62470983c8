package chorus.theme;

import chorus.i18n.Text;
import chorus.i18n.Texts;
import chorus.system.CsrfTokens;
import chorus.system.NotFoundException;
import chorus.system.Role;
import chorus.web.Choice;
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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Quotes for reports. A coder proposes words of a coded item, for one of its themes, from the item's
 * redacted text; a second person approves or rejects it on the list of quotes waiting. Only approved
 * quotes reach the themes report, and only there.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/themes")
@Secured({Role.ADMIN_NAME, Role.ANALYST_NAME, Role.MVP_LEAD_NAME})
class QuotesController {

    static final int MAX_QUOTE = 2000;
    static final int MAX_GLOSS = 2000;

    /** The proposal form as typed, kept on errors. */
    public record QuoteForm(String theme, String quote, String gloss) {
    }

    /** A quote of this item already proposed, and what became of it. */
    public record Earlier(Text theme, String quote, String lang, String dir, Text status) {
    }

    record ProposePage(SaidItem item, Text source, Text language, String wordsLang, String dir, List<Choice> themes,
                       QuoteForm form, List<Earlier> earlier, Map<String, Text> errors, boolean hasErrors) {
    }

    /** A quote waiting for a decision; {@code canDecide} is false for the person who proposed it. */
    public record Waiting(String id, Text theme, String quote, String lang, String dir, String gloss, Text source,
                          String proposedBy, int version, boolean canDecide) {
    }

    record WaitingPage(List<Waiting> quotes, Text notice, Map<String, Text> errors, boolean hasErrors) {
    }

    private final Coders coders;
    private final Coding coding;
    private final Quotes quotes;
    private final Codebook codebook;
    private final Inbox inbox;
    private final ItemLanguages languages;
    private final StaffPages pages;
    private final CsrfTokens csrf;
    private final Clock clock;

    QuotesController(Coders coders, Coding coding, Quotes quotes, Codebook codebook, Inbox inbox, ItemLanguages languages,
                     StaffPages pages, CsrfTokens csrf, Clock clock) {
        this.coders = coders;
        this.coding = coding;
        this.quotes = quotes;
        this.codebook = codebook;
        this.inbox = inbox;
        this.languages = languages;
        this.pages = pages;
        this.csrf = csrf;
        this.clock = clock;
    }

    @Get("/items/{id}/quote")
    MutableHttpResponse<?> proposeForm(@PathVariable String id, HttpRequest<?> request, Authentication user) {
        SaidItem item = coders.require(id, user);
        return proposePage(request, user, HttpStatus.OK, item, new QuoteForm("", item.redactedText(),
                item.gloss() == null ? "" : item.gloss()), FormErrors.none());
    }

    @Post("/items/{id}/quote")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> propose(@PathVariable String id, @Body Map<String, Object> body, HttpRequest<?> request,
                                   Authentication user) {
        FormFields fields = new FormFields(body);
        csrf.checkSessionForm(request, fields.text(CsrfTokens.FIELD));
        SaidItem item = coders.require(id, user);
        QuoteForm form = new QuoteForm(fields.text("theme"), fields.text("quote").strip(), fields.text("gloss").strip());
        FormErrors errors = FormErrors.none();
        Set<Long> themes = themesOf(item);
        Long themeId = parse(form.theme());
        if (themeId == null || !themes.contains(themeId)) {
            errors.add("theme", "themes.quote.error.theme");
        }
        if (form.quote().isEmpty()) {
            errors.add("quote", "themes.quote.error.empty");
        } else if (form.quote().length() > MAX_QUOTE) {
            errors.add("quote", "themes.quote.error.too_long", Map.of("max", MAX_QUOTE));
        } else if (!QuoteText.isExcerpt(form.quote(), item.redactedText())) {
            errors.add("quote", "themes.quote.error.not_said");
        } else if (!inbox.redaction(LocalDate.now(clock)).find(form.quote()).isEmpty()) {
            errors.add("quote", "themes.quote.error.identifier");
        }
        if (form.gloss().length() > MAX_GLOSS) {
            errors.add("gloss", "themes.error.gloss_too_long", Map.of("max", MAX_GLOSS));
        }
        if (!errors.isEmpty()) {
            return proposePage(request, user, HttpStatus.UNPROCESSABLE_ENTITY, item, form, errors);
        }
        quotes.propose(item, user.getName(), themeId, form.quote(), form.gloss());
        return HttpResponse.seeOther(URI.create("/themes/quotes?proposed=true"));
    }

    @Get("/quotes")
    MutableHttpResponse<?> waiting(@QueryValue Optional<String> proposed, HttpRequest<?> request, Authentication user) {
        Texts t = pages.texts(request);
        Text notice = proposed.isPresent() ? t.ui("themes.quote.proposed_notice") : null;
        return waitingPage(request, user, HttpStatus.OK, notice, FormErrors.none());
    }

    @Post("/quotes/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> decide(@PathVariable String id, @Body Map<String, Object> body, HttpRequest<?> request,
                                  Authentication user) {
        FormFields fields = new FormFields(body);
        csrf.checkSessionForm(request, fields.text(CsrfTokens.FIELD));
        ThemeQuote quote = quotes.find(id).orElseThrow(NotFoundException::new);
        SaidItem item = coders.require(quote.itemId(), user);
        String decision = fields.text("decision");
        ThemeQuote.Status status = ThemeQuote.Status.APPROVED.name().equals(decision) ? ThemeQuote.Status.APPROVED
                : ThemeQuote.Status.REJECTED.name().equals(decision) ? ThemeQuote.Status.REJECTED : null;
        FormErrors errors = FormErrors.none();
        if (status == null) {
            errors.add("quote-" + quote.id(), "themes.quote.error.decision");
            return waitingPage(request, user, HttpStatus.UNPROCESSABLE_ENTITY, null, errors);
        }
        int version = parse(fields.text("version")) == null ? -1 : parse(fields.text("version")).intValue();
        try {
            quotes.decide(quote, item, coders.of(user), status, version);
        } catch (Quotes.Refused e) {
            HttpStatus code = e.refusal == Quotes.Refusal.ALREADY_DECIDED ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY;
            errors.add("quote-" + quote.id(), switch (e.refusal) {
                case OWN_QUOTE -> "themes.quote.error.own";
                case NOT_ADMIN -> "themes.quote.error.staff";
                case ALREADY_DECIDED -> "themes.quote.error.decided";
            });
            return waitingPage(request, user, code, null, errors);
        }
        return HttpResponse.seeOther(URI.create("/themes/quotes"));
    }

    private MutableHttpResponse<?> proposePage(HttpRequest<?> request, Authentication user, HttpStatus status, SaidItem item,
                                               QuoteForm form, FormErrors errors) {
        Texts t = pages.texts(request);
        Map<Long, Theme> byId = codebook.byId();
        List<Choice> themes = themesOf(item).stream().map(id -> Choice.of(id.toString(), new Text(byId.get(id).name(), "en"),
                id.toString().equals(form.theme()))).toList();
        List<Earlier> earlier = quotes.ofItem(item.id()).stream().map(q -> new Earlier(new Text(byId.get(q.themeId()).name(), "en"),
                q.quoteText(), languages.lang(item.language()), languages.dir(item.language()), t.ui(q.status().labelKey())))
                .toList();
        return Views.render(status, "theme/quote", pages.layout(request, user), new ProposePage(item, t.ui(item.source().labelKey()),
                languages.name(item.language()), languages.lang(item.language()), languages.dir(item.language()), themes, form,
                earlier, errors.messages(t), !errors.isEmpty()));
    }

    private MutableHttpResponse<?> waitingPage(HttpRequest<?> request, Authentication user, HttpStatus status, Text notice,
                                               FormErrors errors) {
        Texts t = pages.texts(request);
        Coders.Coder coder = coders.of(user);
        if (!coder.codesAnything()) {
            throw new NotFoundException();
        }
        Map<Long, Theme> byId = codebook.byId();
        List<ThemeQuote> proposed = quotes.proposed();
        Map<String, SaidItem> items = new java.util.HashMap<>();
        coding.findAll(proposed.stream().map(ThemeQuote::itemId).distinct().toList()).forEach(i -> items.put(i.id(), i));
        List<Waiting> shown = new ArrayList<>();
        for (ThemeQuote q : proposed) {
            SaidItem item = items.get(q.itemId());
            if (item != null && coder.codes(item)) {
                shown.add(new Waiting(q.id(), new Text(byId.get(q.themeId()).name(), "en"), q.quoteText(),
                        languages.lang(item.language()), languages.dir(item.language()), q.gloss(), t.ui(item.source().labelKey()),
                        q.proposedBy(), q.version(), !q.proposedBy().equals(coder.name())));
            }
        }
        return Views.render(status, "theme/quotes", pages.layout(request, user), new WaitingPage(shown, notice,
                errors.messages(t), !errors.isEmpty()));
    }

    /** The themes the item counts under: those of the coding that counts. */
    private Set<Long> themesOf(SaidItem item) {
        if (item.status() != SaidItem.Status.CODED || item.decidedBy() == null) {
            return Set.of();
        }
        return coding.codings(item.id()).getOrDefault(item.decidedBy(), Set.of());
    }

    private static Long parse(String value) {
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
