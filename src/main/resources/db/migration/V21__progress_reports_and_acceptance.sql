-- Yearly progress reports on circular transformation plans (发改办环资〔2021〕1004号 §三(三)): from 2022, each park
-- with an approved plan reports the year's progress against the plan's indicators by December 31. One row per plan
-- and year, made when the year's deadlines are scheduled (a reminder and the 24:00 Asia/Shanghai cut-off, rows of
-- the deadline table naming the report as their subject); the unique key keeps it one however often that runs.
-- The figures stay null until the park files; overdue_at is set by the cut-off when nothing was filed by then, and
-- a report filed after the cut-off keeps that mark (late filing is allowed, flagged).
CREATE SEQUENCE park_progress_report_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE park_progress_report (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    version                 BIGINT        NOT NULL,
    plan_id                 BIGINT        NOT NULL REFERENCES transformation_plan (id),
    report_year             INTEGER       NOT NULL,
    due_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    overdue_at              TIMESTAMP WITH TIME ZONE,
    filed_at                TIMESTAMP WITH TIME ZONE,
    filed_by                VARCHAR(40),
    narrative               VARCHAR(2000),
    energy_saved            NUMERIC(16, 2),
    water_saved             NUMERIC(16, 2),
    co2_reduced             NUMERIC(16, 2),
    solid_waste_reduced     NUMERIC(16, 2),
    wastewater_reduced      NUMERIC(16, 2),
    air_pollutants_reduced  NUMERIC(16, 2),
    energy_per_gdp          NUMERIC(12, 4),
    water_per_gdp           NUMERIC(12, 4),
    solid_waste_utilisation NUMERIC(5, 2),
    CONSTRAINT park_progress_report_year_uq UNIQUE (plan_id, report_year),
    CONSTRAINT park_progress_report_year_ck CHECK (report_year >= 2022),
    CONSTRAINT park_progress_report_rate_ck CHECK (solid_waste_utilisation BETWEEN 0 AND 100)
);

CREATE INDEX park_progress_report_year_ix ON park_progress_report (report_year);

-- The province's acceptance (验收, §三(五)) of a plan, latest outcome on the plan; every acceptance is also a line
-- of the plan's history (transformation_plan_event, kinds ACCEPTED and NOT_ACCEPTED).
ALTER TABLE transformation_plan ADD COLUMN acceptance_result VARCHAR(8);
ALTER TABLE transformation_plan ADD COLUMN acceptance_date DATE;
ALTER TABLE transformation_plan ADD COLUMN acceptance_comment VARCHAR(2000);
ALTER TABLE transformation_plan ADD CONSTRAINT transformation_plan_acceptance_ck
    CHECK (acceptance_result IS NULL OR acceptance_result IN ('PASSED', 'FAILED'));
