package chorus.workforce;

import java.util.Arrays;
import java.util.Optional;

/**
 * The staff groups of the workforce file: the maternity and neonatal groups of the staff survey, so
 * WRES figures break down the same way, with the rest split clinical / non-clinical for indicator 1.
 */
enum StaffGroup {
    MIDWIFE("midwife", true, "workforce.group.midwife"),
    MATERNITY_SUPPORT_WORKER("maternity_support_worker", true, "workforce.group.maternity_support_worker"),
    OBSTETRICIAN("obstetrician", true, "workforce.group.obstetrician"),
    NEONATAL_NURSE("neonatal_nurse", true, "workforce.group.neonatal_nurse"),
    NEONATAL_DOCTOR("neonatal_doctor", true, "workforce.group.neonatal_doctor"),
    OTHER_CLINICAL("other_clinical", true, "workforce.group.other_clinical"),
    NON_CLINICAL("non_clinical", false, "workforce.group.non_clinical");

    final String code;
    final boolean clinical;
    final String labelKey;

    StaffGroup(String code, boolean clinical, String labelKey) {
        this.code = code;
        this.clinical = clinical;
        this.labelKey = labelKey;
    }

    static Optional<StaffGroup> ofCode(String code) {
        return Arrays.stream(values()).filter(g -> g.code.equals(code)).findFirst();
    }
}
