-- The organisations (trusts) of the LMNS whose staff answer the staff-experience survey and whose
-- workforce figures are uploaded.
CREATE TABLE organisation (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(32) NOT NULL,
    name VARCHAR(200) NOT NULL,
    CONSTRAINT uq_organisation_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A staff survey runs in rounds (say "2026"), each open between two dates; reports compare rounds.
CREATE TABLE survey_round (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    survey_id VARCHAR(64) NOT NULL,
    name VARCHAR(100) NOT NULL,
    opens_on DATE NOT NULL,
    closes_on DATE NOT NULL,
    CONSTRAINT uq_survey_round_name UNIQUE (survey_id, name),
    CONSTRAINT ck_survey_round_dates CHECK (closes_on >= opens_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A staff answer belongs to a round and the organisation its invitation code or open link was for.
-- Nothing else about the person or the moment is kept (see the invitation-code tables).
ALTER TABLE draft ADD COLUMN round_id BIGINT NULL;
ALTER TABLE draft ADD COLUMN organisation_id BIGINT NULL;
ALTER TABLE response ADD COLUMN round_id BIGINT NULL;
ALTER TABLE response ADD COLUMN organisation_id BIGINT NULL;
ALTER TABLE response ADD CONSTRAINT fk_response_round FOREIGN KEY (round_id) REFERENCES survey_round (id);
ALTER TABLE response ADD CONSTRAINT fk_response_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id);
CREATE INDEX ix_response_round ON response (round_id, organisation_id);
