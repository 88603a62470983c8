-- How staff reach a round: with one-time invitation codes, or with an open link per organisation.
ALTER TABLE survey_round ADD COLUMN codes_required BOOLEAN NOT NULL DEFAULT FALSE;

-- One-time invitation codes. Only a hash of each code is kept. The hash is the primary key, so rows
-- sit in hash order, not in the order they were made or used; they are all made at once, and using
-- a code only flips "used" in the transaction that stores the response. There is deliberately no
-- id, no time and no response column: nothing here can be joined back to an answer.
CREATE TABLE invitation_code (
    code_hash CHAR(64) NOT NULL PRIMARY KEY,
    round_id BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    used BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_invitation_round FOREIGN KEY (round_id) REFERENCES survey_round (id),
    CONSTRAINT fk_invitation_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The code a draft was started with, until the response is stored (then it is cleared).
ALTER TABLE draft ADD COLUMN invitation_hash CHAR(64) NULL;
