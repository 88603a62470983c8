package chorus.board;

import chorus.i18n.Text;
import chorus.i18n.Texts;
import chorus.mvp.Mvps;
import chorus.staff.StaffRounds;
import chorus.report.Figures;
import chorus.report.ReportCsv;
import chorus.report.ReportTable;
import chorus.system.Role;
import chorus.web.DateField;
import chorus.web.FormErrors;
import chorus.web.NotFoundPage;
import chorus.web.StaffPages;
import chorus.web.Views;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The board report page and its CSV files: analysts and administrators for the whole LMNS or one
 * MVP, an MVP lead for their own MVP only (any other scope they ask for is theirs).
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/reports/board")
@Secured({Role.ADMIN_NAME, Role.ANALYST_NAME, Role.MVP_LEAD_NAME})
class BoardController {

    /** The period asked for, as typed, and what it is once checked (null with errors). */
    record Choice(String fromText, String toText, BoardPeriod period, BoardScope scope, FormErrors errors) {
    }

    /** What the report is of, first on the page and on paper. */
    record Fact(Text term, Text value) {
    }

    /** A scope the reader may choose: its parameter ("" for the whole LMNS), its name, and whether it is the one shown. */
    record ScopeLink(String value, String name, boolean selected) {
    }

    /** The scopes on offer: the whole LMNS, then the MVPs, then the organisations (their staff). */
    record Scopes(ScopeLink lmns, List<ScopeLink> mvps, List<ScopeLink> organisations) {

        public boolean isEmpty() {
            return lmns == null;
        }
    }

    /**
     * The page: the choice form, and unless it was refused the facts, the report and the scope's
     * name for the running header of a printed copy.
     */
    record BoardPage(Choice choice, Scopes scopes, Map<String, Text> errors, boolean hasErrors, List<Fact> facts,
                     Text scopeName, Text periodName, BoardReport.Report report, TrendChart.Chart chart, String pdfHref,
                     String printStylesheet) {
    }

    private final BoardReport board;
    private final Mvps mvps;
    private final StaffRounds staff;
    private final StaffPages pages;
    private final NotFoundPage notFound;
    private final Clock clock;
    private final ThymeleafViewsRenderer<Map<String, Object>> views;

    BoardController(BoardReport board, Mvps mvps, StaffRounds staff, StaffPages pages, NotFoundPage notFound, Clock clock,
                    ThymeleafViewsRenderer<Map<String, Object>> views) {
        this.staff = staff;
        this.views = views;
        this.board = board;
        this.mvps = mvps;
        this.pages = pages;
        this.notFound = notFound;
        this.clock = clock;
    }

    @Get
    MutableHttpResponse<?> report(HttpRequest<?> request, Authentication user, @QueryValue Optional<String> from,
                                  @QueryValue Optional<String> to, @QueryValue Optional<String> scope) {
        Optional<BoardScope> chosen = scope(user, scope);
        if (chosen.isEmpty()) {
            return notFound.survey(request);
        }
        Texts t = pages.texts(request);
        Choice choice = choice(from, to, chosen.get());
        Scopes scopes = isLead(user) ? new Scopes(null, List.of(), List.of()) : scopes(chosen.get());
        if (!choice.errors().isEmpty()) {
            return Views.render(HttpStatus.UNPROCESSABLE_ENTITY, "board/report", pages.layout(request, user),
                    new BoardPage(choice, scopes, choice.errors().messages(t), true, List.of(), null, null, null, null, null, null));
        }
        return Views.render(HttpStatus.OK, "board/report", pages.layout(request, user), page(choice, scopes, t));
    }

    private BoardPage page(Choice choice, Scopes scopes, Texts t) {
        BoardPeriod period = choice.period();
        BoardReport.Report report = board.of(period, choice.scope().mvp(), choice.scope().organisation(), csvBase(choice), t);
        Text scopeName = choice.scope().name(t);
        Text periodName = BoardReport.label(period, t);
        LocalDate today = LocalDate.now(clock);
        List<Fact> facts = List.of(
                new Fact(t.ui("board.fact.scope"), scopeName),
                new Fact(t.ui("board.fact.period"), t.ui("board.period_days", Map.of(
                        "from", Figures.date(period.from(), t.language()).value(), "to", Figures.date(period.to(), t.language()).value()))),
                new Fact(t.ui("board.fact.compared"), BoardReport.label(period.previous(), t)),
                new Fact(t.ui("board.fact.printed"), Figures.date(today, t.language())));
        TrendChart.Chart chart = TrendChart.of("board-trend-chart", t.ui("board.trend.chart_title"), report.trends(),
                report.trendPeriods(), t.language().rightToLeft());
        return new BoardPage(choice, scopes, Map.of(), false, facts, scopeName, periodName, report, chart, pdfHref(choice),
                pdfHref(choice).replace("/pdf?", "/print.css?"));
    }

    private static String pdfHref(Choice choice) {
        return "/reports/board/pdf?from=" + choice.period().from() + "&to=" + choice.period().to() + choice.scope().query();
    }

    /**
     * The same report as a PDF, in English: the board's papers are in English, and the PDF library
     * cannot shape Arabic, Urdu or Bengali script (see {@link BoardPdf}).
     */
    @Get("/pdf")
    @Produces("application/pdf")
    MutableHttpResponse<?> pdf(HttpRequest<?> request, Authentication user, @QueryValue Optional<String> from,
                               @QueryValue Optional<String> to, @QueryValue Optional<String> scope) {
        Optional<Choice> asked = whole(user, from, to, scope);
        if (asked.isEmpty()) {
            return notFound.survey(request);
        }
        Choice choice = asked.get();
        Texts t = pages.sourceTexts();
        BoardPage page = page(choice, new Scopes(null, List.of(), List.of()), t);
        StringWriter html = new StringWriter();
        try {
            views.render("board/report", Views.model(pages.sourceLayout(), page), request).writeTo(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String header = t.ui("board.pdf.header", Map.of("scope", page.scopeName().value(), "period", page.periodName().value())).value();
        byte[] pdf = BoardPdf.of(html.toString(), header, t.ui("board.pdf.unshaped").value());
        String file = "board-" + choice.scope().fileCode() + "-" + choice.period().from() + "-to-" + choice.period().to() + ".pdf";
        return HttpResponse.ok(pdf).contentType("application/pdf").header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"" + file.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
    }

    /**
     * The printed page's running header (scope and period) and page numbers, as page margin boxes:
     * their words differ with each report, and the pages allow no inline style, so each report links
     * this small stylesheet of its own.
     */
    @Get("/print.css")
    @Produces("text/css")
    MutableHttpResponse<?> printStylesheet(HttpRequest<?> request, Authentication user, @QueryValue Optional<String> from,
                                           @QueryValue Optional<String> to, @QueryValue Optional<String> scope) {
        Optional<Choice> asked = whole(user, from, to, scope);
        if (asked.isEmpty()) {
            return notFound.survey(request);
        }
        Choice choice = asked.get();
        Texts t = pages.texts(request);
        Text scopeName = choice.scope().name(t);
        String header = t.ui("board.pdf.header", Map.of("scope", scopeName.value(),
                "period", BoardReport.label(choice.period(), t).value())).value();
        String css = "@page { @top-left { content: \"" + cssString(header) + "\"; font-size: 8pt; color: #4c6272; }"
                + " @bottom-right { content: counter(page) \" / \" counter(pages); font-size: 8pt; color: #4c6272; } }\n";
        return HttpResponse.ok(css).contentType("text/css; charset=utf-8").header("Cache-Control", "no-store");
    }

    /** Text inside a CSS string: its backslashes and quotes escaped, and no line break, which would end it. */
    static String cssString(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\r\\n\\f]", " ");
    }

    @Get("/csv")
    @Produces("text/csv")
    MutableHttpResponse<?> csv(HttpRequest<?> request, Authentication user, @QueryValue String table,
                               @QueryValue Optional<String> from, @QueryValue Optional<String> to, @QueryValue Optional<String> scope) {
        Optional<Choice> asked = whole(user, from, to, scope);
        if (asked.isEmpty()) {
            return notFound.survey(request);
        }
        Choice choice = asked.get();
        Texts t = pages.texts(request);
        String id = table.strip();
        Optional<ReportTable> found = board.of(choice.period(), choice.scope().mvp(), choice.scope().organisation(), csvBase(choice), t)
                .tables().stream()
                .filter(r -> csvName(r).equals(id)).findFirst();
        if (found.isEmpty()) {
            return notFound.survey(request);
        }
        String file = "board-" + choice.scope().fileCode() + "-" + choice.period().from() + "-to-" + choice.period().to()
                + "-" + id + ".csv";
        return ReportCsv.download(found.get(), file.replaceAll("[^A-Za-z0-9._-]", "_"));
    }

    /** The name a table goes by in its CSV address: the part of its csvHref after "table=". */
    private static String csvName(ReportTable table) {
        String href = table.csvHref() == null ? "" : table.csvHref();
        int at = href.indexOf("table=");
        return at < 0 ? "" : href.substring(at + "table=".length());
    }

    private static String csvBase(Choice choice) {
        return "/reports/board/csv?from=" + choice.period().from() + "&to=" + choice.period().to() + choice.scope().query()
                + "&table=";
    }

    /** By default the last whole quarter; a period that is not a whole quarter or year is refused. */
    private Choice choice(Optional<String> from, Optional<String> to, BoardScope scope) {
        FormErrors errors = FormErrors.none();
        BoardPeriod last = BoardPeriod.lastQuarter(LocalDate.now(clock));
        String fromText = from.map(String::strip).filter(s -> !s.isEmpty()).orElse(last.from().toString());
        String toText = to.map(String::strip).filter(s -> !s.isEmpty()).orElse(last.to().toString());
        LocalDate fromDate = DateField.required(fromText, "from", "board.error.date", errors);
        LocalDate toDate = DateField.required(toText, "to", "board.error.date", errors);
        BoardPeriod period = null;
        if (errors.isEmpty()) {
            period = BoardPeriod.of(fromDate, toDate).orElse(null);
            if (period == null) {
                errors.add("from", "board.error.period");
            }
        }
        return new Choice(fromText, toText, period, scope, errors);
    }

    private Scopes scopes(BoardScope chosen) {
        return new Scopes(new ScopeLink("", null, chosen.equals(BoardScope.LMNS)),
                mvps.all().stream().map(m -> link(new BoardScope(m, null), m.name(), chosen)).toList(),
                staff.organisations().stream().map(o -> link(new BoardScope(null, o), o.name(), chosen)).toList());
    }

    private static ScopeLink link(BoardScope scope, String name, BoardScope chosen) {
        return new ScopeLink(scope.param(), name, scope.param().equals(chosen.param()));
    }

    private static boolean isLead(Authentication user) {
        return user.getRoles().contains(Role.MVP_LEAD_NAME);
    }

    /** What a download asks for, when it is a report this person may have; empty for a 404. */
    private Optional<Choice> whole(Authentication user, Optional<String> from, Optional<String> to, Optional<String> scope) {
        return scope(user, scope).map(chosen -> choice(from, to, chosen)).filter(c -> c.errors().isEmpty());
    }

    /**
     * The scope asked for, if this person may see it: a lead always has their own MVP's report, and
     * only analysts and administrators may choose an MVP or an organisation. Empty for a 404.
     */
    private Optional<BoardScope> scope(Authentication user, Optional<String> asked) {
        String value = asked.map(String::strip).orElse("");
        if (!isLead(user) && value.startsWith(BoardScope.ORGANISATION)) {
            return staff.organisation(value.substring(BoardScope.ORGANISATION.length())).map(o -> new BoardScope(null, o));
        }
        String code = value.startsWith(BoardScope.MVP) ? value.substring(BoardScope.MVP.length()) : value;
        return mvps.scope(user, Optional.of(code)).map(m -> new BoardScope(m.orElse(null), null));
    }
}
