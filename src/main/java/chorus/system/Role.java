package chorus.system;

/** What a signed-in person may do. Security annotations use the names, so they are constants. */
public enum Role {
    ADMIN, ANALYST, DATA_ENTRY, MVP_LEAD;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String ANALYST_NAME = "ANALYST";
    public static final String DATA_ENTRY_NAME = "DATA_ENTRY";
    public static final String MVP_LEAD_NAME = "MVP_LEAD";

    /** Interface-text key of the role's name. */
    public String labelKey() {
        return "role." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
