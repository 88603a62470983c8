-- A tablet in kiosk mode at a listening event. The tablet's cookie holds a random token; only its
-- SHA-256 is stored. Kept in the database, not signed into the cookie, so it survives restarts and
-- works across instances without a shared secret, and ending it on the server ends it for good.
CREATE TABLE kiosk (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    token_hash CHAR(64) NOT NULL,
    survey_id VARCHAR(64) NOT NULL,
    event_id BIGINT NOT NULL,
    expires_at DATETIME NOT NULL,
    CONSTRAINT uq_kiosk_token UNIQUE (token_hash),
    CONSTRAINT fk_kiosk_event FOREIGN KEY (event_id) REFERENCES listening_event (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_kiosk_expiry ON kiosk (expires_at);
