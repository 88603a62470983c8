package chorus.theme;

import chorus.i18n.Text;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * What other features may know of the items people said, as evidence for what the LMNS does about
 * them: redacted words only, redacted again as they are shown, and only the items the reader may code.
 */
@Singleton
public class SaidEvidence {

    /** An item as evidence: its redacted words with their language and direction, source and date. */
    public record Said(String id, String text, String lang, String dir, String sourceKey, LocalDate saidOn) {
    }

    private final Coders coders;
    private final SaidItemRepository items;
    private final Inbox inbox;
    private final ItemLanguages languages;
    private final Clock clock;

    SaidEvidence(Coders coders, SaidItemRepository items, Inbox inbox, ItemLanguages languages, Clock clock) {
        this.coders = coders;
        this.items = items;
        this.inbox = inbox;
        this.languages = languages;
        this.clock = clock;
    }

    /** Coded items counted for any of the themes, newest first, among those this person may code. */
    public List<Said> codedWith(Collection<Long> themes, Authentication user, int limit) {
        Coders.Coder coder = coders.of(user);
        if (themes.isEmpty() || !coder.codesAnything()) {
            return List.of();
        }
        List<String> sources = coder.sources().stream().map(Enum::name).toList();
        List<SaidItem> found = coder.mvpId() == null ? items.findCodedWith(themes, sources, limit)
                : items.findCodedWithAt(themes, sources, coder.mvpId(), limit);
        return shown(found);
    }

    /** The items of these ids this person may see; the rest are left out. */
    public List<Said> find(Collection<String> ids, Authentication user) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Coders.Coder coder = coders.of(user);
        return shown(items.findByIdIn(ids).stream().filter(coder::codes).toList());
    }

    /**
     * Redaction with the names the LMNS lists today, for one page or one form: building it reads the
     * names, so a page redacting many texts builds it once.
     */
    public Redactor redactor() {
        return new Redactor(inbox.redaction(LocalDate.now(clock)));
    }

    /** Redaction as texts meant for the public need it: to refuse one that identifies someone, or to redact it as shown. */
    public static final class Redactor {

        private final Redaction redaction;

        Redactor(Redaction redaction) {
            this.redaction = redaction;
        }

        /** Whether redaction finds an identifier in the text. */
        public boolean identifies(String text) {
            return text != null && !text.isBlank() && !redaction.find(text).isEmpty();
        }

        /** The text with every identifier replaced by its marker, in the same language. */
        public Text redact(Text text) {
            return text == null ? null : new Text(redaction.redact(text.value()).text(), text.lang());
        }
    }

    private List<Said> shown(List<SaidItem> found) {
        Redaction redaction = inbox.redaction(LocalDate.now(clock));
        return found.stream().map(i -> new Said(i.id(), redaction.redact(i.redactedText()).text(), languages.lang(i.language()),
                languages.dir(i.language()), i.source().labelKey(), i.saidOn())).toList();
    }
}
