-- What people said, as items to code: one row per free-text answer of a service-user survey, per
-- comment heard at an event, and per free-text answer of a staff survey whose round has closed.
--
-- The raw words are not copied: they stay in the answer or comment they came from, which only the
-- coding workspace reads. An item holds the redacted text that every other page shows, and the
-- links a report needs to break items down by the respondent's own voluntary answers, which are
-- read from those answers and never copied here either.
--
-- The id is random, not a sequence: a staff item in a sequence would sit between service-user items
-- that carry a date, and so date the staff answer. Staff items have no date of their own (said_on is
-- null); they are dated by their round, and enter only once it has closed, so even the time an item
-- was coded says nothing about when someone answered.
CREATE TABLE said_item (
    id CHAR(36) NOT NULL PRIMARY KEY,
    source VARCHAR(8) NOT NULL,
    answer_id BIGINT NULL,
    comment_id BIGINT NULL,
    staff_response_id CHAR(36) NULL,
    question_id VARCHAR(64) NULL,
    response_id BIGINT NULL,
    survey_id VARCHAR(64) NULL,
    event_id BIGINT NULL,
    mvp_id BIGINT NULL,
    round_id BIGINT NULL,
    organisation_id BIGINT NULL,
    language VARCHAR(35) NOT NULL,
    channel VARCHAR(16) NOT NULL,
    said_on DATE NULL,
    redacted_text TEXT NOT NULL,
    redaction_edited BOOLEAN NOT NULL DEFAULT FALSE,
    gloss TEXT NULL,
    status VARCHAR(12) NOT NULL DEFAULT 'NEW',
    sentiment VARCHAR(8) NULL,
    safeguarding BOOLEAN NOT NULL DEFAULT FALSE,
    decided_by VARCHAR(100) NULL,
    double_coded BOOLEAN NOT NULL DEFAULT FALSE,
    version INT NOT NULL DEFAULT 0,
    record_key SMALLINT NOT NULL,
    CONSTRAINT uq_said_item_answer UNIQUE (answer_id),
    CONSTRAINT uq_said_item_comment UNIQUE (comment_id),
    CONSTRAINT uq_said_item_staff UNIQUE (staff_response_id, question_id),
    CONSTRAINT fk_said_item_answer FOREIGN KEY (answer_id) REFERENCES answer (id) ON DELETE CASCADE,
    CONSTRAINT fk_said_item_comment FOREIGN KEY (comment_id) REFERENCES event_comment (id) ON DELETE CASCADE,
    CONSTRAINT fk_said_item_staff FOREIGN KEY (staff_response_id) REFERENCES staff_response (id) ON DELETE CASCADE,
    CONSTRAINT ck_said_item_source CHECK (source IN ('SURVEY', 'EVENT', 'STAFF')),
    CONSTRAINT ck_said_item_status CHECK (status IN ('NEW', 'CODED', 'NOT_RELEVANT')),
    CONSTRAINT ck_said_item_sentiment CHECK (sentiment IS NULL OR sentiment IN ('POSITIVE', 'NEGATIVE', 'MIXED', 'NEUTRAL'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_said_item_queue ON said_item (source, status, said_on);
CREATE INDEX ix_said_item_mvp ON said_item (mvp_id, status);
CREATE INDEX ix_said_item_round ON said_item (round_id, status);

-- The themes of the codebook. surveys/codebook.yml seeds them; from then on admins add, rename,
-- retire and merge them here, and theme_change keeps every version. A merged theme keeps its row
-- (merged_into), so codings made before the merge still say what the coder chose.
CREATE TABLE theme (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(64) NOT NULL,
    parent_id BIGINT NULL,
    name VARCHAR(120) NOT NULL,
    description VARCHAR(500) NOT NULL,
    retired BOOLEAN NOT NULL DEFAULT FALSE,
    merged_into BIGINT NULL,
    CONSTRAINT uq_theme_code UNIQUE (code),
    CONSTRAINT fk_theme_parent FOREIGN KEY (parent_id) REFERENCES theme (id),
    CONSTRAINT fk_theme_merged FOREIGN KEY (merged_into) REFERENCES theme (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Keywords are compared as written (binary collation): "moașă" and "moașa" are two keywords of the
-- file, which an accent-insensitive key would refuse as one. Matching them is Chorus's analysers' job.
CREATE TABLE theme_keyword (
    theme_id BIGINT NOT NULL,
    language VARCHAR(35) NOT NULL,
    keyword VARCHAR(120) NOT NULL,
    PRIMARY KEY (theme_id, language, keyword),
    CONSTRAINT fk_theme_keyword_theme FOREIGN KEY (theme_id) REFERENCES theme (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Every change to the codebook, in order: the codebook's version is the number of changes made.
CREATE TABLE theme_change (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    theme_id BIGINT NOT NULL,
    changed_at DATETIME NOT NULL,
    changed_by VARCHAR(100) NOT NULL,
    kind VARCHAR(12) NOT NULL,
    detail VARCHAR(500) NOT NULL,
    CONSTRAINT fk_theme_change_theme FOREIGN KEY (theme_id) REFERENCES theme (id),
    CONSTRAINT ck_theme_change_kind CHECK (kind IN ('SEEDED', 'ADDED', 'RENAMED', 'RETIRED', 'RESTORED', 'MERGED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The themes each coder gave an item. The item's decided_by says whose coding counts in reports: the
-- first coder's, or a lead's who resolved a disagreement. A second coder's rows are kept beside it for
-- the agreement figures.
CREATE TABLE theme_coding (
    item_id CHAR(36) NOT NULL,
    coder VARCHAR(100) NOT NULL,
    theme_id BIGINT NOT NULL,
    PRIMARY KEY (item_id, coder, theme_id),
    CONSTRAINT fk_theme_coding_item FOREIGN KEY (item_id) REFERENCES said_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_theme_coding_theme FOREIGN KEY (theme_id) REFERENCES theme (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_theme_coding_theme ON theme_coding (theme_id, item_id);

-- Every theme a coding counts for in a report: the theme itself (or the theme it was merged into) and
-- each theme above it, so a report counts each person once under a parent theme however many of its
-- children they were coded with. Rebuilt whole whenever the codebook changes; it is small.
CREATE TABLE theme_rollup (
    theme_id BIGINT NOT NULL,
    counted_as BIGINT NOT NULL,
    PRIMARY KEY (theme_id, counted_as),
    CONSTRAINT fk_theme_rollup_theme FOREIGN KEY (theme_id) REFERENCES theme (id),
    CONSTRAINT fk_theme_rollup_counted FOREIGN KEY (counted_as) REFERENCES theme (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Each theme Chorus suggested for an item, and whether the coder took it: the suggestion precision
-- per theme.
CREATE TABLE theme_suggestion (
    item_id CHAR(36) NOT NULL,
    theme_id BIGINT NOT NULL,
    accepted BOOLEAN NOT NULL,
    PRIMARY KEY (item_id, theme_id),
    CONSTRAINT fk_theme_suggestion_item FOREIGN KEY (item_id) REFERENCES said_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_theme_suggestion_theme FOREIGN KEY (theme_id) REFERENCES theme (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Words the LMNS lists so redaction finds them: staff names, ward names, small places.
CREATE TABLE redaction_name (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind VARCHAR(8) NOT NULL,
    name VARCHAR(120) NOT NULL,
    CONSTRAINT uq_redaction_name UNIQUE (kind, name),
    CONSTRAINT ck_redaction_name_kind CHECK (kind IN ('STAFF', 'WARD', 'PLACE'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row whose lock lets one instance at a time bring new items in, so two never redact and insert
-- the same answer at once. It also says where the search for new survey answers starts, so that it
-- does not read every answer ever given each minute: every answer with an id up to
-- answers_done_below is in the inbox. That mark moves only to an id seen at least ten minutes
-- before a search that has since finished (answers_candidate, seen at candidate_at), because an
-- answer's id is taken when it is written and a response being sent may commit a moment later than
-- one with a higher id. Only service-user answer ids are kept here, never anything of staff.
CREATE TABLE said_sync (
    id INT NOT NULL PRIMARY KEY,
    answers_done_below BIGINT NOT NULL DEFAULT 0,
    answers_candidate BIGINT NOT NULL DEFAULT 0,
    candidate_at DATETIME NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO said_sync (id) VALUES (1);
