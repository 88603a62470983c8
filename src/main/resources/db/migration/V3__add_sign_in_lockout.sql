-- Repeated wrong passwords lock an account for a while, so a password cannot be guessed online.
ALTER TABLE user_account ADD COLUMN failed_sign_ins INT NOT NULL DEFAULT 0;
ALTER TABLE user_account ADD COLUMN locked_until DATETIME NULL;
