package chorus.representation;

import chorus.results.Breakdown;
import chorus.results.DistrictQuintiles;
import chorus.results.Respondents;
import chorus.i18n.LanguageNames;

import chorus.disclosure.Count;
import chorus.disclosure.RecordKeys;
import chorus.survey.EthnicCategory;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads who was heard at the events of a period, for one MVP or the whole LMNS, as counts of records
 * that carry their keys for the cell key method. Keys never change, so a person counts with the same
 * key in every period that includes their event: an "about you" answer has the key stored with its
 * response; the people of a tally line are units of "t:" event id ":" category; the people of an
 * event who were not asked are units of "n:" event id. A tally raised by one, or one person more not
 * asked, adds one unit and leaves the others' keys alone.
 */
@Singleton
class HeardQueries {

    static final String ABOUT_YOU = "about-you";
    static final List<String> KINDS = List.of("LISTENING_EVENT", "WALK_THE_PATCH", "FIFTEEN_STEPS", "COMMUNITY_VISIT",
            "ONLINE_MEETING", "OTHER");

    private final JdbcOperations jdbc;
    private final DeprivationLookup deprivation;
    private final RecordKeys keys;
    private final Respondents respondents;
    private final TransactionOperations<Connection> transactions;

    HeardQueries(JdbcOperations jdbc, DeprivationLookup deprivation, RecordKeys keys, Respondents respondents,
                 TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.deprivation = deprivation;
        this.keys = keys;
        this.respondents = respondents;
    }

    /**
     * mvpId null for the whole LMNS. Dates are the events' dates, both included. Not one transaction:
     * the respondents are read after the waiting responses are counted, in transactions of their own,
     * so each statement here runs in a read transaction of its own.
     */
    Heard heard(LocalDate from, LocalDate to, Long mvpId) {
        Heard heard = new Heard();
        KINDS.forEach(k -> heard.byKind.put(k, Count.NONE));
        Map<String, Integer> quintiles = deprivation.all();
        String where = " e.held_on BETWEEN ? AND ?" + (mvpId == null ? "" : " AND e.mvp_id = ?");
        Map<Long, int[]> events = new HashMap<>();
        Map<Long, String> kinds = new HashMap<>();
        select("SELECT e.id, e.kind, e.attendance FROM listening_event e WHERE" + where, from, to, mvpId, rows -> {
            events.put(rows.getLong(1), new int[] {rows.getInt(3), 0});
            kinds.put(rows.getLong(1), rows.getString(2));
        });
        heard.events = events.size();
        // The "about you" respondents by event and ethnic code, and by postcode district, from the counts
        // kept as responses arrive; each first language counted in SQL with its stored key, as a
        // typed language is not kept there. The raw values are mapped onto the report's rows here, and
        // groups that land on the same row are added up (they hold different people).
        for (Respondents.Group group : respondents.atEvents(ABOUT_YOU, Breakdown.ETHNICITY, events.keySet())) {
            long event = group.eventId();
            if (!events.containsKey(event)) {
                continue;
            }
            Count people = group.people();
            events.get(event)[1] += group.number();
            heard.byKind.merge(kinds.get(event), people, Count::plus);
            EthnicCategory.fromCode(group.value()).ifPresentOrElse(c -> heard.add(c, people), () -> heard.addNoEthnicity(people));
        }
        for (Respondents.Group group : respondents.atEvents(ABOUT_YOU, Breakdown.DEPRIVATION, events.keySet())) {
            String district = DistrictQuintiles.normalise(group.value());
            heard.byQuintile.merge(quintiles.getOrDefault(district, 0), group.people(), Count::plus);
        }
        // The first languages given, then everyone: those who gave none are the difference. Read in this
        // order, everyone includes every answer read before, as responses are never taken away.
        Count[] given = {Count.NONE, Count.NONE};
        selectByEvents(FIRST_LANGUAGES, events.keySet(), rows -> {
            Count people = RecordKeys.counted(rows.getLong(2), rows.getLong(3));
            given[0] = given[0].plus(people);
            String value = rows.getString(1);
            heard.byLanguage.merge(value == null ? Heard.NOT_GIVEN : LanguageNames.counted(value), people, Count::plus);
        });
        selectByEvents(RESPONDENTS, events.keySet(), rows -> given[1] = given[1].plus(RecordKeys.counted(rows.getLong(1),
                rows.getLong(2))));
        heard.byLanguage.merge(Heard.NOT_GIVEN, given[1].minus(given[0]), Count::plus);
        select("SELECT t.event_id, t.ethnic_category, t.people FROM event_tally t JOIN listening_event e ON e.id = t.event_id"
                + " WHERE" + where, from, to, mvpId, rows -> {
                    long event = rows.getLong(1);
                    String category = rows.getString(2);
                    int number = rows.getInt(3);
                    Count people = keys.units(tallyIdentity(event, category), number);
                    events.get(event)[1] += number;
                    heard.byKind.merge(kinds.get(event), people, Count::plus);
                    EthnicCategory.fromCode(category).ifPresentOrElse(c -> heard.add(c, people),
                            () -> heard.addNoEthnicity(people));
                    heard.byQuintile.merge(0, people, Count::plus);
                    heard.byLanguage.merge(Heard.NOT_GIVEN, people, Count::plus);
                });
        events.forEach((event, counts) -> {
            // Attendance beyond the answers and tallies: people who took part but were not asked.
            Count notAsked = keys.units(notAskedIdentity(event), Math.max(0, counts[0] - counts[1]));
            heard.addNoEthnicity(notAsked);
            heard.byKind.merge(kinds.get(event), notAsked, Count::plus);
            heard.byQuintile.merge(0, notAsked, Count::plus);
            heard.byLanguage.merge(Heard.NOT_GIVEN, notAsked, Count::plus);
        });
        return heard;
    }

    /** How survey responses reach Chorus, in the order the report lists them. */
    static final List<String> CHANNELS = List.of("ONLINE", "PAPER", "EVENT");

    /**
     * Who answered the service-user surveys in a period (by the day they answered), by channel: every
     * survey but "about you", whose people are the voices of the events. For an MVP, the responses
     * made at its events. Each response once, with its key, from the counts kept by channel and ethnic code.
     */
    Map<String, Heard> respondents(LocalDate from, LocalDate to, Long mvpId) {
        Map<String, Heard> byChannel = new java.util.LinkedHashMap<>();
        CHANNELS.forEach(c -> byChannel.put(c, new Heard()));
        for (Respondents.Group group : respondents.sent(from, to, mvpId, ABOUT_YOU)) {
            Heard heard = byChannel.computeIfAbsent(group.channel(), c -> new Heard());
            EthnicCategory.fromCode(group.value()).ifPresentOrElse(c -> heard.add(c, group.people()),
                    () -> heard.addNoEthnicity(group.people()));
        }
        return byChannel;
    }

    /** Every channel's respondents together. */
    static Heard together(Map<String, Heard> byChannel) {
        Heard all = new Heard();
        byChannel.values().forEach(h -> {
            h.byCategory.forEach(all::add);
            all.addNoEthnicity(h.noEthnicity);
        });
        return all;
    }

    /**
     * The first languages given in the "about you" responses of the listed events: the answer, how
     * many, and their keys added up. Read from the answers to that one question (the index on question
     * finds them), each joined to its response for its event and key: at 150,000 responses 0.7 s,
     * where reading every response of the events and joining its answer took 2 s. Typed words are
     * at most 60 characters (the question's limit); LEFT keeps the value a short string, which
     * MariaDB groups in memory. The events are listed by id, found first, rather than joined by date:
     * joined, MariaDB sometimes started from all "about you" responses and read each row for its event.
     */
    static final String FIRST_LANGUAGES = "SELECT v, COUNT(*), SUM(k) FROM (SELECT COALESCE(a.option_value, LEFT(a.text_value, 100)) AS v,"
            + " r.record_key AS k FROM answer a JOIN response r ON r.id = a.response_id WHERE a.question_id = 'first_language'"
            + " AND r.survey_id = '" + ABOUT_YOU + "' AND r.event_id IN (#events#)) given GROUP BY v";

    /** Every "about you" response of the listed events: how many, and their keys added up, from the index on event, survey and key. */
    static final String RESPONDENTS = "SELECT COUNT(*), SUM(r.record_key) FROM response r WHERE r.survey_id = '" + ABOUT_YOU
            + "' AND r.event_id IN (#events#)";

    /** Stands for the list of event ids in {@link #FIRST_LANGUAGES}; replaced by one placeholder per event. */
    static final String EVENTS = "#events#";

    /** Events per statement: the groups of several statements add up, as they hold different people. */
    static final int EVENTS_PER_STATEMENT = 1000;

    static String tallyIdentity(long eventId, String category) {
        return "t:" + eventId + ":" + category;
    }

    static String notAskedIdentity(long eventId) {
        return "n:" + eventId;
    }

    private interface RowReader {
        void read(ResultSet rows) throws SQLException;
    }

    private void selectByEvents(String sql, java.util.Collection<Long> eventIds, RowReader reader) {
        List<Long> ids = List.copyOf(eventIds);
        for (int start = 0; start < ids.size(); start += EVENTS_PER_STATEMENT) {
            List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + EVENTS_PER_STATEMENT));
            transactions.executeRead(status -> jdbc.prepareStatement(sql.replace(EVENTS, String.join(", ",
                    java.util.Collections.nCopies(chunk.size(), "?"))), (PreparedStatement select) -> {
                        for (int i = 0; i < chunk.size(); i++) {
                            select.setLong(i + 1, chunk.get(i));
                        }
                        try (ResultSet rows = select.executeQuery()) {
                            while (rows.next()) {
                                reader.read(rows);
                            }
                        }
                        return null;
                    }));
        }
    }

    private void select(String sql, LocalDate from, LocalDate to, Long mvpId, RowReader reader) {
        transactions.executeRead(status -> jdbc.prepareStatement(sql, (PreparedStatement select) -> {
            select.setDate(1, Date.valueOf(from));
            select.setDate(2, Date.valueOf(to));
            if (mvpId != null) {
                select.setLong(3, mvpId);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
            return null;
        }));
    }
}
