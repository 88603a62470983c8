-- The representation report counts "about you" responses by the events of a period and reads one
-- answer of each by (response_id, question_id): with the key in the response index and the option
-- in the answer index, both are read from the indexes alone.
CREATE INDEX ix_response_event_survey_key ON response (event_id, survey_id, record_key);
CREATE INDEX ix_answer_response_question ON answer (response_id, question_id, option_value);
