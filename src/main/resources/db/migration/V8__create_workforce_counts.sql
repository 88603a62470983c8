-- WRES workforce data (indicators 1-4 and 9): HR counts that an analyst uploads for a reporting
-- snapshot, say "2026" taken on 31 March. Counts only: nothing here names or describes a person.
CREATE TABLE workforce_snapshot (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    taken_on DATE NOT NULL,
    CONSTRAINT uq_workforce_snapshot_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row of the uploaded file: an organisation's staff group, band and ethnicity group (WRES White,
-- BME or unknown). Applicants are not staff, so shortlisted has no bound from headcount.
CREATE TABLE workforce_count (
    snapshot_id BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    staff_group VARCHAR(32) NOT NULL,
    band VARCHAR(16) NOT NULL,
    ethnicity VARCHAR(8) NOT NULL,
    headcount INT NOT NULL,
    shortlisted INT NOT NULL,
    appointed_from_shortlisting INT NOT NULL,
    entered_disciplinary INT NOT NULL,
    accessed_training INT NOT NULL,
    board_voting_members INT NOT NULL,
    CONSTRAINT pk_workforce_count PRIMARY KEY (snapshot_id, organisation_id, staff_group, band, ethnicity),
    CONSTRAINT fk_workforce_count_snapshot FOREIGN KEY (snapshot_id) REFERENCES workforce_snapshot (id) ON DELETE CASCADE,
    CONSTRAINT fk_workforce_count_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_workforce_count_ethnicity CHECK (ethnicity IN ('white', 'bme', 'unknown')),
    CONSTRAINT ck_workforce_count_counts CHECK (headcount >= 0 AND shortlisted >= 0 AND board_voting_members >= 0
        AND appointed_from_shortlisting BETWEEN 0 AND shortlisted
        AND entered_disciplinary BETWEEN 0 AND headcount
        AND accessed_training BETWEEN 0 AND headcount)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
