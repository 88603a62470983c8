-- "You said, we did": what the LMNS or one MVP is changing because of what people said. An action
-- belongs to one MVP, or to the whole LMNS when mvp_id is null. The public page shows the actions in
-- progress and done; owner, the reason for not doing one, and the linked items stay on staff pages.
--
-- Linked items are referenced, never copied: their words stay redacted in said_item, and an item that
-- is deleted leaves the action.
CREATE TABLE action_item (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    mvp_id BIGINT NULL,
    title VARCHAR(200) NOT NULL,
    you_said VARCHAR(2000) NOT NULL,
    we_did VARCHAR(4000) NOT NULL,
    evidence VARCHAR(4000) NULL,
    owner VARCHAR(200) NOT NULL,
    status VARCHAR(12) NOT NULL,
    not_doing_reason VARCHAR(2000) NULL,
    started_on DATE NULL,
    due_on DATE NULL,
    done_on DATE NULL,
    changed_by VARCHAR(100) NOT NULL,
    version INT NOT NULL DEFAULT 0,
    CONSTRAINT fk_action_item_mvp FOREIGN KEY (mvp_id) REFERENCES mvp (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_action_item_status ON action_item (status, mvp_id);

CREATE TABLE action_theme (
    action_id BIGINT NOT NULL,
    theme_id BIGINT NOT NULL,
    PRIMARY KEY (action_id, theme_id),
    CONSTRAINT fk_action_theme_action FOREIGN KEY (action_id) REFERENCES action_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_action_theme_theme FOREIGN KEY (theme_id) REFERENCES theme (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE action_said (
    action_id BIGINT NOT NULL,
    item_id CHAR(36) NOT NULL,
    PRIMARY KEY (action_id, item_id),
    CONSTRAINT fk_action_said_action FOREIGN KEY (action_id) REFERENCES action_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_action_said_item FOREIGN KEY (item_id) REFERENCES said_item (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Translations of an action's public texts, made by the same XLIFF round trip as the surveys'. source
-- is the fingerprint of the English translated from: when the English changes, the public page shows
-- the English again (marked lang="en") until the translation is redone.
CREATE TABLE action_text (
    action_id BIGINT NOT NULL,
    lang VARCHAR(35) NOT NULL,
    field VARCHAR(12) NOT NULL,
    text VARCHAR(4000) NOT NULL,
    source CHAR(8) NOT NULL,
    PRIMARY KEY (action_id, lang, field),
    CONSTRAINT fk_action_text_action FOREIGN KEY (action_id) REFERENCES action_item (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
