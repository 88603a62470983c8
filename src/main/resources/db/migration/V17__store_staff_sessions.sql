-- Signed-in staff sessions, in the database every Chorus instance shares, so any instance behind a
-- load balancer serves any request and a restart signs nobody out. The id is the SHA-256 of the
-- session cookie, so reading this table does not let anyone take over a session.
CREATE TABLE staff_session (
    id_hash CHAR(64) NOT NULL PRIMARY KEY,
    attributes TEXT NOT NULL,
    created_at DATETIME NOT NULL,
    last_accessed_at DATETIME NOT NULL,
    expires_at DATETIME NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_staff_session_expiry ON staff_session (expires_at);
