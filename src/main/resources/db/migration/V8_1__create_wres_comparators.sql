-- National WRES figures an administrator enters for each staff survey round, so the report can set
-- the LMNS's indicators 5 to 8 beside them. Either figure may be unknown (NULL).
CREATE TABLE wres_comparator (
    round_id BIGINT NOT NULL,
    indicator INT NOT NULL,
    white_percent DECIMAL(5,2) NULL,
    bme_percent DECIMAL(5,2) NULL,
    PRIMARY KEY (round_id, indicator),
    CONSTRAINT fk_wres_comparator_round FOREIGN KEY (round_id) REFERENCES survey_round (id) ON DELETE CASCADE,
    CONSTRAINT ck_wres_comparator_indicator CHECK (indicator BETWEEN 5 AND 8),
    CONSTRAINT ck_wres_comparator_white CHECK (white_percent BETWEEN 0 AND 100),
    CONSTRAINT ck_wres_comparator_bme CHECK (bme_percent BETWEEN 0 AND 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
