-- Quotes for reports: a coder proposes words from an item's redacted text as a quote for one theme,
-- and a second person approves it before any report shows it (four eyes). No time is kept: a quote
-- of a staff item must not date the answer it came from.
CREATE TABLE theme_quote (
    id CHAR(36) NOT NULL PRIMARY KEY,
    item_id CHAR(36) NOT NULL,
    theme_id BIGINT NOT NULL,
    quote_text VARCHAR(2000) NOT NULL,
    gloss VARCHAR(2000) NULL,
    proposed_by VARCHAR(100) NOT NULL,
    status VARCHAR(16) NOT NULL,
    decided_by VARCHAR(100) NULL,
    version INT NOT NULL DEFAULT 0,
    CONSTRAINT fk_theme_quote_item FOREIGN KEY (item_id) REFERENCES said_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_theme_quote_theme FOREIGN KEY (theme_id) REFERENCES theme (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_theme_quote_status ON theme_quote (status, item_id);
CREATE INDEX ix_theme_quote_item ON theme_quote (item_id);
