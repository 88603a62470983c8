package chorus.audit;

/** What a recorded request did, as the audit page groups them. */
enum AuditAction {
    SIGN_IN("audit.action.sign_in"),
    SIGN_OUT("audit.action.sign_out"),
    VIEW("audit.action.view"),
    DOWNLOAD("audit.action.download"),
    CHANGE("audit.action.change");

    private final String labelKey;

    AuditAction(String labelKey) {
        this.labelKey = labelKey;
    }

    String labelKey() {
        return labelKey;
    }

    /** A staff page's request, by its method and address. */
    static AuditAction of(String method, String path) {
        if (path.equals("/sign-in") || path.startsWith("/oauth/callback/")) {
            return SIGN_IN;
        }
        if (path.equals("/sign-out")) {
            return SIGN_OUT;
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return CHANGE;
        }
        return path.endsWith(".csv") || path.endsWith(".pdf") ? DOWNLOAD : VIEW;
    }
}
