package chorus.representation;

import chorus.disclosure.Count;
import chorus.disclosure.RecordKeys;
import chorus.survey.EthnicCategory;
import java.util.List;

/**
 * The people a test put in, written down as the records the report should count and the cells it
 * should count them in, with the keys of the running application. Passed through the report's own
 * tables, it gives the figures the page must show, so a test checks the reading of the database
 * (which records land in which cell) through the very perturbation the page applies.
 */
final class HeardModel {

    final Heard heard = new Heard();
    private final RecordKeys keys;

    HeardModel(RecordKeys keys) {
        this.keys = keys;
        HeardQueries.KINDS.forEach(k -> heard.byKind.put(k, Count.NONE));
    }

    /**
     * "About you" answers at an event of this kind.
     *
     * @param category null for an answer that left ethnicity out
     * @param quintile 0 for no district or one not in the lookup
     * @param language null for none given
     */
    HeardModel answers(List<Long> responseIds, String kind, EthnicCategory category, int quintile, String language) {
        Count people = keys.records(responseIds.stream().map(HeardModel::responseIdentity).toList());
        add(people, kind, category, quintile, language == null ? Heard.NOT_GIVEN : chorus.i18n.LanguageNames.counted(language));
        return this;
    }

    HeardModel tally(long event, String kind, String category, int people) {
        add(keys.units(HeardQueries.tallyIdentity(event, category), people), kind, EthnicCategory.fromCode(category).orElse(null),
                0, Heard.NOT_GIVEN);
        return this;
    }

    HeardModel notAsked(long event, String kind, int people) {
        add(keys.units(HeardQueries.notAskedIdentity(event), people), kind, null, 0, Heard.NOT_GIVEN);
        return this;
    }

    /** The identity whose key {@link Voices} stores with a response, as the V19 migration did for older ones. */
    static String responseIdentity(long responseId) {
        return "r:" + responseId;
    }

    private void add(Count people, String kind, EthnicCategory category, int quintile, String language) {
        if (category == null) {
            heard.addNoEthnicity(people);
        } else {
            heard.add(category, people);
        }
        heard.byKind.merge(kind, people, Count::plus);
        heard.byQuintile.merge(quintile, people, Count::plus);
        heard.byLanguage.merge(language, people, Count::plus);
    }
}
