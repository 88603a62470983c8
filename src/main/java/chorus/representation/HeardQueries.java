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
    /** A choice's answer, read from the index alone. */
    static final String OPTION = "a.option_value";
    /** A typed answer, or one that earlier versions or fixtures may have stored either way. */
    static final String EITHER = "COALESCE(a.option_value, a.text_value)";
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
        selectByEvents(aboutYou("0", "first_language", EITHER), events.keySet(), rows -> {
            String value = rows.getString(2);
            String language = value == null ? Heard.NOT_GIVEN : LanguageNames.counted(value);
            heard.byLanguage.merge(language, RecordKeys.counted(rows.getLong(3), rows.getLong(4)), Count::plus);
        });
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
     * The "about you" responses of the listed events, grouped by {@code group} and their answer to
     * one question (null when they left it out): the group, the answer, how many, and their keys added
     * up. The answer is joined once per response rather than read by a subquery per response, and the
     * ethnic group from {@code option_value} alone, which the index holds: at 150,000 responses
     * this took that count from 1.3 s to 0.6 s. A self-described group with no category keeps its
     * text in {@code text_value} and counts, as before, as no category. Each of these questions
     * takes one answer, so the join adds no rows. The events are listed by id, found first, rather
     * than joined by date: joined, MariaDB sometimes started from all "about you" responses and
     * read each row for its event (5 s at 150,000); listed, it reads the responses of those events
     * from the index on event, survey and key alone.
     */
    static String aboutYou(String group, String question, String value) {
        return "SELECT g, v, COUNT(*), SUM(k) FROM (SELECT " + group + " AS g, r.record_key AS k, " + value + " AS v"
                + " FROM response r LEFT JOIN answer a ON a.response_id = r.id AND a.question_id = '" + question + "'"
                + " WHERE r.survey_id = '" + ABOUT_YOU + "' AND r.event_id IN (" + EVENTS + ")) heard GROUP BY g, v";
    }

    /** Stands for the list of event ids in {@link #aboutYou}; replaced by one placeholder per event. */
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
