package chorus.answer;

/** Answers in progress on one device, found by the hash of a random cookie value. */
record Draft(long id, String formToken, String surveyId, int surveyVersion, String language,
             Channel channel, String submissionKey, boolean submitted, Long eventId) {
}
