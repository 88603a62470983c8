package chorus.representation;

import chorus.disclosure.Count;
import chorus.survey.EthnicCategory;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everyone heard at the listening events of one period, each person once: an "about you" answer
 * (by the event's QR link or a keyed-in paper slip), a line of the event's tally, or one of the
 * rest of the attendance who were not asked. Each figure is a {@link Count} of the records behind
 * it, with their cell key: it must pass disclosure control before anyone sees it.
 */
public final class Heard {

    public static final String NOT_GIVEN = "";

    final Map<EthnicCategory, Count> byCategory = new EnumMap<>(EthnicCategory.class);
    /**
     * No ethnicity: the attendance beyond the answers and tallies (who were not asked: an event's page
     * calls only these "not asked"), and the answers that left the question out.
     */
    Count noEthnicity = Count.NONE;
    /** Approximate IMD quintile 1 to 5, and 0 for no postcode district or one the lookup does not have. */
    final Map<Integer, Count> byQuintile = new TreeMap<>();
    final Map<String, Count> byKind = new LinkedHashMap<>();
    /** First language as answered; {@link #NOT_GIVEN} for people who did not say or were not asked. */
    final Map<String, Count> byLanguage = new TreeMap<>();
    int events;

    Count people() {
        return byCategory.values().stream().reduce(Count.NONE, Count::plus).plus(noEthnicity);
    }

    Count category(EthnicCategory category) {
        return byCategory.getOrDefault(category, Count.NONE);
    }

    Count group(EthnicCategory.Group group) {
        return byCategory.entrySet().stream().filter(e -> e.getKey().group() == group).map(Map.Entry::getValue)
                .reduce(Count.NONE, Count::plus);
    }

    /** People with an ethnic category, A to S: not "prefer not to say", not without one. */
    Count valid() {
        return people().minus(noEthnicity).minus(category(EthnicCategory.Z));
    }

    /** Valid codes other than A, B and C: the NHS meaning of "ethnic minority" this report uses. */
    Count minority() {
        return valid().minus(category(EthnicCategory.A)).minus(category(EthnicCategory.B)).minus(category(EthnicCategory.C));
    }

    /** People of one ethnic category. */
    void add(EthnicCategory category, Count people) {
        byCategory.merge(category, people, Count::plus);
    }

    void addNoEthnicity(Count people) {
        noEthnicity = noEthnicity.plus(people);
    }

    Count language(String language) {
        return byLanguage.getOrDefault(language, Count.NONE);
    }
}
