package chorus.workforce;

import chorus.staff.Organisation;
import chorus.system.Role;
import chorus.disclosure.DisclosurePolicies;
import chorus.disclosure.RecordKeys;
import chorus.i18n.Text;
import chorus.i18n.Texts;
import chorus.report.Figures;
import chorus.report.ReportCsv;
import chorus.report.ReportTable;
import chorus.system.CsrfTokens;
import chorus.web.FormErrors;
import chorus.web.StaffPages;
import chorus.web.Views;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * WRES workforce data: analysts upload a snapshot's HR counts and read indicators 1 to 4 and 9,
 * each table also as CSV. The upload is multipart, so its CSRF token is read as one of the parts.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/reports/wres/workforce")
@Secured({Role.ADMIN_NAME, Role.ANALYST_NAME})
class WorkforceController {

    static final String TEMPLATE = "workforce/wres-workforce-template.csv";

    private final WorkforceUploads uploads;
    private final WorkforceStore store;
    private final DisclosurePolicies policies;
    private final RecordKeys keys;
    private final StaffPages pages;
    private final CsrfTokens csrf;

    WorkforceController(WorkforceUploads uploads, WorkforceStore store, DisclosurePolicies policies, RecordKeys keys,
                        StaffPages pages, CsrfTokens csrf) {
        this.uploads = uploads;
        this.store = store;
        this.policies = policies;
        this.keys = keys;
        this.pages = pages;
        this.csrf = csrf;
    }

    @Get
    MutableHttpResponse<?> report(HttpRequest<?> request, Authentication user, @QueryValue Optional<Long> snapshot,
                                  @QueryValue Optional<String> view, @QueryValue Optional<String> uploaded) {
        List<Snapshot> snapshots = store.snapshots();
        Optional<Snapshot> chosen = choose(snapshots, snapshot);
        List<Organisation> organisations = store.organisations();
        WorkforceReport.View chosenView = view(organisations, view);
        Texts texts = pages.texts(request);
        List<SnapshotOption> options = snapshots.stream()
                .map(s -> new SnapshotOption(s.id(), s.name(), Figures.date(s.takenOn(), texts.language()))).toList();
        ReportPage page = chosen.map(s -> {
            WorkforceReport report = report(s, chosenView, organisations, texts);
            return new ReportPage(options, organisations, chosenView.code(), s,
                    texts.ui("workforce.disclosure_note", Map.of("n", policies.staff().minimum())),
                    Figures.date(s.takenOn(), texts.language()),
                    report.empty() ? List.<Section>of() : report.tables().stream().map(table -> new Section(
                            texts.ui("workforce.indicator_heading", Map.of("n", table.id().replace("indicator-", ""))), table)).toList(),
                    uploaded.isPresent() && snapshot.isPresent() ? texts.ui("workforce.uploaded", Map.of("name", s.name())) : null);
        }).orElseGet(() -> new ReportPage(options, organisations, chosenView.code(), null, null, null, null, null));
        return Views.render(HttpStatus.OK, "workforce/report", pages.layout(request, user), page);
    }

    @Get("/{table}.csv")
    @Produces("text/csv")
    MutableHttpResponse<?> csv(@PathVariable String table, @QueryValue long snapshot, @QueryValue Optional<String> view,
                               HttpRequest<?> request) {
        Optional<Snapshot> chosen = store.snapshots().stream().filter(s -> s.id() == snapshot).findFirst();
        List<Organisation> organisations = store.organisations();
        Optional<ReportTable> found = chosen.flatMap(s -> report(s, view(organisations, view), organisations,
                pages.texts(request)).tables().stream().filter(t -> t.id().equals(table)).findFirst());
        if (found.isEmpty()) {
            return HttpResponse.notFound();
        }
        String file = "wres-workforce-" + chosen.get().name().replaceAll("[^A-Za-z0-9_-]", "_") + "-" + table + ".csv";
        return ReportCsv.download(found.get(), file);
    }

    @Get("/template.csv")
    @Produces("text/csv")
    MutableHttpResponse<?> template() {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(TEMPLATE)) {
            return HttpResponse.ok(in.readAllBytes())
                    .contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"wres-workforce-template.csv\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get("/upload")
    MutableHttpResponse<?> uploadForm(HttpRequest<?> request, Authentication user) {
        return uploadPage(request, user, HttpStatus.OK, "", "", FormErrors.none(), List.of(), false);
    }

    @Post("/upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    MutableHttpResponse<?> upload(@Nullable @Part("csrfToken") String csrfToken, @Nullable @Part("name") String name,
                                  @Nullable @Part("takenOn") String takenOn, @Nullable @Part("file") CompletedFileUpload file,
                                  HttpRequest<?> request, Authentication user) {
        csrf.checkSessionForm(request, csrfToken);
        WorkforceUploads.Outcome outcome = uploads.upload(name, takenOn, file);
        if (outcome.snapshotId() != null) {
            return HttpResponse.seeOther(URI.create("/reports/wres/workforce?snapshot=" + outcome.snapshotId() + "&uploaded=true"));
        }
        return uploadPage(request, user, HttpStatus.UNPROCESSABLE_ENTITY, name == null ? "" : name,
                takenOn == null ? "" : takenOn, outcome.errors(), outcome.rowErrors(), outcome.moreErrors());
    }

    private MutableHttpResponse<?> uploadPage(HttpRequest<?> request, Authentication user, HttpStatus status, String name,
                                              String takenOn, FormErrors errors, List<RowError> rowErrors, boolean moreErrors) {
        Texts texts = pages.texts(request);
        return Views.render(status, "workforce/upload", pages.layout(request, user), new UploadPage(name, takenOn, errors.messages(texts),
                !errors.isEmpty(), rowErrors.stream().map(e -> message(texts, e)).toList(),
                moreErrors ? texts.ui("workforce.error.too_many", Map.of("n", WorkforceFile.MAX_ERRORS)) : null,
                WorkforceFile.COLUMNS.stream().map(c -> new ColumnHelp(c, help(texts, c))).toList()));
    }

    /** A snapshot as the chooser lists it, its date in words. */
    /** The report of the chosen snapshot (null: none stored yet) in the chosen view, with the snapshots to choose from. */
    record ReportPage(List<SnapshotOption> snapshots, List<Organisation> organisations, String view, Snapshot snapshot,
                      Text disclosureNote, Text takenOn, List<Section> sections, Text uploaded) {
    }

    /** The upload form as typed, with the file's problems row by row. */
    record UploadPage(String name, String takenOn, Map<String, Text> errors, boolean hasErrors, List<Text> rowErrors, Text moreErrors,
                      List<ColumnHelp> columns) {
    }

    record SnapshotOption(long id, String name, Text takenOn) {
    }

    /** One indicator's part of the report page. */
    record Section(Text heading, ReportTable table) {
    }

    /** A column of the file and what goes in it. */
    record ColumnHelp(String column, Text help) {
    }

    private static Text help(Texts texts, String column) {
        String key = switch (column) {
            case "organisation" -> "workforce.help.organisation";
            case "staff_group" -> "workforce.help.staff_group";
            case "band" -> "workforce.help.band";
            case "ethnicity" -> "workforce.help.ethnicity";
            case "headcount" -> "workforce.help.headcount";
            case "shortlisted" -> "workforce.help.shortlisted";
            case "appointed_from_shortlisting" -> "workforce.help.appointed";
            case "entered_disciplinary" -> "workforce.help.disciplinary";
            case "accessed_training" -> "workforce.help.training";
            default -> "workforce.help.board";
        };
        return texts.ui(key);
    }

    private static Text message(Texts texts, RowError error) {
        String key = error.key();
        return texts.ui(key, error.values());
    }

    private WorkforceReport report(Snapshot snapshot, WorkforceReport.View view,
                                   List<Organisation> organisations, Texts texts) {
        String query = "?snapshot=" + snapshot.id() + "&view=" + URLEncoder.encode(view.code(), StandardCharsets.UTF_8);
        return new WorkforceReport(snapshot.name(), store.counts(snapshot.id()), keys, organisations, view, policies.staff(),
                texts, query);
    }

    private static Optional<Snapshot> choose(List<Snapshot> snapshots, Optional<Long> id) {
        return id.flatMap(i -> snapshots.stream().filter(s -> s.id().equals(i)).findFirst())
                .or(() -> snapshots.stream().findFirst());
    }

    /** The view asked for: by organisation, by staff group, or one organisation's staff groups; by organisation otherwise. */
    private static WorkforceReport.View view(List<Organisation> organisations, Optional<String> code) {
        String asked = code.orElse(WorkforceReport.View.BY_ORGANISATION);
        if (asked.equals(WorkforceReport.View.BY_GROUP)) {
            return new WorkforceReport.View(asked, null);
        }
        return organisations.stream().filter(o -> ("organisation-" + o.code()).equals(asked)).findFirst()
                .map(o -> new WorkforceReport.View(asked, o.id()))
                .orElse(new WorkforceReport.View(WorkforceReport.View.BY_ORGANISATION, null));
    }
}
