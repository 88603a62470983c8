package chorus.theme;

import chorus.i18n.Text;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

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

    /** Whether this person may link the item: they may code it. */
    public boolean mayLink(String id, Authentication user) {
        Coders.Coder coder = coders.of(user);
        return id != null && id.length() == 36 && items.findById(id).filter(coder::codes).isPresent();
    }

    /** The kinds of identifier redaction finds in the text: text meant for the public must have none. */
    public Set<Redaction.Kind> identifiers(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        Set<Redaction.Kind> kinds = java.util.EnumSet.noneOf(Redaction.Kind.class);
        inbox.redaction(LocalDate.now(clock)).find(text).forEach(f -> kinds.add(f.kind()));
        return kinds;
    }

    /** The text with every identifier redaction finds today replaced by its marker. */
    public Text redacted(Text text) {
        return text == null ? null : new Text(inbox.redaction(LocalDate.now(clock)).redact(text.value()).text(), text.lang());
    }

    private List<Said> shown(List<SaidItem> found) {
        Redaction redaction = inbox.redaction(LocalDate.now(clock));
        return found.stream().map(i -> new Said(i.id(), redaction.redact(i.redactedText()).text(), languages.lang(i.language()),
                languages.dir(i.language()), i.source().labelKey(), i.saidOn())).toList();
    }
}
