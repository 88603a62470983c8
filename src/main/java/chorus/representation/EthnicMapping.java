package chorus.representation;

import chorus.survey.EthnicCategory;
import chorus.survey.EthnicCategory.Group;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a baseline's categories onto the five NHS groups the report compares. See
 * the README ("How categories map onto the five NHS groups") for the table and the lossy cases: ONS puts Chinese under Asian (NHS:
 * Other), and Gypsy or Irish Traveller, Roma and Arab have no NHS code of their own.
 */
public final class EthnicMapping {

    /** Where a baseline category goes: a group, and whether it is the whole group or one part of it. */
    public record Mapped(Group group, boolean wholeGroup) {
    }

    public static final String NHS = "NHS";
    public static final String ONS = "ONS";

    private static final Map<String, Mapped> GROUP_NAMES = new HashMap<>();
    private static final Map<String, Mapped> ONS_NAMES = new HashMap<>();

    static {
        whole(Group.WHITE, "white");
        whole(Group.MIXED, "mixed", "mixed or multiple ethnic groups", "mixed multiple ethnic groups",
                "mixed or multiple ethnic group");
        whole(Group.ASIAN, "asian", "asian or asian british", "asian asian british", "asian asian british or asian welsh",
                "asian asian british asian welsh");
        whole(Group.BLACK, "black", "black or black british", "black african caribbean black british",
                "black african caribbean or black british", "black black british black welsh caribbean or african",
                "black black british caribbean or african");
        whole(Group.OTHER, "other ethnic group", "other ethnic groups", "other");
        part(GROUP_NAMES, Group.WHITE, "white british", "english welsh scottish northern irish or british",
                "english welsh scottish northern irish british");
        part(GROUP_NAMES, Group.WHITE, "other white", "all other white", "white other", "any other white background");
        ONS_NAMES.putAll(GROUP_NAMES);
        part(ONS_NAMES, Group.WHITE, "irish", "gypsy or irish traveller", "roma");
        part(ONS_NAMES, Group.MIXED, "white and black caribbean", "white and black african", "white and asian",
                "other mixed", "other mixed or multiple ethnic groups", "any other mixed or multiple ethnic background");
        part(ONS_NAMES, Group.ASIAN, "indian", "pakistani", "bangladeshi", "other asian", "any other asian background");
        // Lossy: ONS counts Chinese people as Asian; the NHS code R is in the Other group, and the
        // people heard are coded the NHS way, so the baseline follows the NHS.
        part(ONS_NAMES, Group.OTHER, "chinese", "arab", "any other ethnic group");
        part(ONS_NAMES, Group.BLACK, "caribbean", "african", "other black", "any other black african or caribbean background",
                "any other black background");
    }

    private EthnicMapping() {
    }

    private static void whole(Group group, String... names) {
        for (String name : names) {
            GROUP_NAMES.put(name, new Mapped(group, true));
        }
    }

    private static void part(Map<String, Mapped> into, Group group, String... names) {
        for (String name : names) {
            into.put(name, new Mapped(group, false));
        }
    }

    /** NHS or ONS, as the file names them; empty for anything else. */
    public static Optional<String> classification(String name) {
        String upper = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        return NHS.equals(upper) || ONS.equals(upper) ? Optional.of(upper) : Optional.empty();
    }

    /**
     * The group of a category, or empty for a category this classification does not have. NHS codes
     * A to S and Z ("not stated", left out of every share) are NHS only; names of the broad groups,
     * and White British and other White, are accepted in both.
     */
    public static Optional<Mapped> map(String classification, String category) {
        String raw = category == null ? "" : category.strip();
        if (NHS.equals(classification)) {
            if (raw.length() == 1) {
                return EthnicCategory.fromCode(raw.toUpperCase(Locale.ROOT)).map(c -> new Mapped(c.group(), false));
            }
            return Optional.ofNullable(GROUP_NAMES.get(normalise(raw)));
        }
        if (!ONS.equals(classification)) {
            return Optional.empty();
        }
        String name = normalise(raw);
        Mapped found = ONS_NAMES.get(name);
        // ONS 2021 labels name the group first: "Asian, Asian British or Asian Welsh: Indian".
        if (found == null && raw.contains(":")) {
            found = ONS_NAMES.get(normalise(raw.substring(raw.lastIndexOf(':') + 1)));
        }
        return Optional.ofNullable(found);
    }

    /** The same name however it is punctuated or capitalised: "Mixed / Multiple" is "mixed multiple". */
    static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
