-- The Maternity and Neonatal Voices Partnerships of the LMNS. An MVP lead works on the records of
-- one MVP only (user_account.mvp_id); administrators and analysts see all.
CREATE TABLE mvp (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(32) NOT NULL,
    name VARCHAR(200) NOT NULL,
    CONSTRAINT uq_mvp_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE user_account ADD COLUMN mvp_id BIGINT NULL;
ALTER TABLE user_account ADD CONSTRAINT fk_user_account_mvp FOREIGN KEY (mvp_id) REFERENCES mvp (id);

-- An activity where an MVP heard people. reference is a random short code for the event's QR link,
-- printed slips and kiosk; it reveals nothing about the event. attendance is how many took part,
-- so tallies can be checked against it and the rest counted as "not asked".
CREATE TABLE listening_event (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    mvp_id BIGINT NOT NULL,
    reference VARCHAR(12) NOT NULL,
    kind VARCHAR(24) NOT NULL,
    held_on DATE NOT NULL,
    online BOOLEAN NOT NULL DEFAULT FALSE,
    place VARCHAR(200) NULL,
    locality VARCHAR(100) NULL,
    partner_organisation VARCHAR(200) NULL,
    interpreter_present BOOLEAN NOT NULL DEFAULT FALSE,
    attendance INT NOT NULL,
    CONSTRAINT uq_listening_event_reference UNIQUE (reference),
    CONSTRAINT fk_listening_event_mvp FOREIGN KEY (mvp_id) REFERENCES mvp (id),
    CONSTRAINT ck_listening_event_kind CHECK (kind IN ('LISTENING_EVENT', 'WALK_THE_PATCH', 'FIFTEEN_STEPS',
        'COMMUNITY_VISIT', 'ONLINE_MEETING', 'OTHER')),
    CONSTRAINT ck_listening_event_attendance CHECK (attendance >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_listening_event_mvp ON listening_event (mvp_id, held_on);

CREATE TABLE listening_event_language (
    event_id BIGINT NOT NULL,
    language VARCHAR(35) NOT NULL,
    PRIMARY KEY (event_id, language),
    CONSTRAINT fk_listening_event_language_event FOREIGN KEY (event_id) REFERENCES listening_event (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Counts per NHS ethnic category (A to S, and Z for "not stated") when individual "about you" forms
-- were not used. The tallies of an event never exceed its attendance; the rest were not asked.
CREATE TABLE event_tally (
    event_id BIGINT NOT NULL,
    ethnic_category VARCHAR(2) NOT NULL,
    people INT NOT NULL,
    PRIMARY KEY (event_id, ethnic_category),
    CONSTRAINT fk_event_tally_event FOREIGN KEY (event_id) REFERENCES listening_event (id) ON DELETE CASCADE,
    CONSTRAINT ck_event_tally_people CHECK (people >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Surveys answered at or for an event (a kiosk, the event's QR link, a keyed-in slip) carry the event,
-- so people heard there count in that event's figures whichever way they answered.
ALTER TABLE draft ADD COLUMN event_id BIGINT NULL;
ALTER TABLE response ADD COLUMN event_id BIGINT NULL;
ALTER TABLE response ADD CONSTRAINT fk_response_event FOREIGN KEY (event_id) REFERENCES listening_event (id);
CREATE INDEX ix_response_event ON response (event_id);

-- What people said at an event, in the language they said it, optionally beside the "about you"
-- response of the person who said it. Theme coding comes later.
CREATE TABLE event_comment (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_id BIGINT NOT NULL,
    language VARCHAR(35) NOT NULL,
    comment_text TEXT NOT NULL,
    response_id BIGINT NULL,
    CONSTRAINT fk_event_comment_event FOREIGN KEY (event_id) REFERENCES listening_event (id) ON DELETE CASCADE,
    CONSTRAINT fk_event_comment_response FOREIGN KEY (response_id) REFERENCES response (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
