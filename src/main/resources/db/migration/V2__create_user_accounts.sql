CREATE TABLE user_account (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    username VARCHAR(100) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    role VARCHAR(20) NOT NULL,
    created_on DATE NOT NULL,
    CONSTRAINT uq_user_account_username UNIQUE (username),
    CONSTRAINT ck_user_account_role CHECK (role IN ('ADMIN', 'ANALYST', 'DATA_ENTRY', 'MVP_LEAD'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
