-- The themes each coded item counts for, kept so the themes report reads one narrow table instead of
-- joining every coding to the theme hierarchy, the item and the response when it is asked.
--
-- One row per item and theme: only the coding that counts (the item's decided_by) of an item whose
-- status is CODED, rolled up through theme_rollup, so a coding counts for its theme (or the theme it
-- was merged into) and every theme above it, once per item however many of a theme's children it
-- was given. Chorus writes an item's rows in the same transaction as its coding, and rewrites the
-- rows of the themes whose place changed when the codebook changes (see SaidThemeStore).
--
-- What an item says about where and who it came from never changes once it is in the inbox, so it
-- is copied here: the day, source, MVP, survey and round that scope a report, the language and
-- channel a report divides people by, and the person. A service user is their response, or for a
-- comment heard at an event and linked to none, the comment (as a negative number); a member of
-- staff is their staff response. person_key is that person's record key, item_key the item's. The
-- answers a report divides people by (ethnic group, postcode) are not copied: a correction of a paper
-- form can change them, so a report still reads them where they are.
--
-- The primary key puts each theme's people together, so a report counts each person once per theme
-- in one pass in key order. Codes are ASCII: narrow rows keep the table in memory at a million codings.
CREATE TABLE said_theme (
    theme_id BIGINT NOT NULL,
    person VARCHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    item_id CHAR(36) NOT NULL,
    source VARCHAR(8) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    said_on DATE NULL,
    round_id BIGINT NULL,
    mvp_id BIGINT NULL,
    survey_id VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    response_id BIGINT NULL,
    language VARCHAR(35) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    channel VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    sentiment VARCHAR(8) CHARACTER SET ascii COLLATE ascii_bin NULL,
    item_key SMALLINT NOT NULL,
    person_key SMALLINT NOT NULL,
    PRIMARY KEY (theme_id, person, item_id),
    CONSTRAINT fk_said_theme_item FOREIGN KEY (item_id) REFERENCES said_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_said_theme_theme FOREIGN KEY (theme_id) REFERENCES theme (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_said_theme_item ON said_theme (item_id, theme_id);

-- The items coded before this table existed.
INSERT INTO said_theme (theme_id, person, item_id, source, said_on, round_id, mvp_id, survey_id, response_id, language,
                        channel, sentiment, item_key, person_key)
SELECT DISTINCT u.counted_as,
       CASE WHEN i.source = 'STAFF' THEN i.staff_response_id WHEN i.response_id IS NOT NULL THEN CONCAT('', i.response_id)
            WHEN i.comment_id IS NOT NULL THEN CONCAT('-', i.comment_id) ELSE '' END,
       i.id, i.source, i.said_on, i.round_id, i.mvp_id, i.survey_id, i.response_id, i.language, i.channel, i.sentiment,
       i.record_key,
       CASE WHEN i.source = 'STAFF' THEN s.record_key ELSE COALESCE(r.record_key, i.record_key) END
FROM said_item i
JOIN theme_coding c ON c.item_id = i.id AND c.coder = i.decided_by
JOIN theme_rollup u ON u.theme_id = c.theme_id
LEFT JOIN response r ON r.id = i.response_id
LEFT JOIN staff_response s ON s.id = i.staff_response_id
WHERE i.status = 'CODED';
