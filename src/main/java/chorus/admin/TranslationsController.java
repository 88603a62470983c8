package chorus.admin;

import chorus.i18n.XliffCommand;
import chorus.i18n.Translations;
import chorus.i18n.Texts;
import chorus.i18n.Language;
import chorus.i18n.Text;
import chorus.i18n.ExchangedText;
import chorus.i18n.TranslatedContent;
import chorus.i18n.TranslationExchange;
import chorus.i18n.TranslationCoverage;
import chorus.i18n.TranslationTarget;
import chorus.system.Role;
import chorus.survey.Survey;
import chorus.survey.SurveyCatalog;
import chorus.system.CsrfTokens;
import chorus.web.NotFoundPage;
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
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Administrators see how far each text is translated, download it as XLIFF for a translator and
 * upload the translator's file back. The upload is a multipart form, so the CSRF token comes as
 * one of its parts and is checked before the file is read.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/translations")
@Secured(Role.ADMIN_NAME)
class TranslationsController {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TranslationsController.class);

    /** One text in one language as the table shows it. */
    /** The coverage table, the import form with what was chosen, and what an import found or did. */
    record Page(List<Row> rows, List<Choice> textChoices, List<Choice> languageChoices, String chosenText, String chosenLang,
                List<Message> problems, boolean hasErrors, boolean textError, boolean fileError, String imported) {
    }

    public record Row(String text, String textLang, String language, String tag, String dir, int missing, int stale,
                      int unused, String export, String exportName) {
    }

    /** A message of a refused upload and the field it links to. */
    public record Message(String field, Text text) {
    }

    /** A choice in the upload form's lists. */
    public record Choice(String value, String label, String lang, String dir) {
    }

    private final Translations translations;
    private final SurveyCatalog catalog;
    private final TranslationExchange exchange;
    private final StaffPages pages;
    private final CsrfTokens csrf;
    private final NotFoundPage notFound;
    private final List<TranslatedContent> contents;

    TranslationsController(Translations translations, SurveyCatalog catalog, StaffPages pages, CsrfTokens csrf,
                           NotFoundPage notFound, List<TranslatedContent> contents) {
        this.contents = contents;
        this.translations = translations;
        this.catalog = catalog;
        this.exchange = new TranslationExchange(translations);
        this.pages = pages;
        this.csrf = csrf;
        this.notFound = notFound;
    }

    @Get
    MutableHttpResponse<?> page(HttpRequest<?> request, Authentication user) {
        return page(request, user, HttpStatus.OK, null, null, List.of(), null);
    }

    @Get("/export")
    @Produces("application/x-xliff+xml")
    MutableHttpResponse<?> export(@QueryValue String text, @QueryValue String lang, HttpRequest<?> request) {
        Optional<ExchangedText> target = target(text, lang);
        if (target.isEmpty()) {
            return notFound.survey(request);
        }
        return HttpResponse.ok(exchange.export(target.get()))
                .contentType("application/x-xliff+xml; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + target.get().downloadName() + "\"")
                .header("Cache-Control", "no-store");
    }

    @Post("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    MutableHttpResponse<?> upload(@Part("csrfToken") @Nullable String csrfToken, @Part("text") @Nullable String text,
                                  @Part("lang") @Nullable String lang, @Part("file") @Nullable CompletedFileUpload file,
                                  HttpRequest<?> request, Authentication user) {
        csrf.checkSessionForm(request, csrfToken);
        Texts texts = pages.texts(request);
        Optional<ExchangedText> target = target(text == null ? "" : text, lang == null ? "" : lang);
        List<Message> problems = new ArrayList<>();
        if (target.isEmpty()) {
            problems.add(new Message("text", texts.ui("xliff.error.target")));
        }
        if (file == null || file.getFilename() == null || file.getFilename().isBlank() || file.getSize() == 0) {
            problems.add(new Message("file", texts.ui("xliff.error.no_file")));
        }
        if (!problems.isEmpty()) {
            return page(request, user, HttpStatus.UNPROCESSABLE_ENTITY, text, lang, problems, null);
        }
        TranslationExchange.Outcome outcome;
        try {
            outcome = exchange.importFile(target.get(), file.getBytes());
        } catch (IOException | UncheckedIOException e) {
            // In the Docker image the translations folder belongs to root: the service may read it, not change it.
            LOG.warn("Cannot import translations into {}", target.get().original(), e);
            return page(request, user, HttpStatus.UNPROCESSABLE_ENTITY, text, lang,
                    List.of(new Message("file", texts.ui("xliff.error.cannot_write"))), null);
        }
        if (outcome.refused()) {
            return page(request, user, HttpStatus.UNPROCESSABLE_ENTITY, text, lang,
                    outcome.problems().stream().map(p -> new Message("file", p.in(texts))).toList(), null);
        }
        return page(request, user, HttpStatus.OK, text, lang, List.of(), XliffCommand.summary(outcome, texts));
    }

    private MutableHttpResponse<?> page(HttpRequest<?> request, Authentication user, HttpStatus status, String text,
                                        String lang, List<Message> problems, String imported) {
        Texts texts = pages.texts(request);
        TranslationCoverage coverage = TranslationCoverage.of(translations, catalog.latestOfEach());
        List<Row> rows = new ArrayList<>();
        for (TranslationCoverage.LanguageCoverage language : coverage.languages()) {
            Language l = language.language();
            List<Survey> surveys = catalog.latestOfEach();
            for (int i = 0; i < language.files().size(); i++) {
                TranslationCoverage.FileCoverage file = language.files().get(i);
                // The coverage lists the interface text first, then each survey in catalogue order.
                Survey survey = i == 0 ? null : surveys.get(i - 1);
                String textId = survey == null ? TranslationTarget.INTERFACE : survey.id();
                String name = survey == null ? texts.ui("translations.interface").value()
                        : translations.surveyTexts(survey, translations.source()).title().value();
                rows.add(new Row(name, survey == null ? null : Language.SOURCE, l.name(), l.tag(), l.dir(),
                        file.exists() ? file.missing().size() : file.englishKeys(), file.stale().size(), file.unused().size(),
                        "/admin/translations/export?text=" + textId + "&lang=" + l.tag(),
                        new TranslationTarget(survey, l).downloadName()));
            }
            for (TranslatedContent content : contents) {
                ExchangedText exchanged = content.in(l);
                int[] counts = exchanged.missingStaleUnused();
                rows.add(new Row(texts.ui(content.nameKey()).value(), null, l.name(), l.tag(), l.dir(), counts[0], counts[1],
                        counts[2], "/admin/translations/export?text=" + content.id() + "&lang=" + l.tag(), exchanged.downloadName()));
            }
        }
        List<Choice> textChoices = new ArrayList<>();
        textChoices.add(new Choice(TranslationTarget.INTERFACE, texts.ui("translations.interface").value(), null, null));
        catalog.latestOfEach().forEach(s -> textChoices.add(new Choice(s.id(),
                translations.surveyTexts(s, translations.source()).title().value(), Language.SOURCE, null)));
        contents.forEach(c -> textChoices.add(new Choice(c.id(), texts.ui(c.nameKey()).value(), null, null)));
        List<Choice> languageChoices = translations.languages().stream().filter(l -> !l.tag().equals(Language.SOURCE))
                .map(l -> new Choice(l.tag(), l.name(), l.tag(), l.dir())).toList();
        return Views.render(status, "admin/translations", pages.layout(request, user), new Page(rows, textChoices, languageChoices, text,
                lang, problems, !problems.isEmpty(), problems.stream().anyMatch(m -> m.field().equals("text")),
                problems.stream().anyMatch(m -> m.field().equals("file")), imported));
    }

    private Optional<ExchangedText> target(String text, String lang) {
        Optional<Language> language = translations.language(lang).filter(l -> !l.tag().equals(Language.SOURCE));
        if (language.isEmpty()) {
            return Optional.empty();
        }
        if (text.equals(TranslationTarget.INTERFACE)) {
            return Optional.of(exchange.files(new TranslationTarget(null, language.get())));
        }
        Optional<TranslatedContent> content = contents.stream().filter(c -> c.id().equals(text)).findFirst();
        if (content.isPresent()) {
            return Optional.of(content.get().in(language.get()));
        }
        return catalog.latest(text).map(s -> exchange.files(new TranslationTarget(s, language.get())));
    }
}
