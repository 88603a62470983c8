-- Guessing at sign-in and at invitation codes is throttled by where it comes from (issue 10). Times
-- are whole epoch seconds (BIGINT): portable, zone-free, and untouched by the MariaDB driver's
-- dropping of fractional seconds. Sources and typed names are stored only as keyed hashes.

-- The key of those hashes (HMAC-SHA256), made once by whichever instance needs it first.
CREATE TABLE pseudonym_key (
    id INT NOT NULL PRIMARY KEY,
    secret VARCHAR(64) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Failed attempts of one kind ('sign-in', 'invitation-code') from one source in one fixed window.
CREATE TABLE throttle (
    kind VARCHAR(20) NOT NULL,
    source_hash VARCHAR(64) NOT NULL,
    window_start BIGINT NOT NULL,
    hits INT NOT NULL,
    PRIMARY KEY (kind, source_hash, window_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_throttle_window ON throttle (window_start);

-- Sign-in for one typed username from one source: wrong passwords since the last success, the
-- current wait (doubling) and its end, and when this name last signed in from here (0: never), which
-- makes the source "known" and exempt from the account-wide wait. Keyed by the name's hash, not the
-- account, so an unknown name behaves exactly like a known one.
CREATE TABLE sign_in_source (
    name_hash VARCHAR(64) NOT NULL,
    source_hash VARCHAR(64) NOT NULL,
    failures INT NOT NULL DEFAULT 0,
    delay_seconds INT NOT NULL DEFAULT 0,
    blocked_until BIGINT NOT NULL DEFAULT 0,
    signed_in_at BIGINT NOT NULL DEFAULT 0,
    last_seen BIGINT NOT NULL,
    PRIMARY KEY (name_hash, source_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_sign_in_source_last_seen ON sign_in_source (last_seen);

-- Account-wide, a growing wait replaces the 15-minute lock that anyone could renew forever.
ALTER TABLE user_account DROP COLUMN locked_until;
ALTER TABLE user_account ADD COLUMN sign_in_delay INT NOT NULL DEFAULT 0;
ALTER TABLE user_account ADD COLUMN blocked_until BIGINT NOT NULL DEFAULT 0;
UPDATE user_account SET failed_sign_ins = 0;
