package chorus.theme;

import io.micronaut.data.exceptions.OptimisticLockException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Saves what a coder decided about an item. */
@Singleton
class Coding {

    /**
     * What the coder's form says. {@code redacted} is the redacted text as the coder left it; {@code
     * suggested} the themes Chorus suggested on the form, to count which were taken.
     */
    record Decision(Set<Long> themes, SaidItem.Sentiment sentiment, boolean notRelevant, boolean safeguarding,
                    String gloss, String redacted, Set<Long> suggested, int version) {
    }

    /** Someone else saved the item after this coder opened it. */
    static final class Conflict extends RuntimeException {
        Conflict() {
            super("the item changed since the form was opened", null, false, false);
        }
    }

    private final SaidItemRepository items;
    private final ThemeCodingRepository codings;
    private final ThemeSuggestionRepository suggestions;
    private final SaidThemeStore saidThemes;

    Coding(SaidItemRepository items, ThemeCodingRepository codings, ThemeSuggestionRepository suggestions,
           SaidThemeStore saidThemes) {
        this.items = items;
        this.codings = codings;
        this.suggestions = suggestions;
        this.saidThemes = saidThemes;
    }

    /**
     * Saves the decision as the one that counts, if nobody saved the item since the form was opened:
     * two coders on one item never overwrite each other silently; the second is shown what changed.
     * The previous coder's themes stay beside it, so the two codings can be compared.
     */
    @Transactional
    SaidItem save(SaidItem item, String coder, Decision decision) {
        if (item.version() != decision.version()) {
            throw new Conflict();
        }
        // The themes whose rollup this save reads or whose rows it takes away, locked before anything
        // else so that a codebook change cannot rewrite the item's said_theme rows in between.
        java.util.Set<Long> touched = new java.util.TreeSet<>(decision.notRelevant() ? Set.of() : decision.themes());
        if (item.decidedBy() != null) {
            codings.findByKeyItemId(item.id()).stream().filter(c -> c.key().coder().equals(item.decidedBy()))
                    .forEach(c -> touched.add(c.key().themeId()));
        }
        saidThemes.lockThemes(touched);
        boolean edited = item.redactionEdited() || !decision.redacted().equals(item.redactedText());
        SaidItem saved = new SaidItem(item.id(), item.source(), item.answerId(), item.commentId(), item.staffResponseId(),
                item.questionId(), item.responseId(), item.surveyId(), item.eventId(), item.mvpId(), item.roundId(),
                item.organisationId(), item.language(), item.channel(), item.saidOn(), decision.redacted(), edited,
                decision.gloss().isEmpty() ? null : decision.gloss(),
                decision.notRelevant() ? SaidItem.Status.NOT_RELEVANT : SaidItem.Status.CODED,
                decision.notRelevant() ? null : decision.sentiment(), decision.safeguarding(), coder, item.doubleCoded(),
                item.version(), item.recordKey());
        try {
            saved = items.update(saved);
        } catch (OptimisticLockException e) {
            throw new Conflict();
        }
        codings.deleteByKeyItemIdAndKeyCoder(item.id(), coder);
        if (!decision.notRelevant()) {
            codings.saveAll(decision.themes().stream().map(t -> new ThemeCoding(new ThemeCoding.Key(item.id(), coder, t))).toList());
        }
        suggestions.deleteByKeyItemId(item.id());
        suggestions.saveAll(decision.suggested().stream()
                .map(t -> new ThemeSuggestion(new ThemeSuggestion.Key(item.id(), t), decision.themes().contains(t))).toList());
        // In the same transaction: the report never sees the coding without the rows it counts by.
        saidThemes.refresh(item.id());
        return saved;
    }

    /**
     * A second coder's themes for an item sampled for double coding: kept beside the first coder's for
     * the agreement figures, without changing what the item counts as.
     */
    @Transactional
    void second(SaidItem item, String coder, Set<Long> themes) {
        codings.deleteByKeyItemIdAndKeyCoder(item.id(), coder);
        codings.saveAll(themes.stream().map(t -> new ThemeCoding(new ThemeCoding.Key(item.id(), coder, t))).toList());
    }

    /** The themes each coder gave the item, by coder. */
    @Transactional
    Map<String, Set<Long>> codings(String itemId) {
        Map<String, Set<Long>> byCoder = new java.util.TreeMap<>();
        for (ThemeCoding coding : codings.findByKeyItemId(itemId)) {
            byCoder.computeIfAbsent(coding.key().coder(), c -> new java.util.TreeSet<>()).add(coding.key().themeId());
        }
        return byCoder;
    }

    @Transactional
    List<SaidItem> findAll(List<String> ids) {
        return items.findByIdIn(ids);
    }
}
