-- Who did what in the staff pages: signed in or out, opened a report, downloaded an export, changed
-- something. Appended to, never changed; rows older than chorus.audit.keep are removed. It never
-- holds answers: only the page's address and its outcome. Public survey pages are never recorded,
-- so it cannot tell that a signed-in member of staff answered the staff survey, or when.
CREATE TABLE audit_event (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME NOT NULL,
    username VARCHAR(100) NOT NULL,
    action VARCHAR(16) NOT NULL,
    method VARCHAR(8) NOT NULL,
    address VARCHAR(300) NOT NULL,
    status INT NOT NULL,
    CONSTRAINT ck_audit_event_action CHECK (action IN ('SIGN_IN', 'SIGN_OUT', 'VIEW', 'DOWNLOAD', 'CHANGE'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_user ON audit_event (username, id);
