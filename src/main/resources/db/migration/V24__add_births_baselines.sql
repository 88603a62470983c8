-- A baseline is of the population (everyone living in the area, by ethnic group) or of births
-- (babies born to mothers living there, by the mother's ethnic group). Survey respondents are
-- compared with births: the people a maternity survey should reach are those who gave birth, whose
-- make-up differs from the whole population's (younger, and more often from ethnic minority groups).
-- A births file and a population file may share a source and year, so the kind is part of the key.
ALTER TABLE population_baseline ADD COLUMN kind VARCHAR(12) NOT NULL DEFAULT 'POPULATION';
ALTER TABLE population_baseline ADD CONSTRAINT ck_population_baseline_kind CHECK (kind IN ('POPULATION', 'BIRTHS'));
ALTER TABLE population_baseline DROP CONSTRAINT uq_population_baseline;
ALTER TABLE population_baseline ADD CONSTRAINT uq_population_baseline UNIQUE (kind, area, source, year_of);
