package chorus.action;

import chorus.i18n.Language;
import chorus.i18n.Text;
import chorus.i18n.Texts;
import chorus.mvp.Mvp;
import chorus.theme.SaidEvidence;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The actions as the public sees them, in one language: a translation only while it is of today's
 * English, else the English marked lang="en"; every text redacted again as it is shown, so an
 * identifier typed after the checks (or by a translator) never reaches the page. No owner, no reason,
 * no linked item: nothing here can identify a person.
 */
@Singleton
class PublicActions {

    /** One action on the public page or poster; {@code when} is the month it was done or started. */
    record Card(long id, Text title, Text youSaid, Text weDid, Text evidence, boolean done, Text when, Text mvp) {
    }

    private final Actions actions;
    private final SaidEvidence evidence;

    PublicActions(Actions actions, SaidEvidence evidence) {
        this.actions = actions;
        this.evidence = evidence;
    }

    /**
     * Done actions, most recently done first, then those in progress, most recently started first;
     * {@code mvp} null for the whole LMNS, whose page names each action's MVP.
     */
    List<Card> cards(Mvp mvp, Map<Long, Mvp> mvps, Texts texts) {
        Language language = texts.language();
        SaidEvidence.Redactor redactor = evidence.redactor();
        Map<String, ActionText> translated = new HashMap<>();
        boolean english = language.tag().equals(Language.SOURCE);
        if (!english) {
            actions.translations(language.tag()).forEach(t -> translated.put(t.key().actionId() + "." + t.key().field(), t));
        }
        return actions.shownToPublic(mvp == null ? null : mvp.id()).stream()
                .sorted(Comparator.comparing((Action a) -> a.status() != Action.Status.DONE)
                        .thenComparing(a -> a.status() == Action.Status.DONE ? a.doneOn() : a.startedOn(),
                                Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(Action::id, Comparator.reverseOrder()))
                .map(a -> new Card(a.id(), text(a, Action.PublicText.TITLE, translated, english, redactor), text(a, Action.PublicText.YOU_SAID, translated, english, redactor),
                        text(a, Action.PublicText.WE_DID, translated, english, redactor),
                        a.evidence() == null ? null : text(a, Action.PublicText.EVIDENCE, translated, english, redactor),
                        a.status() == Action.Status.DONE, when(a, texts),
                        mvp != null || a.mvpId() == null || !mvps.containsKey(a.mvpId()) ? null : Text.of(mvps.get(a.mvpId()).name())))
                .toList();
    }

    private static Text when(Action action, Texts texts) {
        if (action.status() == Action.Status.DONE && action.doneOn() != null) {
            return texts.ui("you_said.done_in", Map.of("month", texts.month(action.doneOn())));
        }
        return action.startedOn() == null ? null : texts.ui("you_said.started_in", Map.of("month", texts.month(action.startedOn())));
    }

    private static Text text(Action action, Action.PublicText field, Map<String, ActionText> translated, boolean inEnglish,
                             SaidEvidence.Redactor redactor) {
        String english = field.of(action);
        ActionText own = translated.get(action.id() + "." + field.field());
        Text shown = own != null && Actions.current(own, english) ? Text.of(own.text())
                : new Text(english, inEnglish ? null : Language.SOURCE);
        return redactor.redact(shown);
    }
}
