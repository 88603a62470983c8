-- Each published survey version seen at start-up, with a fingerprint of its definition, so a
-- version that already has answers can never change under them.
CREATE TABLE survey_version (
    survey_id VARCHAR(64) NOT NULL,
    version INT NOT NULL,
    fingerprint CHAR(64) NOT NULL,
    PRIMARY KEY (survey_id, version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A submitted response. Deliberately holds no IP address, user agent, cookie or time of day:
-- the submission date is all a report needs. submission_key is a random value minted per
-- draft so that a repeated submission of the same draft is refused by the unique index.
CREATE TABLE response (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    survey_id VARCHAR(64) NOT NULL,
    survey_version INT NOT NULL,
    language VARCHAR(35) NOT NULL,
    channel VARCHAR(16) NOT NULL,
    submitted_on DATE NOT NULL,
    submission_key CHAR(36) NOT NULL,
    CONSTRAINT uq_response_submission UNIQUE (submission_key),
    CONSTRAINT ck_response_channel CHECK (channel IN ('ONLINE', 'PAPER', 'EVENT'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_response_survey ON response (survey_id, survey_version);

-- One row per answer value: a multiple-choice answer has a row per ticked option, so reports
-- count options with GROUP BY instead of parsing blobs.
CREATE TABLE answer (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    response_id BIGINT NOT NULL,
    question_id VARCHAR(64) NOT NULL,
    option_value VARCHAR(64) NULL,
    number_value INT NULL,
    text_value TEXT NULL,
    CONSTRAINT fk_answer_response FOREIGN KEY (response_id) REFERENCES response (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_answer_question ON answer (question_id, option_value);

-- Answers in progress, found by the SHA-256 of a random cookie value. Rows are short-lived:
-- expired and submitted drafts are purged.
CREATE TABLE draft (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    token_hash CHAR(64) NOT NULL,
    form_token CHAR(32) NOT NULL,
    survey_id VARCHAR(64) NOT NULL,
    survey_version INT NOT NULL,
    language VARCHAR(35) NOT NULL,
    channel VARCHAR(16) NOT NULL,
    submission_key CHAR(36) NULL,
    submitted BOOLEAN NOT NULL DEFAULT FALSE,
    expires_at DATETIME NOT NULL,
    CONSTRAINT uq_draft_token UNIQUE (token_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_draft_expiry ON draft (expires_at);

CREATE TABLE draft_answer (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    draft_id BIGINT NOT NULL,
    field_name VARCHAR(80) NOT NULL,
    field_value TEXT NOT NULL,
    CONSTRAINT fk_draft_answer_draft FOREIGN KEY (draft_id) REFERENCES draft (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_draft_answer_draft ON draft_answer (draft_id);
