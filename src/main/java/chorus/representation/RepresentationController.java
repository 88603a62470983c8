package chorus.representation;


import java.time.Clock;
import chorus.mvp.Mvp;
import chorus.mvp.Mvps;
import chorus.system.Role;
import chorus.disclosure.DisclosurePolicies;
import chorus.disclosure.DisclosurePolicy;
import chorus.i18n.Text;
import chorus.i18n.Texts;
import chorus.report.Figures;
import chorus.report.ReportCsv;
import chorus.report.ReportTable;
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
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who the MVPs heard in a period, by ethnic group against the population, with completeness,
 * deprivation, event types, languages and the change since the period before. MVP leads see
 * their own MVP only; another MVP's report does not exist for them (404).
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/reports/representation")
@Secured({Role.ADMIN_NAME, Role.ANALYST_NAME, RepresentationController.MVP_LEAD_NAME})
class RepresentationController {

    static final String MVP_LEAD_NAME = "MVP_LEAD";

    /**
     * The period and population asked for, as typed, and what they mean once checked.
     *
     * @param baseline {@link Baselines#LMNS} unless a stored baseline's id was asked for
     * @param today the day the report is made, which a printed copy shows
     */
    record Choice(String fromText, String toText, LocalDate from, LocalDate to, String baseline, LocalDate today,
                  FormErrors errors) {
    }

    /** A population the reader may compare with, as the chooser lists it. */
    record Option(String value, Text label, boolean selected) {
    }

    /** What a report is of, at its top, so that a printed copy says so before anything else. */
    record Fact(Text term, Text value) {
    }

    private final RepresentationEvidence evidence;
    private final Baselines baselines;
    private final Mvps mvps;
    private final StaffPages pages;
    private final NotFoundPage notFound;
    private final DisclosurePolicy policy;
    private final Clock clock;

    RepresentationController(RepresentationEvidence evidence, Baselines baselines, Mvps mvps, StaffPages pages,
                             NotFoundPage notFound, DisclosurePolicies policies, Clock clock) {
        this.evidence = evidence;
        this.clock = clock;
        this.baselines = baselines;
        this.mvps = mvps;
        this.pages = pages;
        this.notFound = notFound;
        this.policy = policies.serviceUsers();
    }

    @Get
    MutableHttpResponse<?> lmns(HttpRequest<?> request, Authentication user, @QueryValue Optional<String> from,
                                @QueryValue Optional<String> to, @QueryValue Optional<String> baseline) {
        if (isLead(user)) {
            Optional<Mvp> own = mvps.of(user.getName());
            if (own.isEmpty()) {
                return notFound.survey(request);
            }
            String query = request.getUri().getRawQuery();
            return HttpResponse.seeOther(URI.create(href(own.get()) + (query == null ? "" : "?" + query)));
        }
        return page(request, user, null, choice(from, to, baseline));
    }

    @Get("/mvp/{code}")
    MutableHttpResponse<?> mvp(@PathVariable String code, HttpRequest<?> request, Authentication user,
                               @QueryValue Optional<String> from, @QueryValue Optional<String> to,
                               @QueryValue Optional<String> baseline) {
        Optional<Mvp> mvp = allowed(code, user);
        if (mvp.isEmpty()) {
            return notFound.survey(request);
        }
        return page(request, user, mvp.get(), choice(from, to, baseline));
    }

    @Get("/csv")
    @Produces("text/csv")
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME})
    MutableHttpResponse<?> lmnsCsv(HttpRequest<?> request, @QueryValue String table, @QueryValue Optional<String> from,
                                   @QueryValue Optional<String> to, @QueryValue Optional<String> baseline) {
        return csv(request, null, table, choice(from, to, baseline));
    }

    @Get("/mvp/{code}/csv")
    @Produces("text/csv")
    MutableHttpResponse<?> mvpCsv(@PathVariable String code, HttpRequest<?> request, Authentication user,
                                  @QueryValue String table, @QueryValue Optional<String> from,
                                  @QueryValue Optional<String> to, @QueryValue Optional<String> baseline) {
        Optional<Mvp> mvp = allowed(code, user);
        if (mvp.isEmpty()) {
            return notFound.survey(request);
        }
        return csv(request, mvp.get(), table, choice(from, to, baseline));
    }

    private static boolean isLead(Authentication user) {
        return user.getRoles().contains(MVP_LEAD_NAME);
    }

    /** The MVP if this person may see its report: analysts and administrators any, a lead their own. */
    private Optional<Mvp> allowed(String code, Authentication user) {
        Optional<Mvp> mvp = mvps.byCode(code);
        if (isLead(user)) {
            Optional<Mvp> own = mvps.of(user.getName());
            return mvp.filter(m -> own.isPresent() && own.get().id().equals(m.id()));
        }
        return mvp;
    }

    private Choice choice(Optional<String> from, Optional<String> to, Optional<String> baseline) {
        FormErrors errors = FormErrors.none();
        LocalDate today = LocalDate.now(clock);
        String toText = to.map(String::strip).orElse(today.toString());
        String fromText = from.map(String::strip).orElse(today.minusYears(1).plusDays(1).toString());
        LocalDate fromDate = DateField.required(fromText, "from", "representation.error.date", errors);
        LocalDate toDate = DateField.required(toText, "to", "representation.error.date", errors);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            errors.add("to", "representation.error.order");
        }
        String population = baseline.map(String::strip).filter(b -> b.matches("\\d{1,18}"))
                .filter(id -> baselines.find(Long.parseLong(id)).isPresent()).orElse(Baselines.LMNS);
        return new Choice(fromText, toText, fromDate, toDate, population, today, errors);
    }

    private MutableHttpResponse<?> page(HttpRequest<?> request, Authentication user, Mvp mvp, Choice choice) {
        Texts t = pages.texts(request);
        List<Mvp> others = isLead(user) ? List.of() : mvps.all();
        String action = mvp == null ? "/reports/representation" : href(mvp);
        if (!choice.errors().isEmpty()) {
            return Views.render(HttpStatus.UNPROCESSABLE_ENTITY, "representation/report", pages.layout(request, user),
                    new ReportPage(mvp, others, options(choice, t), choice, action, choice.errors().messages(t), true,
                            null, null, null, null, null, null, null, null, null, null));
        }
        Baselines.Comparison population = baselines.comparison(choice.baseline()).orElse(null);
        RepresentationEvidence.Evidence report = report(t, mvp, choice, population);
        List<Fact> facts = List.of(
                new Fact(t.ui("representation.fact.period"), period(choice.from(), choice.to(), t)),
                new Fact(t.ui("representation.fact.scope"), mvp == null ? t.ui("representation.lmns_wide") : Text.of(mvp.name())),
                new Fact(t.ui("representation.fact.population"), describe(population, t)),
                new Fact(t.ui("representation.fact.produced"), Figures.date(choice.today(), t.language())));
        Text under = report.under().isEmpty() ? t.ui("representation.under_none")
                : t.ui("representation.under_list", Map.of("groups", String.join(", ", report.under())));
        Text respondentsUnder = report.respondentsUnder().isEmpty() ? t.ui("representation.respondents_under_none")
                : t.ui("representation.respondents_under_list", Map.of("groups", String.join(", ", report.respondentsUnder())));
        Baselines.Comparison births = report.births();
        Text respondentsNote = births != null ? t.ui("representation.respondents_births_note", Map.of("baseline", describe(births, t).value()))
                : t.ui("representation.respondents_no_births_note");
        Text populationNote = population != null ? t.ui("representation.exact_note")
                : baselines.all().isEmpty() ? t.ui("representation.no_baseline_note") : t.ui("representation.no_lmns_note");
        return Views.render(HttpStatus.OK, "representation/report", pages.layout(request, user), new ReportPage(mvp, others,
                options(choice, t), choice, action, Map.of(), false, report.tables(), facts, under, population, populationNote,
                t.ui("representation.events", Map.of("n", report.events())), t.ui("representation.hidden_note", Map.of("n", policy.minimum())),
                report.respondentTables(), respondentsUnder, respondentsNote));
    }

    /** The whole LMNS first, the default, then every stored baseline. */
    private List<Option> options(Choice choice, Texts t) {
        List<Option> options = new ArrayList<>();
        options.add(new Option(Baselines.LMNS, describe(baselines.lmns(Baseline.Kind.POPULATION).orElse(null), t),
                choice.baseline().equals(Baselines.LMNS)));
        for (Baseline b : baselines.all()) {
            String value = String.valueOf(b.id());
            String key = b.kind() == Baseline.Kind.BIRTHS ? "representation.births.area" : "representation.population.area";
            options.add(new Option(value, t.ui(key, Map.of("area", b.area(), "source", b.source(), "year", b.year())),
                    value.equals(choice.baseline())));
        }
        return options;
    }

    /** A population in words; null is the whole LMNS when no baseline covers it. */
    private static Text describe(Baselines.Comparison population, Texts t) {
        if (population == null) {
            return t.ui("representation.population.lmns_none");
        }
        if (population.areas() > 0) {
            return t.ui("representation.population.lmns_sum", Map.of("source", population.source(), "year", population.year()));
        }
        Map<String, Object> names = Map.of("area", population.area(), "source", population.source(), "year", population.year());
        return population.lmns() ? t.ui("representation.population.lmns_area", names) : t.ui("representation.population.area", names);
    }

    static Text period(LocalDate from, LocalDate to, Texts t) {
        return t.ui("representation.period", Map.of("from", Figures.date(from, t.language()).value(),
                "to", Figures.date(to, t.language()).value()));
    }

    /** The tables of the report and the groups it finds under-represented, in the reader's language. */
    /**
     * The report page: the period and population form for the MVP shown (null: the whole LMNS) with
     * the other MVPs for all but leads; then, unless the form was refused, the tables, the facts
     * printed first, the groups under-represented in words, and the notes on the population and hiding.
     */
    record ReportPage(Mvp mvp, List<Mvp> mvps, List<Option> populations, Choice choice, String action, Map<String, Text> errors,
                      boolean hasErrors, List<ReportTable> tables, List<Fact> facts, Text underText, Baselines.Comparison population,
                      Text populationNote, Text eventsText, Text hiddenText, List<ReportTable> respondentTables,
                      Text respondentsUnderText, Text respondentsNote) {
    }

    private RepresentationEvidence.Evidence report(Texts t, Mvp mvp, Choice choice, Baselines.Comparison population) {
        String base = (mvp == null ? "/reports/representation" : href(mvp)) + "/csv?from=" + choice.from() + "&to=" + choice.to()
                + "&baseline=" + choice.baseline() + "&table=";
        return evidence.of(t, mvp == null ? null : mvp.id(), choice.from(), choice.to(), population, base);
    }

    private MutableHttpResponse<?> csv(HttpRequest<?> request, Mvp mvp, String table, Choice choice) {
        if (!choice.errors().isEmpty()) {
            return notFound.survey(request);
        }
        Optional<ReportTable> found = report(pages.texts(request), mvp, choice,
                baselines.comparison(choice.baseline()).orElse(null)).all().stream()
                .filter(p -> p.id().equals("table-" + table)).findFirst();
        if (found.isEmpty()) {
            return notFound.survey(request);
        }
        String file = "representation-" + (mvp == null ? "lmns" : mvp.code()) + "-" + table + "-" + choice.from() + "-to-"
                + choice.to() + ".csv";
        return ReportCsv.download(found.get(), file.replaceAll("[^A-Za-z0-9._-]", "_"));
    }

    /** An MVP's own representation report. */
    private static String href(Mvp mvp) {
        return "/reports/representation/mvp/" + mvp.code();
    }
}
