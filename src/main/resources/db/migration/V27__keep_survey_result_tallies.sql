-- Survey responses counted as they arrive, so the results, representation and board reports read a
-- few hundred thousand counts instead of joining millions of answers to each respondent's group
-- when they are asked (at a million responses that join alone took 20 s).
--
-- One row per survey, breakdown, day, event (0 for none), the respondent's group in that breakdown
-- (the raw stored value: an ethnicity code, a postcode district, a language tag, a channel, an age
-- band; '' for none), question and chosen option: how many answers, and the sum of their
-- respondents' record keys, which is what disclosure control needs. For a question that takes
-- several answers, option '' counts the people who answered it at all; question '' counts every
-- respondent once, with the channel as the option. Groups are kept raw, not as report rows, so a
-- new edition of the deprivation lookup needs no recount. Only ids, codes and districts are kept,
-- never the words a person wrote beside their ethnic group, and nothing of staff surveys.
CREATE TABLE result_tally (
    survey_id VARCHAR(64) COLLATE utf8mb4_bin NOT NULL,
    breakdown VARCHAR(16) COLLATE utf8mb4_bin NOT NULL,
    submitted_on DATE NOT NULL,
    event_id BIGINT NOT NULL,
    group_value VARCHAR(64) COLLATE utf8mb4_bin NOT NULL,
    question_id VARCHAR(64) COLLATE utf8mb4_bin NOT NULL,
    option_value VARCHAR(64) COLLATE utf8mb4_bin NOT NULL,
    people BIGINT NOT NULL,
    key_sum BIGINT NOT NULL,
    PRIMARY KEY (survey_id, breakdown, submitted_on, event_id, group_value, question_id, option_value)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The respondents (question '') without the answers' rows: who answered in a period, and who at
-- the events of a period, whatever the day they were keyed.
CREATE INDEX ix_result_tally_question ON result_tally (survey_id, breakdown, question_id, submitted_on, event_id);

-- Responses stored (or corrected) and not yet counted, written in the transaction that stores them.
-- Counting runs every half minute and before every results report, so a report is always exact.
-- claimed is set only inside the counting transaction, to fix the set of responses it counts.
CREATE TABLE result_pending (
    response_id BIGINT NOT NULL PRIMARY KEY,
    claimed BOOLEAN NOT NULL DEFAULT FALSE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What each survey's tallies count (its breakdown questions and counted questions, from the survey
-- and its results.yml), so a change to either recounts that survey from its answers once.
CREATE TABLE result_tally_plan (
    survey_id VARCHAR(64) COLLATE utf8mb4_bin NOT NULL PRIMARY KEY,
    plan VARCHAR(64) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row, locked by whoever counts or corrects, so two instances never count a response twice.
CREATE TABLE result_sync (
    id INT NOT NULL PRIMARY KEY
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO result_sync (id) VALUES (1);
