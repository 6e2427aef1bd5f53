-- National low-carbon industrial park pilots (工信部联节〔2013〕408号, seed 002). The province keeps a pilot call per
-- year with the date its recommendation is due (the deadline rows drive the reminder and the overdue mark); parks
-- apply with the material outline of the notice's annex; the province confirms their eligibility (§四(一)) and
-- shortlists two or three (§四(二)), which the joint recommendation letter names. The later stages (approval as a
-- pilot, the implementation plan, periodic checks, acceptance, re-review) are a status and an ordered history.
CREATE SEQUENCE pilot_call_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE pilot_call (
    id                BIGINT       NOT NULL PRIMARY KEY,
    version           BIGINT       NOT NULL,
    call_year         INTEGER      NOT NULL,
    title             VARCHAR(200) NOT NULL,
    recommendation_due DATE        NOT NULL,
    reminder_days     INTEGER      NOT NULL,
    letter_id         BIGINT       REFERENCES issued_document (id),
    letter_issued_at  TIMESTAMP WITH TIME ZONE,
    overdue_at        TIMESTAMP WITH TIME ZONE,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(40)  NOT NULL,
    CONSTRAINT pilot_call_title_uq UNIQUE (title),
    CONSTRAINT pilot_call_reminder_ck CHECK (reminder_days BETWEEN 1 AND 60)
);

CREATE SEQUENCE pilot_application_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE pilot_application (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    version             BIGINT        NOT NULL,
    call_id             BIGINT        NOT NULL REFERENCES pilot_call (id),
    organisation_id     BIGINT        NOT NULL REFERENCES organisation (id),
    status              VARCHAR(12)   NOT NULL,
    zone_kind           VARCHAR(30)   NOT NULL,
    catalogued          BOOLEAN       NOT NULL,
    working_base        BOOLEAN       NOT NULL,
    clear_goals         BOOLEAN       NOT NULL,
    basics              VARCHAR(4000) NOT NULL,
    technology          VARCHAR(4000) NOT NULL,
    resource_use        VARCHAR(4000) NOT NULL,
    waste_use           VARCHAR(4000) NOT NULL,
    management          VARCHAR(4000) NOT NULL,
    goals               VARCHAR(4000) NOT NULL,
    submitted_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(40)   NOT NULL,
    CONSTRAINT pilot_application_park_uq UNIQUE (call_id, organisation_id),
    CONSTRAINT pilot_application_status_ck CHECK (status IN ('SUBMITTED', 'ELIGIBLE', 'INELIGIBLE', 'RECOMMENDED',
        'NOT_SELECTED', 'PILOT', 'PLAN_FILED', 'ACCEPTED', 'WITHDRAWN'))
);

CREATE INDEX pilot_application_call_ix ON pilot_application (call_id, status);

-- Three years of energy and resource use and of waste and its use (annex 二 and 三), one row per year.
CREATE TABLE pilot_application_year (
    application_id      BIGINT         NOT NULL REFERENCES pilot_application (id),
    position            INTEGER        NOT NULL,
    figure_year         INTEGER        NOT NULL,
    added_value         NUMERIC(16, 2) NOT NULL,
    energy_use          NUMERIC(16, 2) NOT NULL,
    water_use           NUMERIC(16, 2) NOT NULL,
    co2_emitted         NUMERIC(16, 2) NOT NULL,
    solid_waste         NUMERIC(16, 2) NOT NULL,
    solid_waste_used    NUMERIC(16, 2) NOT NULL,
    PRIMARY KEY (application_id, position),
    CONSTRAINT pilot_application_year_used_ck CHECK (solid_waste_used <= solid_waste)
);

-- The uploaded PDFs (the materials, later the approved implementation plan), kept in the file store by SHA-256.
CREATE TABLE pilot_application_file (
    application_id BIGINT       NOT NULL REFERENCES pilot_application (id),
    position       INTEGER      NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    sha256         VARCHAR(64)  NOT NULL,
    file_size      BIGINT       NOT NULL,
    uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (application_id, position)
);

CREATE TABLE pilot_application_event (
    application_id BIGINT        NOT NULL REFERENCES pilot_application (id),
    position       INTEGER       NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    event_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    event_by       VARCHAR(40)   NOT NULL,
    note           VARCHAR(2000),
    PRIMARY KEY (application_id, position)
);
