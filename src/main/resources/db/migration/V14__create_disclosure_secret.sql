-- The secret behind the record keys of the cell key method (chorus.disclosure.RecordKeys). Every
-- report perturbs its counts by the keys of the records behind them, so the secret must be the same
-- for every instance and for ever: a new secret would give every figure fresh noise, and a reader
-- who kept the old figures could average the noise away. One row only. It is not made here because
-- H2 and MySQL share no strong random function: the first instance to start inserts one
-- (INSERT IGNORE, so two instances starting together still end up with the same).
CREATE TABLE disclosure_secret (
    id INT NOT NULL PRIMARY KEY,
    secret CHAR(64) NOT NULL,
    CONSTRAINT ck_disclosure_secret_single CHECK (id = 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
