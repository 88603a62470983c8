-- What people said, counted as it is coded, so the themes report reads some thousands of counts
-- instead of every coded item and the answers of everyone behind them (at a million codings that
-- read took 3.5 s). Service users only: staff items are few, and nothing of staff surveys is kept.
--
-- One row per breakdown, day, theme, source, MVP (0 for none), survey ('' for none) and group:
-- how many people (or, for ITEMS, items) and the sum of their record keys, which is what disclosure
-- control needs. Breakdowns: PEOPLE (group ''), LANGUAGE, CHANNEL, ETHNICITY (the chosen code only,
-- never the words beside it), DISTRICT (as typed, at most 64 characters) and ITEMS (by sentiment).
-- A person counts once per theme and group value, as the report counts them.
--
-- A person is counted here only while all their items share one day, source, MVP and survey, so
-- that any period or scope takes all of them or none, and the counts of several days add up
-- exactly. The few who span several (a survey response with a comment at an event linked to it)
-- are listed in said_mixed and counted by the report from their items, as before.
CREATE TABLE said_count (
    breakdown VARCHAR(9) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    said_on DATE NOT NULL,
    theme_id BIGINT NOT NULL,
    source VARCHAR(8) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    mvp_id BIGINT NOT NULL,
    survey_id VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    group_value VARCHAR(64) COLLATE utf8mb4_bin NOT NULL,
    people BIGINT NOT NULL,
    key_sum BIGINT NOT NULL,
    PRIMARY KEY (breakdown, said_on, theme_id, source, mvp_id, survey_id, group_value)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE said_mixed (
    person VARCHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- People whose items or answers changed and who are not counted until Chorus counts them again:
-- their counts were taken back in the transaction that changed them. Counting runs every half
-- minute and before every themes report. claimed is set only inside the counting transaction.
CREATE TABLE said_pending (
    person VARCHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
    claimed BOOLEAN NOT NULL DEFAULT FALSE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The questions the counts were made with (ethnicity and postcode district questions of every
-- service-user survey): when new survey files change them, everything is counted again once. No
-- row yet means nothing was counted, so the first start counts what was coded before this table.
CREATE TABLE said_count_plan (
    id INT NOT NULL PRIMARY KEY,
    plan VARCHAR(64) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row, locked by whoever changes or counts, so two instances never count a person twice.
CREATE TABLE said_count_sync (
    id INT NOT NULL PRIMARY KEY
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO said_count_sync (id) VALUES (1);

-- A person's rows, read when they are counted or taken back.
CREATE INDEX ix_said_theme_person ON said_theme (person, theme_id);
