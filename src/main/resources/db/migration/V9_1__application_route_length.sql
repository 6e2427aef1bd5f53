-- The route column was too short for its longest value: SELF_EVALUATION (15 characters) did not fit VARCHAR(12), so
-- no application could be started. SET DATA TYPE is the form H2 and PostgreSQL share. Numbered 9.1 to sort after V8
-- and stay clear of the next whole version.
ALTER TABLE application ALTER COLUMN route SET DATA TYPE VARCHAR(20);
