package chorus.action;

import chorus.i18n.SourceFingerprints;
import io.micronaut.data.exceptions.OptimisticLockException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Actions and their links, saved whole: an action, its themes and its items change together or not at all. */
@Singleton
class Actions {

    /** Someone saved the action after this person opened it. */
    static final class Conflict extends RuntimeException {
        Conflict() {
            super("the action changed since the form was opened", null, false, false);
        }
    }

    /** An action with what it is linked to. */
    record Linked(Action action, Set<Long> themes, List<String> items) {
    }

    private final ActionRepository actions;
    private final ActionThemeRepository themes;
    private final ActionSaidRepository items;
    private final ActionTextRepository texts;

    Actions(ActionRepository actions, ActionThemeRepository themes, ActionSaidRepository items,
            ActionTextRepository texts) {
        this.actions = actions;
        this.themes = themes;
        this.items = items;
        this.texts = texts;
    }

    @Transactional
    Optional<Action> find(long id) {
        return actions.findById(id);
    }

    @Transactional
    Linked linked(Action action) {
        return new Linked(action, themes.findByKeyActionId(action.id()).stream().map(l -> l.key().themeId())
                .collect(Collectors.toCollection(TreeSet::new)),
                items.findByKeyActionId(action.id()).stream().map(l -> l.key().itemId()).toList());
    }

    /** Every action, newest first. */
    @Transactional
    List<Action> all() {
        return actions.findAllOrderByIdDesc();
    }

    /** The actions the public page shows: the LMNS's every one, or one MVP's. */
    @Transactional
    List<Action> shownToPublic(Long mvpId) {
        Set<Action.Status> shown = EnumSet.of(Action.Status.IN_PROGRESS, Action.Status.DONE);
        return mvpId == null ? actions.findByStatusInOrderByIdDesc(shown) : actions.findByMvpIdAndStatusInOrderByIdDesc(mvpId, shown);
    }

    @Transactional
    Action create(Action action, Collection<Long> themeIds, Collection<String> itemIds) {
        Action saved = actions.save(action);
        link(saved.id(), themeIds, itemIds);
        return saved;
    }

    /**
     * Saves the action if nobody saved it since {@code version} was read: two people editing one action
     * never overwrite each other silently.
     */
    @Transactional
    Action update(Action action, Collection<Long> themeIds, Collection<String> itemIds) {
        Action saved;
        try {
            saved = actions.update(action);
        } catch (OptimisticLockException e) {
            throw new Conflict();
        }
        themes.deleteByKeyActionId(action.id());
        items.deleteByKeyActionId(action.id());
        link(action.id(), themeIds, itemIds);
        return saved;
    }

    private void link(long actionId, Collection<Long> themeIds, Collection<String> itemIds) {
        themes.saveAll(new TreeSet<>(themeIds).stream().map(t -> new ActionTheme(new ActionTheme.Key(actionId, t))).toList());
        items.saveAll(new TreeSet<>(itemIds).stream().map(i -> new ActionSaid(new ActionSaid.Key(actionId, i))).toList());
    }

    /** Every translated text of one language, by action id and field. */
    @Transactional
    List<ActionText> translations(String lang) {
        return texts.findByKeyLang(lang);
    }

    /**
     * Writes imported translations (key {@code action.<id>.<field>}) and the fingerprints of the English
     * they were made from, in one transaction. A key of an action deleted meanwhile is skipped.
     */
    @Transactional
    void writeTranslations(String lang, Map<String, String> newText, Map<String, String> sources) {
        Map<ActionText.Key, ActionText> current = new java.util.HashMap<>();
        texts.findByKeyLang(lang).forEach(t -> current.put(t.key(), t));
        List<ActionText> changed = new ArrayList<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            ActionText.Key key = key(source.getKey(), lang);
            if (key == null) {
                continue;
            }
            ActionText before = current.get(key);
            String text = newText.containsKey(source.getKey()) ? newText.get(source.getKey()) : before == null ? null : before.text();
            if (text == null || before != null && before.text().equals(text) && before.source().equals(source.getValue())) {
                continue;
            }
            changed.add(new ActionText(key, text, source.getValue()));
        }
        Set<Long> existing = changed.stream().map(t -> t.key().actionId()).collect(Collectors.toSet());
        existing.removeIf(id -> !actions.existsById(id));
        for (ActionText text : changed) {
            if (existing.contains(text.key().actionId())) {
                if (current.containsKey(text.key())) {
                    texts.update(text);
                } else {
                    texts.save(text);
                }
            }
        }
    }

    /** The translation key of an action's public text. */
    static String key(long actionId, Action.PublicText field) {
        return "action." + actionId + "." + field.field();
    }

    private static ActionText.Key key(String key, String lang) {
        String[] parts = key.split("\\.");
        if (parts.length != 3 || !parts[0].equals("action") || !parts[1].matches("[0-9]{1,18}")) {
            return null;
        }
        boolean known = EnumSet.allOf(Action.PublicText.class).stream().anyMatch(f -> f.field().equals(parts[2]));
        return known ? new ActionText.Key(Long.parseLong(parts[1]), lang, parts[2]) : null;
    }

    /** Whether a translation is of today's English. */
    static boolean current(ActionText text, String english) {
        return english != null && !SourceFingerprints.stale(text.source(), english);
    }
}
