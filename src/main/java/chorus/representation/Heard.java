package chorus.representation;

import chorus.survey.EthnicCategory;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everyone heard at the listening events of one period, each person once: an "about you" answer
 * (by the event's QR link or a keyed-in paper slip), a line of the event's tally, or one of the
 * rest of the attendance who were not asked. Raw counts: they must pass disclosure control
 * before anyone sees them.
 */
public final class Heard {

    public static final String NOT_GIVEN = "";

    final Map<EthnicCategory, Integer> byCategory = new EnumMap<>(EthnicCategory.class);
    /** Ethnicity not asked: the attendance beyond the answers and tallies, and answers that left the question out. */
    int notAsked;
    /** Approximate IMD quintile 1 to 5, and 0 for no postcode district or one the lookup does not have. */
    final Map<Integer, Integer> byQuintile = new TreeMap<>();
    final Map<String, Integer> byKind = new LinkedHashMap<>();
    /** First language as answered; {@link #NOT_GIVEN} for people who did not say or were not asked. */
    final Map<String, Integer> byLanguage = new TreeMap<>();
    int events;

    public int people() {
        return byCategory.values().stream().mapToInt(Integer::intValue).sum() + notAsked;
    }

    int category(EthnicCategory category) {
        return byCategory.getOrDefault(category, 0);
    }

    int group(EthnicCategory.Group group) {
        return byCategory.entrySet().stream().filter(e -> e.getKey().group() == group).mapToInt(Map.Entry::getValue).sum();
    }

    /** People with an ethnic category, A to S: not "prefer not to say", not unasked. */
    int valid() {
        return people() - notAsked - category(EthnicCategory.Z);
    }

    /** Valid codes other than A, B and C: the NHS meaning of "ethnic minority" this report uses. */
    int minority() {
        return valid() - category(EthnicCategory.A) - category(EthnicCategory.B) - category(EthnicCategory.C);
    }

    void add(EthnicCategory category, int people) {
        byCategory.merge(category, people, Integer::sum);
    }
}
