package chorus.representation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.disclosure.DisclosurePolicy;
import chorus.disclosure.RecordKeys;
import chorus.survey.EthnicCategory;
import chorus.survey.EthnicCategory.Group;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The whole LMNS as a population, and a group nobody was heard from, without a server. */
class WholeLmnsAndNotHeardTest {

    private static Map<Group, BigDecimal> people(int white, int asian, int black) {
        Map<Group, BigDecimal> amounts = new EnumMap<>(Group.class);
        amounts.put(Group.WHITE, BigDecimal.valueOf(white));
        amounts.put(Group.ASIAN, BigDecimal.valueOf(asian));
        amounts.put(Group.BLACK, BigDecimal.valueOf(black));
        return amounts;
    }

    @Test
    void theWholeLmnsIsItsAreasCountsAddedUpSoEachAreaWeighsAsManyAsItsPeople() {
        // A city of 1,000 (60% White, 30% Asian, 10% Black) and a county of 3,000 (96.7% White): together
        // 3,500 White, 400 Asian and 100 Black of 4,000. The mean of the two areas' shares would give
        // White 78.3%, as if the city were as big as the county.
        Map<Group, Double> lmns = Baselines.shares(Baselines.added(List.of(people(600, 300, 100), people(2900, 100, 0))));
        assertEquals(0.875, lmns.get(Group.WHITE), 1e-9);
        assertEquals(0.1, lmns.get(Group.ASIAN), 1e-9);
        assertEquals(0.025, lmns.get(Group.BLACK), 1e-9);
        assertEquals(0.0, lmns.get(Group.MIXED), 1e-9, "a group neither area has");
    }

    @Test
    void aGroupInThePopulationThatNobodyWasHeardFromIsUnderRepresented() {
        RecordKeys keys = new RecordKeys(new byte[32]);
        Heard heard = new Heard();
        heard.add(EthnicCategory.A, keys.units("white", 40));
        heard.add(EthnicCategory.H, keys.units("asian", 20));
        // Of 60 people heard none is Black (3% of the population) or Mixed (5%): Wilson's interval for 0 of 60
        // reaches 6.0%, so the ratio's interval reaches 2.0 and 1.2, above 1, and the rule alone would not
        // flag them. Nobody in the population is of another group, so hearing none of it says nothing.
        Map<Group, Double> shares = new EnumMap<>(Map.of(Group.WHITE, 0.8, Group.MIXED, 0.05, Group.ASIAN, 0.12,
                Group.BLACK, 0.03, Group.OTHER, 0.0));
        List<RepresentationReport.GroupLine> lines = RepresentationReport.groupLines(heard, shares, DisclosurePolicy.serviceUsers());

        assertTrue(lines.get(Baselines.GROUPS.indexOf(Group.BLACK)).notHeard());
        assertTrue(lines.get(Baselines.GROUPS.indexOf(Group.BLACK)).underRepresented());
        assertTrue(lines.get(Baselines.GROUPS.indexOf(Group.MIXED)).underRepresented());
        assertFalse(lines.get(Baselines.GROUPS.indexOf(Group.OTHER)).underRepresented(), "not in the population");
        assertFalse(lines.get(Baselines.GROUPS.indexOf(Group.ASIAN)).notHeard());

        List<RepresentationReport.GroupLine> nobody = RepresentationReport.groupLines(new Heard(), shares,
                DisclosurePolicy.serviceUsers());
        assertTrue(nobody.stream().noneMatch(RepresentationReport.GroupLine::underRepresented),
                "with nobody heard at all there is no share heard to compare");
    }
}
