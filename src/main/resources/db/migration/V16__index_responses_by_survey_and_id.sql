-- The response export walks a survey's responses in id order, a thousand at a time from where the
-- last batch ended; without this index each batch would sort every response of the survey again.
CREATE INDEX ix_response_survey_id ON response (survey_id, id);
