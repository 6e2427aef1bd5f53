-- The route column was too short for its longest value, SELF_EVALUATION (15 characters), so no applicant could
-- start an application. SET DATA TYPE is understood by both H2 and PostgreSQL.
ALTER TABLE application ALTER COLUMN route SET DATA TYPE VARCHAR(20);
