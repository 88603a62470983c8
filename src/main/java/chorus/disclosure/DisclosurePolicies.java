package chorus.disclosure;

/** The two policies Chorus applies, as configured under chorus.disclosure. */
public record DisclosurePolicies(DisclosurePolicy staff, DisclosurePolicy serviceUsers) {
}
