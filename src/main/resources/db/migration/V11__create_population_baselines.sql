-- A comparison population imported by an analyst: one set per area, source and year, with either
-- counts or published shares (percentages) per ethnic category or broad group. The figures are kept
-- as imported; the report maps them onto the five NHS groups when it reads them.
CREATE TABLE population_baseline (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    area VARCHAR(100) NOT NULL,
    source VARCHAR(200) NOT NULL,
    year_of INT NOT NULL,
    classification VARCHAR(8) NOT NULL,
    measure VARCHAR(8) NOT NULL,
    imported_on DATE NOT NULL,
    CONSTRAINT uq_population_baseline UNIQUE (area, source, year_of),
    CONSTRAINT ck_population_baseline_measure CHECK (measure IN ('COUNT', 'SHARE')),
    CONSTRAINT ck_population_baseline_classification CHECK (classification IN ('NHS', 'ONS'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE population_baseline_figure (
    baseline_id BIGINT NOT NULL,
    category VARCHAR(100) NOT NULL,
    amount DECIMAL(14, 4) NOT NULL,
    PRIMARY KEY (baseline_id, category),
    CONSTRAINT fk_population_baseline_figure FOREIGN KEY (baseline_id) REFERENCES population_baseline (id) ON DELETE CASCADE,
    CONSTRAINT ck_population_baseline_amount CHECK (amount >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Postcode district (outward code) to an approximate IMD quintile (1 = most deprived fifth), made by
-- the LMNS from the ONS Postcode Directory and the English Indices of Deprivation. Approximate: a
-- district spans many small areas of different deprivation.
CREATE TABLE deprivation_lookup (
    postcode_district VARCHAR(4) NOT NULL PRIMARY KEY,
    quintile INT NOT NULL,
    CONSTRAINT ck_deprivation_lookup_quintile CHECK (quintile BETWEEN 1 AND 5)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
