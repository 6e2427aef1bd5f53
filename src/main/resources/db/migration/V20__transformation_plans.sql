-- Circular transformation implementation plans (发改办环资〔2021〕1004号 §三(二)(三)): one per park (一园一策),
-- written by the park's management body, approved or returned with comments by the province. The unique constraint
-- on organisation_id keeps one plan per park even when two submissions race. Projects and the history of
-- submissions and decisions are kept in order beside the plan.
CREATE SEQUENCE transformation_plan_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE transformation_plan (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    version                 BIGINT        NOT NULL,
    organisation_id         BIGINT        NOT NULL REFERENCES organisation (id),
    status                  VARCHAR(12)   NOT NULL,
    basics                  VARCHAR(4000) NOT NULL,
    main_tasks              VARCHAR(4000) NOT NULL,
    measures                VARCHAR(4000) NOT NULL,
    energy_saved            NUMERIC(16, 2) NOT NULL,
    water_saved             NUMERIC(16, 2) NOT NULL,
    co2_reduced             NUMERIC(16, 2) NOT NULL,
    solid_waste_reduced     NUMERIC(16, 2) NOT NULL,
    wastewater_reduced      NUMERIC(16, 2) NOT NULL,
    air_pollutants_reduced  NUMERIC(16, 2) NOT NULL,
    energy_per_gdp          NUMERIC(12, 4) NOT NULL,
    water_per_gdp           NUMERIC(12, 4) NOT NULL,
    solid_waste_utilisation NUMERIC(5, 2)  NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by              VARCHAR(40)   NOT NULL,
    approved_at             TIMESTAMP WITH TIME ZONE,
    CONSTRAINT transformation_plan_park_uq UNIQUE (organisation_id),
    CONSTRAINT transformation_plan_status_ck CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED')),
    CONSTRAINT transformation_plan_rate_ck CHECK (solid_waste_utilisation BETWEEN 0 AND 100)
);

CREATE INDEX transformation_plan_status_ix ON transformation_plan (status);

CREATE TABLE transformation_plan_project (
    plan_id    BIGINT         NOT NULL REFERENCES transformation_plan (id),
    position   INTEGER        NOT NULL,
    name       VARCHAR(200)   NOT NULL,
    content    VARCHAR(1000)  NOT NULL,
    investment NUMERIC(14, 2) NOT NULL,
    start_year INTEGER        NOT NULL,
    end_year   INTEGER        NOT NULL,
    PRIMARY KEY (plan_id, position),
    CONSTRAINT transformation_plan_project_years_ck CHECK (start_year <= end_year)
);

CREATE TABLE transformation_plan_event (
    plan_id  BIGINT        NOT NULL REFERENCES transformation_plan (id),
    position INTEGER       NOT NULL,
    kind     VARCHAR(12)   NOT NULL,
    event_at TIMESTAMP WITH TIME ZONE NOT NULL,
    event_by VARCHAR(40)   NOT NULL,
    note     VARCHAR(2000),
    PRIMARY KEY (plan_id, position)
);
