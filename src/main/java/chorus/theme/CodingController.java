package chorus.theme;

import chorus.i18n.Text;
import chorus.i18n.Texts;
import chorus.report.Figures;
import chorus.system.CsrfTokens;
import chorus.system.NotFoundException;
import chorus.system.Role;
import chorus.web.Choice;
import chorus.web.DateField;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The coding workspace: a queue of what people said, and one item at a time with its raw words, the
 * redaction every other page shows, suggested themes with the words that suggested them, and the
 * coder's decision.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/themes")
@Secured({Role.ADMIN_NAME, Role.ANALYST_NAME, Role.MVP_LEAD_NAME})
class CodingController {

    static final int PAGE_SIZE = 50;
    /** The queue of items sampled for a second coder that this coder has not coded. */
    static final String SECOND = "SECOND";
    static final int MAX_SAMPLE = 500;
    static final int MAX_GLOSS = 2000;
    static final int MAX_REDACTED = 10_000;

    /** The queue's filters as typed, kept on errors. */
    public record Filter(String source, String from, String to, String status, int page) {
    }

    /** One row of the queue. */
    public record Row(String id, String href, Text saidOn, Text language, String text, String dir, Text status) {
    }

    record QueuePage(Filter filter, List<Choice> sources, List<Choice> statuses, List<Row> rows, String previous,
                     String next, boolean canSample, Text notice, Map<String, Text> errors, boolean hasErrors) {
    }

    /** A piece of the raw text, marked when it is a word that suggested a theme. */
    public record Segment(String text, boolean marked) {
    }

    /** A suggested theme, with where it came from. */
    public record Suggested(long themeId, Text name, boolean fromKeywords, boolean fromSimilarItems) {
    }

    /** What the coder's form sends back, kept on errors. */
    public record CodingForm(Set<Long> themes, String sentiment, boolean notRelevant, boolean safeguarding, String gloss,
                             String redacted, Set<Long> suggested, int version) {
    }

    record ItemPage(SaidItem item, String back, String action, Text source, Text language, String dir, List<Segment> raw, String redactedDir,
                    List<Suggested> suggestions, List<ThemeGroup> themeGroups, List<Choice> sentiments, CodingForm form,
                    List<CoderThemes> codings, boolean resolve, Map<String, Text> errors, boolean hasErrors, boolean conflict) {
    }

    /** What one coder gave the item, for a lead comparing two codings. */
    public record CoderThemes(String coder, boolean counts, List<Text> themes) {
    }

    /** The themes under one top-level theme, as one fieldset. */
    public record ThemeGroup(Text legend, String name, List<Choice> options) {
    }

    private final Coders coders;
    private final SaidStore store;
    private final Inbox inbox;
    private final Coding coding;
    private final Codebook codebook;
    private final Suggestions suggestions;
    private final ItemLanguages languages;
    private final StaffPages pages;
    private final CsrfTokens csrf;
    private final Clock clock;

    CodingController(Coders coders, SaidStore store, Inbox inbox, Coding coding, Codebook codebook, Suggestions suggestions,
                     ItemLanguages languages, StaffPages pages, CsrfTokens csrf, Clock clock) {
        this.coders = coders;
        this.store = store;
        this.inbox = inbox;
        this.coding = coding;
        this.codebook = codebook;
        this.suggestions = suggestions;
        this.languages = languages;
        this.pages = pages;
        this.csrf = csrf;
        this.clock = clock;
    }

    @Get
    MutableHttpResponse<?> queue(@QueryValue Optional<String> source, @QueryValue Optional<String> from,
                                 @QueryValue Optional<String> to, @QueryValue Optional<String> status,
                                 @QueryValue Optional<String> page, @QueryValue Optional<String> sampled,
                                 HttpRequest<?> request, Authentication user) {
        Coders.Coder coder = coders.of(user);
        if (!coder.codesAnything()) {
            throw new NotFoundException();
        }
        inbox.bringIn();
        Texts t = pages.texts(request);
        LocalDate today = LocalDate.now(clock);
        SaidItem.Source chosen = source.flatMap(s -> parse(SaidItem.Source.class, s)).filter(coder.sources()::contains)
                .orElse(coder.sources().iterator().next());
        boolean second = status.filter(SECOND::equals).isPresent();
        SaidItem.Status wanted = status.filter("ALL"::equals).isPresent() || second ? null
                : status.flatMap(s -> parse(SaidItem.Status.class, s)).orElse(SaidItem.Status.NEW);
        int pageNumber = page.flatMap(CodingController::number).orElse(1);
        Filter filter = new Filter(chosen.name(), from.map(String::strip).orElse(today.minusYears(1).plusDays(1).toString()),
                to.map(String::strip).orElse(today.toString()), second ? SECOND : wanted == null ? "ALL" : wanted.name(), pageNumber);
        FormErrors errors = FormErrors.none();
        LocalDate fromDate = DateField.required(filter.from(), "from", "themes.error.date", errors);
        LocalDate toDate = DateField.required(filter.to(), "to", "themes.error.date", errors);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            errors.add("to", "themes.error.order");
        }
        List<Row> rows = List.of();
        String previous = null;
        String next = null;
        if (errors.isEmpty()) {
            SaidStore.QueuePage found = store.queue(chosen, fromDate, toDate, wanted, coder.mvpId(),
                    second ? coder.name() : null, (pageNumber - 1) * PAGE_SIZE, PAGE_SIZE);
            String query = query(filter);
            rows = found.items().stream().map(i -> new Row(i.id(), "/themes/items/" + i.id() + "?" + query,
                    i.saidOn() == null ? null : Figures.date(i.saidOn(), t.language()),
                    languages.name(i.language()), preview(i.redactedText()), languages.dir(i.language()),
                    t.ui(i.status().labelKey()))).toList();
            previous = pageNumber > 1 ? "/themes?" + query(new Filter(filter.source(), filter.from(), filter.to(),
                    filter.status(), pageNumber - 1)) : null;
            next = found.more() ? "/themes?" + query(new Filter(filter.source(), filter.from(), filter.to(),
                    filter.status(), pageNumber + 1)) : null;
        }
        List<Choice> sources = coder.sources().stream().map(s -> Choice.of(s.name(),
                t.ui(s.labelKey()), s == chosen)).toList();
        List<Choice> statuses = new ArrayList<>();
        for (SaidItem.Status s : SaidItem.Status.values()) {
            statuses.add(Choice.of(s.name(), t.ui(s.labelKey()), s == wanted));
        }
        statuses.add(Choice.of(SECOND, t.ui("themes.status.second"), second));
        statuses.add(Choice.of("ALL", t.ui("themes.status.all"), wanted == null && !second));
        HttpStatus code = errors.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY;
        Text notice = sampled.flatMap(CodingController::number).map(n -> t.ui("themes.sampled", Map.of("n", n))).orElse(null);
        return Views.render(code, "theme/queue", pages.layout(request, user), new QueuePage(filter, sources, statuses, rows,
                previous, next, coder.leads() && errors.isEmpty(), notice, errors.messages(t), !errors.isEmpty()));
    }

    @Get("/items/{id}")
    MutableHttpResponse<?> item(@PathVariable String id, HttpRequest<?> request, Authentication user) {
        SaidItem item = require(id, user);
        String raw = store.rawText(item).orElse("");
        Map<String, Set<Long>> byCoder = coding.codings(item.id());
        Set<Long> mine = byCoder.getOrDefault(item.decidedBy() == null ? user.getName() : item.decidedBy(), Set.of());
        List<ThemeSuggester.Suggestion> suggested = activeSuggestions(raw, item.language());
        Set<Long> suggestedIds = new TreeSet<>();
        Map<String, Long> ids = ids();
        suggested.forEach(s -> suggestedIds.add(ids.get(s.theme())));
        CodingForm form = new CodingForm(mine, item.sentiment() == null ? "" : item.sentiment().name(),
                item.status() == SaidItem.Status.NOT_RELEVANT, item.safeguarding(), item.gloss() == null ? "" : item.gloss(),
                item.redactedText(), suggestedIds, item.version());
        return itemPage(request, user, HttpStatus.OK, item, raw, suggested, form, FormErrors.none(), false);
    }

    @Post("/items/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> save(@PathVariable String id, @Body Map<String, Object> body, HttpRequest<?> request,
                                Authentication user) {
        FormFields fields = new FormFields(body);
        csrf.checkSessionForm(request, fields.text(CsrfTokens.FIELD));
        SaidItem item = require(id, user);
        Map<Long, Theme> themes = codebook.byId();
        FormErrors errors = FormErrors.none();
        Set<Long> chosen = new LinkedHashSet<>();
        for (String value : fields.all("theme")) {
            Optional<Long> themeId = number(value).map(Integer::longValue);
            if (themeId.isEmpty() || !themes.containsKey(themeId.get()) || !themes.get(themeId.get()).active()) {
                errors.add("theme", "themes.error.unknown_theme");
            } else {
                chosen.add(themeId.get());
            }
        }
        Set<Long> suggested = new LinkedHashSet<>();
        fields.all("suggested").forEach(v -> number(v).map(Integer::longValue).filter(themes::containsKey)
                .ifPresent(suggested::add));
        boolean notRelevant = fields.ticked("not_relevant");
        String sentimentText = fields.text("sentiment");
        SaidItem.Sentiment sentiment = parse(SaidItem.Sentiment.class, sentimentText).orElse(null);
        String gloss = fields.text("gloss").strip();
        String redacted = fields.text("redacted").strip();
        int version = number(fields.text("version")).orElse(-1);
        CodingForm form = new CodingForm(chosen, sentimentText, notRelevant, fields.ticked("safeguarding"),
                gloss, redacted, suggested, version);
        if (notRelevant && !chosen.isEmpty()) {
            errors.add("theme", "themes.error.not_relevant_with_themes");
        } else if (!notRelevant && chosen.isEmpty() && errors.isEmpty()) {
            errors.add("theme", "themes.error.no_theme");
        }
        if (!notRelevant && sentiment == null) {
            errors.add("sentiment", "themes.error.sentiment");
        }
        if (gloss.length() > MAX_GLOSS) {
            errors.add("gloss", "themes.error.gloss_too_long", Map.of("max", MAX_GLOSS));
        }
        if (redacted.isEmpty()) {
            errors.add("redacted", "themes.error.redacted_missing");
        } else if (redacted.length() > MAX_REDACTED) {
            errors.add("redacted", "themes.error.redacted_too_long", Map.of("max", MAX_REDACTED));
        } else {
            List<Redaction.Found> left = inbox.redaction(LocalDate.now(clock)).find(redacted);
            if (!left.isEmpty()) {
                Texts t = pages.texts(request);
                errors.add("redacted", "themes.error.identifier_left", Map.of("kind",
                        t.ui(identifierKey(left.get(0).kind())).value()));
            }
        }
        String raw = store.rawText(item).orElse("");
        if (!errors.isEmpty()) {
            return itemPage(request, user, HttpStatus.UNPROCESSABLE_ENTITY, item, raw, activeSuggestions(raw, item.language()),
                    form, errors, false);
        }
        Set<String> codes = new TreeSet<>();
        chosen.forEach(t -> codes.add(themes.get(t).code()));
        boolean resolving = fields.ticked("resolve") && coders.of(user).leads();
        if (item.doubleCoded() && item.status() == SaidItem.Status.CODED && item.decidedBy() != null
                && !item.decidedBy().equals(user.getName()) && !resolving) {
            // A second coder of a sampled item: their themes are kept for the agreement figures only.
            coding.second(item, user.getName(), chosen);
            suggestions.learn(raw, item.language(), codes);
            return HttpResponse.seeOther(URI.create(back(request)));
        }
        try {
            coding.save(item, user.getName(), new Coding.Decision(chosen, sentiment, notRelevant, form.safeguarding(), gloss,
                    redacted, suggested, version));
        } catch (Coding.Conflict e) {
            SaidItem now = require(id, user);
            CodingForm kept = new CodingForm(chosen, sentimentText, notRelevant, form.safeguarding(), gloss, redacted,
                    suggested, now.version());
            return itemPage(request, user, HttpStatus.CONFLICT, now, raw, activeSuggestions(raw, now.language()), kept,
                    FormErrors.none().add("theme", "themes.error.conflict"), true);
        }
        suggestions.learn(raw, item.language(), codes);
        return HttpResponse.seeOther(URI.create(back(request)));
    }

    /** Samples coded items of the queue shown for a second coder. */
    @Post("/sample")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> sample(@Body Map<String, Object> body, HttpRequest<?> request, Authentication user) {
        FormFields fields = new FormFields(body);
        csrf.checkSessionForm(request, fields.text(CsrfTokens.FIELD));
        Coders.Coder coder = coders.of(user);
        SaidItem.Source source = parse(SaidItem.Source.class, fields.text("source")).filter(coder.sources()::contains)
                .orElseThrow(NotFoundException::new);
        FormErrors errors = FormErrors.none();
        LocalDate from = DateField.required(fields.text("from"), "from", "themes.error.date", errors);
        LocalDate to = DateField.required(fields.text("to"), "to", "themes.error.date", errors);
        Optional<Integer> size = number(fields.text("size")).filter(n -> n >= 1 && n <= MAX_SAMPLE);
        String query = query(new Filter(source.name(), fields.text("from"), fields.text("to"), SaidItem.Status.CODED.name(), 1));
        if (!errors.isEmpty() || size.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/themes?" + query + "&sample=refused"));
        }
        int sampled = store.sample(source, from, to, coder.mvpId(), size.get());
        return HttpResponse.seeOther(URI.create("/themes?" + query + "&sampled=" + sampled));
    }

    /** A row of the agreement page: a theme, with how far two coders agree on it. */
    public record ThemeAgreement(Text theme, int items, int both, int firstOnly, int secondOnly, Text kappa) {
    }

    /** An item two coders coded differently, for a lead to resolve. */
    public record Disagreement(String href, String text, String dir) {
    }

    /** A row of suggestion precision: how often a suggested theme was taken. */
    public record ThemePrecision(Text theme, Text suggested, Text taken, Text precision) {
    }

    record AgreementPage(List<ThemeAgreement> themes, List<Disagreement> disagreements, Text intro,
                         List<ThemePrecision> precision) {
    }

    /** How far coders agree on the items sampled for double coding, theme by theme, and the items to resolve. */
    @Get("/agreement")
    MutableHttpResponse<?> agreement(HttpRequest<?> request, Authentication user) {
        Coders.Coder coder = coders.of(user);
        if (!coder.codesAnything()) {
            throw new NotFoundException();
        }
        Texts t = pages.texts(request);
        List<SaidStore.DoubleCoding> doubles = store.doubleCoded(coder.sources(), coder.mvpId());
        List<Agreement.Pair> pairs = doubles.stream().map(d -> new Agreement.Pair(d.firstThemes(), d.secondThemes())).toList();
        Set<Long> used = new TreeSet<>();
        doubles.forEach(d -> {
            used.addAll(d.firstThemes());
            used.addAll(d.secondThemes());
        });
        Map<Long, Theme> byId = codebook.byId();
        List<ThemeAgreement> rows = new ArrayList<>();
        for (Long theme : used) {
            Agreement.Kappa kappa = Agreement.kappa(pairs, theme);
            rows.add(new ThemeAgreement(new Text(byId.get(theme).name(), "en"), kappa.items(), kappa.both(), kappa.firstOnly(),
                    kappa.secondOnly(), kappa.defined() ? Text.of(String.format(java.util.Locale.ROOT, "%.2f", kappa.kappa()))
                    : t.ui("report.not_available")));
        }
        List<String> differing = doubles.stream().filter(d -> !d.firstThemes().equals(d.secondThemes()))
                .map(SaidStore.DoubleCoding::itemId).toList();
        List<Disagreement> disagreements = new ArrayList<>();
        if (!differing.isEmpty()) {
            coding.findAll(differing).forEach(i -> disagreements.add(new Disagreement("/themes/items/" + i.id(),
                    preview(i.redactedText()), languages.dir(i.language()))));
        }
        List<ThemePrecision> precision = store.precision(coder.sources(), coder.mvpId()).stream()
                .filter(p -> byId.containsKey(p.themeId()))
                .map(p -> new ThemePrecision(new Text(byId.get(p.themeId()).name(), "en"), Text.of(Long.toString(p.suggested())),
                        Text.of(Long.toString(p.taken())), Figures.percent(100.0 * p.taken() / p.suggested(), t))).toList();
        return Views.render(HttpStatus.OK, "theme/agreement", pages.layout(request, user),
                new AgreementPage(rows, disagreements,
                t.ui("themes.agreement_intro", Map.of("n", doubles.size())), precision));
    }

    private MutableHttpResponse<?> itemPage(HttpRequest<?> request, Authentication user, HttpStatus status, SaidItem item,
                                            String raw, List<ThemeSuggester.Suggestion> suggested, CodingForm form,
                                            FormErrors errors, boolean conflict) {
        Texts t = pages.texts(request);
        Map<String, Long> ids = ids();
        List<Suggested> shown = new ArrayList<>();
        List<ThemeSuggester.Match> matches = new ArrayList<>();
        Map<Long, Theme> byId = codebook.byId();
        for (ThemeSuggester.Suggestion s : suggested) {
            Long themeId = ids.get(s.theme());
            shown.add(new Suggested(themeId, new Text(byId.get(themeId).name(), "en"), s.fromKeywords(), s.fromSimilarItems()));
            matches.addAll(s.matches());
        }
        List<ThemeGroup> groups = new ArrayList<>();
        for (Codebook.Entry entry : codebook.active()) {
            if (entry.depth() == 0) {
                groups.add(new ThemeGroup(new Text(entry.theme().name(), "en"), "theme", new ArrayList<>()));
            }
            Text label = new Text(entry.theme().name(), "en");
            Text hint = new Text(entry.theme().description(), "en");
            groups.get(groups.size() - 1).options().add(new Choice(String.valueOf(entry.theme().id()), label, hint, null,
                    form.themes().contains(entry.theme().id())));
        }
        List<Choice> sentiments = Arrays.stream(SaidItem.Sentiment.values()).map(s -> Choice.of(s.name(),
                t.ui(s.labelKey()), s.name().equals(form.sentiment()))).toList();
        Map<String, Set<Long>> byCoder = coding.codings(item.id());
        List<CoderThemes> codings = byCoder.size() < 2 ? List.of() : byCoder.entrySet().stream()
                .map(e -> new CoderThemes(e.getKey(), e.getKey().equals(item.decidedBy()), e.getValue().stream()
                        .map(id -> new Text(byId.get(id).name(), "en")).toList())).toList();
        boolean resolve = byCoder.size() >= 2 && coders.of(user).leads();
        return Views.render(status, "theme/item", pages.layout(request, user), new ItemPage(item, back(request), action(item, back(request)),
                t.ui(item.source().labelKey()), languages.name(item.language()),
                languages.dir(item.language()), segments(raw, matches), languages.dir(item.language()), shown, groups, sentiments, form, codings, resolve,
                errors.messages(t), !errors.isEmpty(), conflict));
    }

    /** The item, if it exists and this person may code it; otherwise it does not exist for them. */
    private SaidItem require(String id, Authentication user) {
        return coders.require(id, user);
    }

    private List<ThemeSuggester.Suggestion> activeSuggestions(String raw, String language) {
        Map<String, Long> ids = ids();
        return suggestions.suggest(raw, language).stream().filter(s -> ids.containsKey(s.theme())).toList();
    }

    /** Codes of the active themes to their ids. */
    private Map<String, Long> ids() {
        Map<String, Long> ids = new LinkedHashMap<>();
        codebook.active().forEach(e -> ids.put(e.theme().code(), e.theme().id()));
        return ids;
    }

    /** The raw text cut where suggested words start and end, so the page can mark them. */
    static List<Segment> segments(String text, List<ThemeSuggester.Match> matches) {
        boolean[] marked = new boolean[text.length()];
        for (ThemeSuggester.Match m : matches) {
            for (int i = Math.max(0, m.start()); i < Math.min(text.length(), m.end()); i++) {
                marked[i] = true;
            }
        }
        List<Segment> segments = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || marked[i] != marked[start]) {
                segments.add(new Segment(text.substring(start, i), marked[start]));
                start = i;
            }
        }
        return segments;
    }

    /** The form posts to the item, keeping the queue it came from so saving goes back there. */
    private static String action(SaidItem item, String back) {
        int query = back.indexOf('?');
        return "/themes/items/" + item.id() + (query < 0 ? "" : back.substring(query));
    }

    /** Where to go after saving: back to the queue the item was opened from. */
    private static String back(HttpRequest<?> request) {
        String query = request.getUri().getRawQuery();
        return query == null || query.isEmpty() ? "/themes" : "/themes?" + query;
    }

    private static String query(Filter filter) {
        return "source=" + encode(filter.source()) + "&from=" + encode(filter.from()) + "&to=" + encode(filter.to())
                + "&status=" + encode(filter.status()) + "&page=" + filter.page();
    }

    /** How an error names the identifier a coder's redaction left in. */
    static String identifierKey(Redaction.Kind kind) {
        return switch (kind) {
            case EMAIL -> "themes.identifier.email";
            case PHONE -> "themes.identifier.phone";
            case NHS_NUMBER -> "themes.identifier.nhs_number";
            case POSTCODE -> "themes.identifier.postcode";
            case DATE -> "themes.identifier.date";
            case NAME -> "themes.identifier.name";
        };
    }

    /** The start of a long text, for the queue; the whole text is on the item's page. */
    static String preview(String text) {
        int limit = 280;
        if (text.length() <= limit) {
            return text;
        }
        int cut = Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
        return text.substring(0, cut) + "…";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Optional<Integer> number(String text) {
        if (text == null || !text.matches("[0-9]{1,9}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(text));
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst();
    }
}
