package chorus.wres;

import chorus.staff.Round;
import chorus.system.Role;
import chorus.i18n.Text;
import chorus.i18n.Texts;
import chorus.system.CsrfTokens;
import chorus.web.FormErrors;
import chorus.web.NotFoundPage;
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
import java.math.BigDecimal;
import java.net.URI;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Administrators enter the national WRES figures for a round, for the report to compare against. */
@Produces(MediaType.TEXT_HTML)
@Controller("/reports/wres/{roundId}/comparators")
@Secured(Role.ADMIN_NAME)
class ComparatorController {

    /** One indicator's two fields as the form shows them. */
    /** The national comparators form of a round: what was typed is kept in {@code values}, by field. */
    record Page(Round round, List<Row> rows, Map<String, String> values, Map<String, Text> errors, boolean hasErrors) {
    }

    public record Row(Text title, String whiteField, Text whiteLabel, String bmeField, Text bmeLabel) {
    }

    private final WresQueries rounds;
    private final Comparators comparators;
    private final StaffPages pages;
    private final CsrfTokens csrf;
    private final NotFoundPage notFound;

    ComparatorController(WresQueries rounds, Comparators comparators, StaffPages pages, CsrfTokens csrf, NotFoundPage notFound) {
        this.rounds = rounds;
        this.comparators = comparators;
        this.pages = pages;
        this.csrf = csrf;
        this.notFound = notFound;
    }

    @Get
    MutableHttpResponse<?> form(@PathVariable long roundId, HttpRequest<?> request, Authentication user) {
        var round = rounds.round(roundId);
        if (round.isEmpty()) {
            return notFound.survey(request);
        }
        Map<String, String> values = new LinkedHashMap<>();
        comparators.of(roundId).forEach((indicator, figure) -> {
            values.put(whiteField(indicator), figure.white() == null ? "" : figure.white().stripTrailingZeros().toPlainString());
            values.put(bmeField(indicator), figure.bme() == null ? "" : figure.bme().stripTrailingZeros().toPlainString());
        });
        return page(round.get(), values, FormErrors.none(), HttpStatus.OK, request, user);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> save(@PathVariable long roundId, @Body Map<String, Object> body, HttpRequest<?> request,
                                Authentication user) {
        csrf.checkSessionForm(request, text(body, CsrfTokens.FIELD));
        var round = rounds.round(roundId);
        if (round.isEmpty()) {
            return notFound.survey(request);
        }
        Map<String, String> values = new LinkedHashMap<>();
        FormErrors errors = FormErrors.none();
        Map<WresIndicator, Comparators.Comparator> figures = new EnumMap<>(WresIndicator.class);
        for (WresIndicator indicator : WresIndicator.values()) {
            BigDecimal white = percent(body, whiteField(indicator), values, errors);
            BigDecimal bme = percent(body, bmeField(indicator), values, errors);
            figures.put(indicator, new Comparators.Comparator(white, bme));
        }
        if (!errors.isEmpty()) {
            return page(round.get(), values, errors, HttpStatus.UNPROCESSABLE_ENTITY, request, user);
        }
        comparators.save(roundId, figures);
        return HttpResponse.seeOther(URI.create("/reports/wres/" + roundId + "?saved=comparators"));
    }

    /** Blank is "no national figure"; anything else must be a number from 0 to 100. */
    private static BigDecimal percent(Map<String, Object> body, String field, Map<String, String> values, FormErrors errors) {
        String typed = text(body, field);
        values.put(field, typed == null ? "" : typed);
        String value = typed == null ? "" : typed.strip().replace(',', '.');
        if (value.endsWith("%")) {
            value = value.substring(0, value.length() - 1).strip();
        }
        if (value.isEmpty()) {
            return null;
        }
        if (!value.matches("\\d{1,3}(\\.\\d{1,2})?")) {
            errors.add(field, "wres.comparator.error_number");
            return null;
        }
        BigDecimal percent = new BigDecimal(value);
        if (percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            errors.add(field, "wres.comparator.error_range");
            return null;
        }
        return percent;
    }

    private static String text(Map<String, Object> body, String field) {
        Object value = body == null ? null : body.get(field);
        return value instanceof CharSequence chars ? chars.toString() : null;
    }

    private MutableHttpResponse<?> page(Round round, Map<String, String> values, FormErrors errors, HttpStatus status,
                                        HttpRequest<?> request, Authentication user) {
        var t = pages.texts(request);
        return Views.render(status, "wres/comparators", pages.layout(request, user), new Page(round,
                List.of(WresIndicator.values()).stream().map(i -> row(i, t)).toList(), values, errors.messages(t), !errors.isEmpty()));
    }

    private static Row row(WresIndicator indicator, Texts t) {
        String key = indicator.titleKey();
        Map<String, Object> number = Map.of("indicator", indicator.number());
        return new Row(t.ui(key), whiteField(indicator), t.ui("wres.comparator.white", number), bmeField(indicator),
                t.ui("wres.comparator.bme", number));
    }

    private static String whiteField(WresIndicator indicator) {
        return "white" + indicator.number();
    }

    private static String bmeField(WresIndicator indicator) {
        return "bme" + indicator.number();
    }
}
