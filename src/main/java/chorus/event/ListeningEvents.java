package chorus.event;

import chorus.mvp.Mvps;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Listening events, their languages, tallies and comments. Callers scope them through {@link EventAccess}. */
@Singleton
class ListeningEvents {

    /** No 0/O, 1/I/L: a reference is read off paper and typed in by hand. */
    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int REFERENCE_LENGTH = 8;
    static final String ABOUT_YOU = "about-you";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A comment heard at an event; {@code responseId} links it to the speaker's about-you response. */
    record Comment(long id, String language, String text, Long responseId) {
    }

    private final EventRepository events;
    private final EventLanguageRepository languages;
    private final EventTallyRepository tallies;
    private final EventCommentRepository comments;
    private final Mvps mvps;

    ListeningEvents(EventRepository events, EventLanguageRepository languages, EventTallyRepository tallies,
               EventCommentRepository comments, Mvps mvps) {
        this.events = events;
        this.languages = languages;
        this.tallies = tallies;
        this.comments = comments;
        this.mvps = mvps;
    }

    static String newReference() {
        StringBuilder reference = new StringBuilder(REFERENCE_LENGTH);
        for (int i = 0; i < REFERENCE_LENGTH; i++) {
            reference.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return reference.toString();
    }

    @Transactional
    String create(long mvpId, EventDetails details) {
        String reference = newReference();
        while (events.existsByReference(reference)) {
            reference = newReference();
        }
        EventRow saved = events.save(EventRow.of(null, mvpId, reference, details));
        replaceLanguages(saved.id(), details.languages());
        return reference;
    }

    @Transactional
    void update(ListeningEvent event, EventDetails details) {
        events.update(EventRow.of(event.id(), event.mvpId(), event.reference(), details));
        replaceLanguages(event.id(), details.languages());
    }

    @Transactional
    Optional<ListeningEvent> find(String reference) {
        return events.findByReference(reference).map(e -> event(e, mvpNames()));
    }

    /** Events of one MVP (or of all when {@code mvpId} is null) held from {@code from} to {@code to}, newest first. */
    @Transactional
    List<ListeningEvent> list(Long mvpId, LocalDate from, LocalDate to) {
        Map<Long, String> names = mvpNames();
        return events.list(mvpId, from, to).stream().map(e -> event(e, names)).toList();
    }

    @Transactional
    Map<String, Integer> tallies(long eventId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        tallies.findByKeyEventIdOrderByKeyEthnicCategory(eventId).forEach(t -> counts.put(t.key().ethnicCategory(), t.people()));
        return counts;
    }

    /** Replaces the event's tallies with these counts; categories counted 0 are not stored. */
    @Transactional
    void replaceTallies(long eventId, Map<String, Integer> counts) {
        tallies.deleteByKeyEventId(eventId);
        tallies.saveAll(counts.entrySet().stream().filter(c -> c.getValue() > 0)
                .map(c -> new EventTally(new EventTally.Key(eventId, c.getKey()), c.getValue())).toList());
    }

    /** The about-you responses given for the event, whichever way they came in (its link, a kiosk, a keyed slip). */
    @Transactional
    List<EventRepository.AboutYou> aboutYou(long eventId) {
        return events.aboutYou(eventId);
    }

    @Transactional
    List<Comment> comments(long eventId) {
        return comments.findByEventIdOrderById(eventId).stream()
                .map(c -> new Comment(c.id(), c.language(), c.commentText(), c.responseId())).toList();
    }

    @Transactional
    void addComment(long eventId, String language, String text, Long responseId) {
        comments.save(new EventComment(null, eventId, language, text, responseId));
    }

    private void replaceLanguages(long eventId, List<String> spoken) {
        languages.deleteByKeyEventId(eventId);
        languages.saveAll(spoken.stream().map(l -> new EventLanguage(new EventLanguage.Key(eventId, l))).toList());
    }

    private Map<Long, String> mvpNames() {
        Map<Long, String> names = new HashMap<>();
        mvps.all().forEach(m -> names.put(m.id(), m.name()));
        return names;
    }

    private ListeningEvent event(EventRow e, Map<Long, String> mvpNames) {
        List<String> spoken = languages.findByKeyEventIdOrderByKeyLanguage(e.id()).stream().map(l -> l.key().language()).toList();
        return new ListeningEvent(e.id(), e.mvpId(), mvpNames.get(e.mvpId()), e.reference(), e.kind(), e.heldOn(), e.online(),
                e.place(), e.locality(), e.partnerOrganisation(), e.interpreterPresent(), e.attendance(), spoken);
    }
}
