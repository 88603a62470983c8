package chorus.event;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Listening events, their languages, tallies and comments. Callers scope them through {@link EventAccess}. */
@Singleton
class EventStore {

    /** No 0/O, 1/I/L: a reference is read off paper and typed in by hand. */
    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int REFERENCE_LENGTH = 8;
    static final String ABOUT_YOU = "about-you";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS = "e.id, e.mvp_id, m.name, e.reference, e.kind, e.held_on, e.online, e.place, e.locality,"
            + " e.partner_organisation, e.interpreter_present, e.attendance";

    /** A comment heard at an event; {@code responseId} links it to the speaker's about-you response. */
    record Comment(long id, String language, String text, Long responseId) {
    }

    /** An about-you response given for an event, as a comment can be linked to it. */
    record AboutYou(long id, LocalDate submittedOn, String channel) {
    }

    private final JdbcOperations jdbc;

    EventStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
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
        while (find(reference).isPresent()) {
            reference = newReference();
        }
        String chosen = reference;
        jdbc.prepareStatement("INSERT INTO listening_event (mvp_id, reference, kind, held_on, online, place, locality,"
                + " partner_organisation, interpreter_present, attendance) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", insert -> {
            insert.setLong(1, mvpId);
            insert.setString(2, chosen);
            setDetails(insert, 3, details);
            return insert.executeUpdate();
        });
        long id = find(chosen).orElseThrow().id();
        replaceLanguages(id, details.languages());
        return chosen;
    }

    @Transactional
    void update(long id, EventDetails details) {
        jdbc.prepareStatement("UPDATE listening_event SET kind = ?, held_on = ?, online = ?, place = ?, locality = ?,"
                + " partner_organisation = ?, interpreter_present = ?, attendance = ? WHERE id = ?", update -> {
            setDetails(update, 1, details);
            update.setLong(9, id);
            return update.executeUpdate();
        });
        replaceLanguages(id, details.languages());
    }

    @Transactional
    Optional<ListeningEvent> find(String reference) {
        List<ListeningEvent> found = select(" WHERE e.reference = ?", List.of(reference));
        return found.stream().findFirst();
    }

    /** Events of one MVP (or of all when {@code mvpId} is null) held from {@code from} to {@code to}, newest first. */
    @Transactional
    List<ListeningEvent> list(Long mvpId, LocalDate from, LocalDate to) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (mvpId != null) {
            where.append(" AND e.mvp_id = ?");
            args.add(mvpId);
        }
        if (from != null) {
            where.append(" AND e.held_on >= ?");
            args.add(Date.valueOf(from));
        }
        if (to != null) {
            where.append(" AND e.held_on <= ?");
            args.add(Date.valueOf(to));
        }
        return select(where + " ORDER BY e.held_on DESC, e.id DESC", args);
    }

    @Transactional
    Map<String, Integer> tallies(long eventId) {
        return jdbc.prepareStatement("SELECT ethnic_category, people FROM event_tally WHERE event_id = ? ORDER BY ethnic_category", select -> {
            select.setLong(1, eventId);
            Map<String, Integer> tallies = new LinkedHashMap<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    tallies.put(rows.getString(1), rows.getInt(2));
                }
            }
            return tallies;
        });
    }

    /** Replaces the event's tallies with these counts; categories counted 0 are not stored. */
    @Transactional
    void replaceTallies(long eventId, Map<String, Integer> counts) {
        jdbc.prepareStatement("DELETE FROM event_tally WHERE event_id = ?", delete -> {
            delete.setLong(1, eventId);
            return delete.executeUpdate();
        });
        counts.forEach((category, people) -> {
            if (people > 0) {
                jdbc.prepareStatement("INSERT INTO event_tally (event_id, ethnic_category, people) VALUES (?, ?, ?)", insert -> {
                    insert.setLong(1, eventId);
                    insert.setString(2, category);
                    insert.setInt(3, people);
                    return insert.executeUpdate();
                });
            }
        });
    }

    /** The about-you responses given for the event, whichever way they came in (its link, a kiosk, a keyed slip). */
    @Transactional
    List<AboutYou> aboutYou(long eventId) {
        return jdbc.prepareStatement("SELECT id, submitted_on, channel FROM response WHERE event_id = ? AND survey_id = ? ORDER BY id", select -> {
            select.setLong(1, eventId);
            select.setString(2, ABOUT_YOU);
            List<AboutYou> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new AboutYou(rows.getLong(1), rows.getDate(2).toLocalDate(), rows.getString(3)));
                }
            }
            return found;
        });
    }

    @Transactional
    List<Comment> comments(long eventId) {
        return jdbc.prepareStatement("SELECT id, language, comment_text, response_id FROM event_comment WHERE event_id = ? ORDER BY id", select -> {
            select.setLong(1, eventId);
            List<Comment> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    // wasNull speaks of the last column read, so it is asked straight after response_id.
                    long response = rows.getLong(4);
                    Long responseId = rows.wasNull() ? null : response;
                    found.add(new Comment(rows.getLong(1), rows.getString(2), rows.getString(3), responseId));
                }
            }
            return found;
        });
    }

    @Transactional
    void addComment(long eventId, String language, String text, Long responseId) {
        jdbc.prepareStatement("INSERT INTO event_comment (event_id, language, comment_text, response_id) VALUES (?, ?, ?, ?)", insert -> {
            insert.setLong(1, eventId);
            insert.setString(2, language);
            insert.setString(3, text);
            insert.setObject(4, responseId);
            return insert.executeUpdate();
        });
    }

    private void replaceLanguages(long eventId, List<String> languages) {
        jdbc.prepareStatement("DELETE FROM listening_event_language WHERE event_id = ?", delete -> {
            delete.setLong(1, eventId);
            return delete.executeUpdate();
        });
        for (String language : languages) {
            jdbc.prepareStatement("INSERT INTO listening_event_language (event_id, language) VALUES (?, ?)", insert -> {
                insert.setLong(1, eventId);
                insert.setString(2, language);
                return insert.executeUpdate();
            });
        }
    }

    private List<ListeningEvent> select(String where, List<Object> args) {
        List<ListeningEvent> events = jdbc.prepareStatement("SELECT " + COLUMNS + " FROM listening_event e JOIN mvp m ON m.id = e.mvp_id" + where, select -> {
            for (int i = 0; i < args.size(); i++) {
                select.setObject(i + 1, args.get(i));
            }
            List<ListeningEvent> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(event(rows));
                }
            }
            return found;
        });
        return events.stream().map(e -> new ListeningEvent(e.id(), e.mvpId(), e.mvpName(), e.reference(), e.kind(), e.heldOn(),
                e.online(), e.place(), e.locality(), e.partnerOrganisation(), e.interpreterPresent(), e.attendance(),
                languages(e.id()))).toList();
    }

    private List<String> languages(long eventId) {
        return jdbc.prepareStatement("SELECT language FROM listening_event_language WHERE event_id = ? ORDER BY language", select -> {
            select.setLong(1, eventId);
            List<String> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            return found;
        });
    }

    private static ListeningEvent event(ResultSet row) throws SQLException {
        return new ListeningEvent(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4), EventKind.valueOf(row.getString(5)),
                row.getDate(6).toLocalDate(), row.getBoolean(7), row.getString(8), row.getString(9), row.getString(10),
                row.getBoolean(11), row.getInt(12), List.of());
    }

    private static void setDetails(PreparedStatement statement, int first, EventDetails details) throws SQLException {
        statement.setString(first, details.kind().name());
        statement.setDate(first + 1, Date.valueOf(details.heldOn()));
        statement.setBoolean(first + 2, details.online());
        statement.setString(first + 3, details.place());
        statement.setString(first + 4, details.locality());
        statement.setString(first + 5, details.partnerOrganisation());
        statement.setBoolean(first + 6, details.interpreterPresent());
        statement.setInt(first + 7, details.attendance());
    }
}
