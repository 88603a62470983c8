package chorus.workforce;

/** One checked row of an uploaded workforce file. */
record CountRow(long organisationId, StaffGroup group, Band band, Ethnicity ethnicity, Counts counts) {
}
