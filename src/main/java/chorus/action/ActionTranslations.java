package chorus.action;

import chorus.i18n.ExchangedText;
import chorus.i18n.Language;
import chorus.i18n.TranslatedContent;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public texts of "You said, we did" as one text for translators, beside the interface and the
 * surveys on the Translations page: every action that is, or may soon be, on the public page (all but
 * those not being done), keyed {@code action.<id>.<field>}.
 */
@Singleton
class ActionTranslations implements TranslatedContent {

    static final String ID = "you-said-we-did";

    private final Actions actions;

    ActionTranslations(Actions actions) {
        this.actions = actions;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "actions.public_title";
    }

    @Override
    public ExchangedText in(Language language) {
        return new ExchangedText() {
            @Override
            public String id() {
                return ID;
            }

            @Override
            public Language language() {
                return language;
            }

            @Override
            public String original() {
                return "database/" + ID + "/" + language.tag();
            }

            @Override
            public Map<String, String> english() {
                Map<String, String> english = new LinkedHashMap<>();
                for (Action action : offered()) {
                    for (Action.PublicText field : Action.PublicText.values()) {
                        String text = field.of(action);
                        if (text != null && !text.isBlank()) {
                            english.put(Actions.key(action.id(), field), text);
                        }
                    }
                }
                return english;
            }

            private List<Action> offered() {
                return actions.all().stream().filter(a -> a.status() != Action.Status.NOT_DOING)
                        .sorted(java.util.Comparator.comparing(Action::id)).toList();
            }

            @Override
            public Map<String, String> translated() {
                Map<String, String> texts = new LinkedHashMap<>();
                actions.translations(language.tag()).forEach(t -> texts.put(key(t), t.text()));
                return texts;
            }

            @Override
            public Map<String, String> recorded() {
                Map<String, String> sources = new LinkedHashMap<>();
                actions.translations(language.tag()).forEach(t -> sources.put(key(t), t.source()));
                return sources;
            }

            @Override
            public Map<String, String> notes() {
                Map<String, String> notes = new LinkedHashMap<>();
                for (Action action : offered()) {
                    String where = "You said, we did: the action '" + action.title() + "', ";
                    notes.put(Actions.key(action.id(), Action.PublicText.TITLE), where + "its title");
                    notes.put(Actions.key(action.id(), Action.PublicText.YOU_SAID), where + "what people told us (\"You said\")");
                    notes.put(Actions.key(action.id(), Action.PublicText.WE_DID), where + "what we did or are doing (\"We did\")");
                    notes.put(Actions.key(action.id(), Action.PublicText.EVIDENCE), where + "what changed as a result");
                }
                return notes;
            }

            @Override
            public void write(Map<String, String> english, Map<String, String> newText, Map<String, String> sources) {
                actions.writeTranslations(language.tag(), newText, sources);
            }
        };
    }

    private static String key(ActionText text) {
        return "action." + text.key().actionId() + "." + text.key().field();
    }
}
