-- A migration that cannot run, for chorus.system.StartupFailureTest.
ALTER TABLE no_such_table ADD COLUMN nothing INT;
