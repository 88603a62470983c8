-- Report aggregates read these indexes rather than the tables. The representation report counts
-- "about you" responses by the events of a period; the survey results report counts a survey's
-- responses by the day they were sent; both read answers by (response_id, question_id). With the
-- record key in the response indexes and the option in the answer index, the keys and answers come
-- from the indexes alone.
CREATE INDEX ix_response_event_survey_key ON response (event_id, survey_id, record_key);
CREATE INDEX ix_response_survey_submitted ON response (survey_id, submitted_on, record_key);
CREATE INDEX ix_answer_response_question ON answer (response_id, question_id, option_value);
