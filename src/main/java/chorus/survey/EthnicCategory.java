package chorus.survey;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * NHS Data Dictionary "Ethnic Category" (2001 census based, used by the Maternity Services Data
 * Set). Z is "not stated" (asked, chose not to say); 99 "not known" is never chosen by a person,
 * so it is not an answer here: a missing answer is how "not asked" shows in the data.
 */
public enum EthnicCategory {
    A(Group.WHITE), B(Group.WHITE), C(Group.WHITE),
    D(Group.MIXED), E(Group.MIXED), F(Group.MIXED), G(Group.MIXED),
    H(Group.ASIAN), J(Group.ASIAN), K(Group.ASIAN), L(Group.ASIAN),
    M(Group.BLACK), N(Group.BLACK), P(Group.BLACK),
    R(Group.OTHER), S(Group.OTHER),
    Z(Group.NOT_STATED);

    public enum Group {
        WHITE("white"), MIXED("mixed"), ASIAN("asian"), BLACK("black"), OTHER("other"), NOT_STATED("not_stated");

        private final String key;

        Group(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private final Group group;

    EthnicCategory(Group group) {
        this.group = group;
    }

    public Group group() {
        return group;
    }

    /**
     * The row of a report that compares groups: "white_british" (the comparison group),
     * "white_other", the other NHS groups by their keys, or {@code notGiven} for not stated, no
     * answer or a code that is not one.
     */
    public static String reportRow(String code, String notGiven) {
        return fromCode(code).map(c -> c == A ? "white_british"
                : switch (c.group()) {
                    case WHITE -> "white_other";
                    case NOT_STATED -> notGiven;
                    default -> c.group().name().toLowerCase(java.util.Locale.ROOT);
                }).orElse(notGiven);
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }

    public static Optional<EthnicCategory> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
    }
}
