-- Staff answers must not be placed in time. In the shared response table a staff response's
-- auto-increment id sat between service-user responses that carry their real date, which dated it
-- to the day. Staff responses now live apart, under the random key their draft was given (no
-- sequence, no time column: a staff response is dated by its round), and their answer rows have no
-- id of their own, so nothing in either table orders them.
CREATE TABLE staff_response (
    id CHAR(36) NOT NULL PRIMARY KEY,
    survey_id VARCHAR(64) NOT NULL,
    survey_version INT NOT NULL,
    language VARCHAR(35) NOT NULL,
    round_id BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    CONSTRAINT fk_staff_response_round FOREIGN KEY (round_id) REFERENCES survey_round (id),
    CONSTRAINT fk_staff_response_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_staff_response_round ON staff_response (round_id, organisation_id);

-- seq numbers the values of one multiple-choice answer; rows sit in (random) response id order.
CREATE TABLE staff_answer (
    response_id CHAR(36) NOT NULL,
    question_id VARCHAR(64) NOT NULL,
    seq INT NOT NULL,
    option_value VARCHAR(64) NULL,
    number_value INT NULL,
    text_value TEXT NULL,
    PRIMARY KEY (response_id, question_id, seq),
    CONSTRAINT fk_staff_answer_response FOREIGN KEY (response_id) REFERENCES staff_response (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_staff_answer_question ON staff_answer (question_id, option_value);

-- Move the staff responses stored so far. Their submission keys are random (UUID version 4), so
-- they serve as the new ids; their old ids go with them.
INSERT INTO staff_response (id, survey_id, survey_version, language, round_id, organisation_id)
SELECT submission_key, survey_id, survey_version, language, round_id, organisation_id
FROM response WHERE round_id IS NOT NULL AND organisation_id IS NOT NULL;

INSERT INTO staff_answer (response_id, question_id, seq, option_value, number_value, text_value)
SELECT r.submission_key, a.question_id,
       ROW_NUMBER() OVER (PARTITION BY a.response_id, a.question_id ORDER BY a.id),
       a.option_value, a.number_value, a.text_value
FROM answer a JOIN response r ON r.id = a.response_id
WHERE r.round_id IS NOT NULL AND r.organisation_id IS NOT NULL;

DELETE FROM answer WHERE response_id IN (SELECT id FROM response WHERE round_id IS NOT NULL AND organisation_id IS NOT NULL);
DELETE FROM response WHERE round_id IS NOT NULL AND organisation_id IS NOT NULL;

-- A submitted staff draft kept its round, organisation and expiry to the second for two days.
DELETE FROM draft WHERE round_id IS NOT NULL AND submitted = TRUE;

ALTER TABLE response DROP FOREIGN KEY fk_response_round;
ALTER TABLE response DROP FOREIGN KEY fk_response_organisation;
DROP INDEX ix_response_round ON response;
ALTER TABLE response DROP COLUMN round_id;
ALTER TABLE response DROP COLUMN organisation_id;

-- All that a submitted staff draft leaves: the hash of its cookie, so a second tap or a retry after a
-- dropped connection is shown the thank-you page rather than "expired", and a person is not led to
-- answer twice. No time and no sequence (the random hash is the key); removed after its round closes.
CREATE TABLE staff_draft_done (
    token_hash CHAR(64) NOT NULL PRIMARY KEY,
    round_id BIGINT NOT NULL,
    survey_version INT NOT NULL,
    CONSTRAINT fk_staff_draft_done_round FOREIGN KEY (round_id) REFERENCES survey_round (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
