package chorus.action;

import chorus.i18n.Language;
import chorus.i18n.LanguageChoice;
import chorus.i18n.LanguageLink;
import chorus.i18n.Text;
import chorus.i18n.Texts;
import chorus.i18n.Translations;
import chorus.mvp.Mvp;
import chorus.mvp.Mvps;
import chorus.poster.PublicUrl;
import chorus.poster.QrSvg;
import chorus.system.NotFoundException;
import chorus.web.Layout;
import chorus.web.Views;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "You said, we did", for everyone, without signing in: {@code /you-said-we-did} for the whole LMNS,
 * {@code /you-said-we-did/{mvp}} for one MVP (by its code), each with a printable A4 poster and a QR
 * code to the page, in every shipped language ({@code ?lang=} as on surveys).
 */
@Controller("/you-said-we-did")
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
class YouSaidController {

    static final String PATH = "/you-said-we-did";
    /** The poster keeps to one A4 page: the most recent changes, and the code to read the rest. */
    static final int POSTER_ACTIONS = 3;

    /** The public page: {@code mvp} is null for the LMNS's page, which links to each MVP's. */
    record PublicPage(Text heading, List<PublicActions.Card> done, List<PublicActions.Card> inProgress, List<MvpLink> mvps,
                      String posterHref) {
    }

    record MvpLink(String href, String name) {
    }

    record PosterPage(Text heading, List<PublicActions.Card> done, String link, String qr) {
    }

    private final PublicActions publicActions;
    private final Mvps mvps;
    private final Translations translations;
    private final LanguageChoice languageChoice;
    private final PublicUrl publicUrl;

    YouSaidController(PublicActions publicActions, Mvps mvps, Translations translations, LanguageChoice languageChoice,
                      PublicUrl publicUrl) {
        this.publicActions = publicActions;
        this.mvps = mvps;
        this.translations = translations;
        this.languageChoice = languageChoice;
        this.publicUrl = publicUrl;
    }

    @Get
    MutableHttpResponse<?> lmns(HttpRequest<?> request) {
        return page(request, null);
    }

    @Get("/poster")
    MutableHttpResponse<?> lmnsPoster(HttpRequest<?> request) {
        return poster(request, null);
    }

    @Get("/{mvp}")
    MutableHttpResponse<?> mvp(@PathVariable("mvp") String code, HttpRequest<?> request) {
        return page(request, find(code));
    }

    @Get("/{mvp}/poster")
    MutableHttpResponse<?> mvpPoster(@PathVariable("mvp") String code, HttpRequest<?> request) {
        return poster(request, find(code));
    }

    /** The MVP of the code; an unknown one is a page that does not exist. */
    private Mvp find(String code) {
        return (code == null || code.length() > 40 ? Optional.<Mvp>empty() : mvps.byCode(code)).orElseThrow(NotFoundException::new);
    }

    private MutableHttpResponse<?> page(HttpRequest<?> request, @Nullable Mvp mvp) {
        Texts texts = texts(request);
        String path = path(mvp);
        List<Mvp> all = mvps.all();
        List<PublicActions.Card> cards = publicActions.cards(mvp, byId(all), texts);
        String lang = "?lang=" + texts.language().tag();
        return Views.render(HttpStatus.OK, "action/public", layout(texts, path),
                new PublicPage(heading(mvp, texts), cards.stream().filter(PublicActions.Card::done).toList(),
                        cards.stream().filter(c -> !c.done()).toList(),
                        mvp == null ? all.stream().map(m -> new MvpLink(PATH + "/" + m.code() + lang, m.name())).toList() : List.of(),
                        path + "/poster" + lang));
    }

    private MutableHttpResponse<?> poster(HttpRequest<?> request, @Nullable Mvp mvp) {
        Optional<String> base = publicUrl.base(request);
        if (base.isEmpty()) {
            return HttpResponse.badRequest();
        }
        Texts texts = texts(request);
        String link = base.get() + path(mvp) + "?lang=" + texts.language().tag();
        List<PublicActions.Card> done = publicActions.cards(mvp, byId(mvps.all()), texts).stream().filter(PublicActions.Card::done)
                .limit(POSTER_ACTIONS).toList();
        return Views.render(HttpStatus.OK, "action/poster", layout(texts, path(mvp) + "/poster"),
                new PosterPage(heading(mvp, texts), done, link,
                        QrSvg.svg(link, texts.ui("you_said.qr_label", Map.of("url", link)).value())));
    }

    private static Text heading(@Nullable Mvp mvp, Texts texts) {
        return mvp == null ? texts.ui("you_said.title") : texts.ui("you_said.title_mvp", Map.of("mvp", mvp.name()));
    }

    private Texts texts(HttpRequest<?> request) {
        Language language = languageChoice.choose(request, translations.languages()).language();
        return translations.texts(language);
    }

    private Layout layout(Texts texts, String path) {
        return Layout.of(texts, LanguageLink.of(translations.languages(), texts.language(), path));
    }

    private static String path(@Nullable Mvp mvp) {
        return mvp == null ? PATH : PATH + "/" + mvp.code();
    }

    private static Map<Long, Mvp> byId(List<Mvp> all) {
        return all.stream().collect(Collectors.toMap(Mvp::id, Function.identity()));
    }
}
