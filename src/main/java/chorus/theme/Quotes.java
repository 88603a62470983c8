package chorus.theme;

import io.micronaut.data.exceptions.OptimisticLockException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Quotes under four eyes: one person proposes words of an item for a theme, another approves them
 * before any report shows them. Nobody approves their own quote, and a staff-survey quote needs an
 * administrator. A decision is saved only if the quote is still as the decider saw it, so two people
 * deciding at once never both win.
 */
@Singleton
class Quotes {

    /** Why a decision was refused. */
    enum Refusal { OWN_QUOTE, NOT_ADMIN, ALREADY_DECIDED }

    static final class Refused extends RuntimeException {
        final Refusal refusal;

        Refused(Refusal refusal) {
            super(refusal.name(), null, false, false);
            this.refusal = refusal;
        }
    }

    private final ThemeQuoteRepository quotes;

    Quotes(ThemeQuoteRepository quotes) {
        this.quotes = quotes;
    }

    @Transactional
    ThemeQuote propose(SaidItem item, String by, long themeId, String text, String gloss) {
        return quotes.save(new ThemeQuote(UUID.randomUUID().toString(), item.id(), themeId, text,
                gloss.isEmpty() ? null : gloss, by, ThemeQuote.Status.PROPOSED, null, 0));
    }

    /** Approves or rejects a proposed quote, as of the version the decider saw. */
    @Transactional
    ThemeQuote decide(ThemeQuote quote, SaidItem item, Coders.Coder decider, ThemeQuote.Status decision, int version) {
        if (quote.status() != ThemeQuote.Status.PROPOSED || quote.version() != version) {
            throw new Refused(Refusal.ALREADY_DECIDED);
        }
        if (quote.proposedBy().equals(decider.name())) {
            throw new Refused(Refusal.OWN_QUOTE);
        }
        if (item.source() == SaidItem.Source.STAFF && !decider.admin()) {
            throw new Refused(Refusal.NOT_ADMIN);
        }
        try {
            return quotes.update(quote.decided(decision, decider.name()));
        } catch (OptimisticLockException e) {
            throw new Refused(Refusal.ALREADY_DECIDED);
        }
    }

    @Transactional
    Optional<ThemeQuote> find(String id) {
        return id == null || id.length() != 36 ? Optional.empty() : quotes.findById(id);
    }

    @Transactional
    List<ThemeQuote> proposed() {
        return quotes.findByStatus(ThemeQuote.Status.PROPOSED);
    }

    @Transactional
    List<ThemeQuote> ofItem(String itemId) {
        return quotes.findByItemId(itemId);
    }
}
