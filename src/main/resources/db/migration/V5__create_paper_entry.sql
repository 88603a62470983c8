-- Paper forms keyed in by staff. A batch is a bundle of returned forms; its reference is written on
-- the bundle. event_id: the listening event whose "about you" slips the bundle holds, if any.
CREATE TABLE paper_batch (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    reference VARCHAR(40) NOT NULL,
    survey_id VARCHAR(64) NOT NULL,
    event_id BIGINT NULL,
    note VARCHAR(500) NULL,
    created_by BIGINT NOT NULL,
    created_on DATE NOT NULL,
    CONSTRAINT uq_paper_batch_reference UNIQUE (reference),
    CONSTRAINT fk_paper_batch_event FOREIGN KEY (event_id) REFERENCES listening_event (id),
    CONSTRAINT fk_paper_batch_created_by FOREIGN KEY (created_by) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One keyed paper form. Who keyed it and when is staff metadata, kept here and never on the
-- response, which stays as anonymous as an online one. form_key is minted with the keying page, so
-- a double submit of that page finds the form already saved; it becomes the response's
-- submission_key on confirmation. response_id is set once the form is confirmed (status FINAL).
CREATE TABLE keyed_form (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    batch_id BIGINT NOT NULL,
    survey_id VARCHAR(64) NOT NULL,
    survey_version INT NOT NULL,
    language VARCHAR(35) NOT NULL,
    form_key CHAR(36) NOT NULL,
    status VARCHAR(8) NOT NULL,
    keyed_by BIGINT NOT NULL,
    keyed_at DATETIME NOT NULL,
    confirmed_by BIGINT NULL,
    confirmed_at DATETIME NULL,
    response_id BIGINT NULL,
    CONSTRAINT uq_keyed_form_key UNIQUE (form_key),
    CONSTRAINT uq_keyed_form_response UNIQUE (response_id),
    CONSTRAINT fk_keyed_form_batch FOREIGN KEY (batch_id) REFERENCES paper_batch (id),
    CONSTRAINT fk_keyed_form_keyed_by FOREIGN KEY (keyed_by) REFERENCES user_account (id),
    CONSTRAINT fk_keyed_form_confirmed_by FOREIGN KEY (confirmed_by) REFERENCES user_account (id),
    CONSTRAINT fk_keyed_form_response FOREIGN KEY (response_id) REFERENCES response (id),
    CONSTRAINT ck_keyed_form_status CHECK (status IN ('PENDING', 'FINAL'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_keyed_form_batch ON keyed_form (batch_id);

-- What was keyed, field by field as the keying page sends it (a question id, or its ".self"
-- description), so a pending form can be shown again and corrected before it becomes a response.
CREATE TABLE keyed_value (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    keyed_form_id BIGINT NOT NULL,
    field_name VARCHAR(80) NOT NULL,
    field_value TEXT NOT NULL,
    CONSTRAINT fk_keyed_value_form FOREIGN KEY (keyed_form_id) REFERENCES keyed_form (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_keyed_value_form ON keyed_value (keyed_form_id);

-- Every correction of a keyed form, pending or final: who, when, which question, and the answer
-- before and after in words.
CREATE TABLE keyed_correction (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    keyed_form_id BIGINT NOT NULL,
    question_id VARCHAR(64) NOT NULL,
    old_value TEXT NOT NULL,
    new_value TEXT NOT NULL,
    corrected_by BIGINT NOT NULL,
    corrected_at DATETIME NOT NULL,
    CONSTRAINT fk_keyed_correction_form FOREIGN KEY (keyed_form_id) REFERENCES keyed_form (id) ON DELETE CASCADE,
    CONSTRAINT fk_keyed_correction_by FOREIGN KEY (corrected_by) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_keyed_correction_form ON keyed_correction (keyed_form_id);

-- A question on a paper form left blank, or with more than one box ticked where one was asked for,
-- recorded as such and never guessed. Kept out of the answer table on purpose: every report counts
-- answer rows as answers given, and a placeholder value there would be counted as one (or break
-- lookups such as the ethnic category of a code). The CSV export shows these in words.
CREATE TABLE answer_mark (
    response_id BIGINT NOT NULL,
    question_id VARCHAR(64) NOT NULL,
    mark VARCHAR(16) NOT NULL,
    PRIMARY KEY (response_id, question_id),
    CONSTRAINT fk_answer_mark_response FOREIGN KEY (response_id) REFERENCES response (id) ON DELETE CASCADE,
    CONSTRAINT ck_answer_mark CHECK (mark IN ('NOT_ANSWERED', 'MULTIPLE'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
