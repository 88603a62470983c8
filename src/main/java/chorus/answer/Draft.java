package chorus.answer;

/**
 * Answers in progress on one device, found by the hash of a random cookie value. A staff survey's
 * draft also carries its round, organisation and the hash of its invitation code, if any.
 */
record Draft(long id, String formToken, String surveyId, int surveyVersion, String language,
             Channel channel, String submissionKey, boolean submitted, Long eventId,
             Long roundId, Long organisationId, String invitationHash) {
}
