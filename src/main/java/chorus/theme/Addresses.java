package chorus.theme;

import chorus.theme.Redaction.Found;
import chorus.theme.Redaction.Kind;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** E-mail addresses and full postcodes, matched in folded text (lower case, full-width forms made plain). */
final class Addresses {

    private static final String LOCAL_PART = "(?<![a-z0-9._%+-])[a-z0-9_%+-]+(?:\\.[a-z0-9_%+-]+)*";
    private static final Pattern EMAIL = Pattern.compile(LOCAL_PART + "@(?:[a-z0-9-]+\\.)+[a-z]{2,24}(?![a-z0-9-])");
    /**
     * "name @ example . com": with spaces allowed, only a known top-level domain ends an address, so prose
     * such as "meet @ reception. then" is not read as one.
     */
    private static final Pattern SPACED_EMAIL = Pattern.compile(LOCAL_PART + " *@ *[a-z0-9-]+(?: *\\. *[a-z0-9-]+)*? *\\. *"
            + "(?:com|org|net|uk|nhs|gov|ac|edu|io|info|pl|ro|pk|bd|in|ie|eu|me)(?![a-z0-9-])");
    /**
     * Outward code and inward code, with or without the space; an outward code alone ("NR1") is a district,
     * which Chorus stores anyway. Inward codes never use C, I, K, M, O or V, which spares words like "b12 3ok".
     */
    private static final Pattern POSTCODE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])[a-z]{1,2}[0-9][a-z0-9]? {0,2}[0-9][abd-hjlnp-uw-z]{2}(?![\\p{L}\\p{N}])");

    private Addresses() {
    }

    static void findEmails(String folded, List<Found> into) {
        addAll(EMAIL, folded, Kind.EMAIL, into);
        addAll(SPACED_EMAIL, folded, Kind.EMAIL, into);
    }

    /** A postcode's first digit follows one or two letters, so the pattern is tried only there. */
    static void findPostcodes(String folded, List<int[]> digitGroups, List<Found> into) {
        Matcher m = POSTCODE.matcher(folded).useTransparentBounds(true).useAnchoringBounds(false);
        for (int[] group : digitGroups) {
            for (int start = Math.max(0, group[0] - 2); start < group[0]; start++) {
                m.region(start, folded.length());
                if (m.lookingAt()) {
                    into.add(new Found(Kind.POSTCODE, m.start(), m.end()));
                }
            }
        }
    }

    private static void addAll(Pattern pattern, String folded, Kind kind, List<Found> into) {
        for (Matcher m = pattern.matcher(folded); m.find(); ) {
            into.add(new Found(kind, m.start(), m.end()));
        }
    }
}
