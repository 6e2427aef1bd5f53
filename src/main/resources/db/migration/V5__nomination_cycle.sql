-- The yearly nomination cycle (seed 003; 004 §二–§三): batches with per-city quotas and deadlines, the cities'
-- cultivation pools and municipal lists, applications with their reviews up the chain, third-party engagements
-- with their undertakings, and each city's submission. Deadlines live here; an EJB timer only triggers them.

CREATE SEQUENCE batch_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE batch (
    id                  BIGINT       PRIMARY KEY,
    version             BIGINT       NOT NULL,
    batch_year          INTEGER      NOT NULL,
    list_level          VARCHAR(12)  NOT NULL,
    title               VARCHAR(200) NOT NULL,
    unit_types          VARCHAR(60)  NOT NULL,
    submission_deadline DATE         NOT NULL,
    city_list_deadline  DATE         NOT NULL,
    reminder_days       INTEGER      NOT NULL,
    provincial_cap      INTEGER      NOT NULL,
    national_cap        INTEGER      NOT NULL,
    call_notice_id      BIGINT       REFERENCES notice (id),
    opened_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_by           VARCHAR(40)  NOT NULL,
    -- Set once by the deadline's handler; the lock itself is the deadline, checked on every action.
    locked_at           TIMESTAMP WITH TIME ZONE,
    CONSTRAINT batch_title_uk UNIQUE (title)
);
CREATE INDEX batch_year_idx ON batch (batch_year);

CREATE TABLE batch_quota (
    batch_id  BIGINT     NOT NULL REFERENCES batch (id),
    city_code VARCHAR(6) NOT NULL REFERENCES region (code),
    quota     INTEGER    NOT NULL,
    PRIMARY KEY (batch_id, city_code),
    CONSTRAINT batch_quota_positive_ck CHECK (quota >= 0)
);

-- Deadlines of every kind (this cycle, and later publicity periods and yearly forms). A row is done once: its
-- handler runs in the transaction that sets done_at where it was still null.
CREATE SEQUENCE deadline_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE deadline (
    id           BIGINT       PRIMARY KEY,
    kind         VARCHAR(40)  NOT NULL,
    subject_type VARCHAR(40)  NOT NULL,
    subject_id   BIGINT       NOT NULL,
    due_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    done_at      TIMESTAMP WITH TIME ZONE,
    outcome      VARCHAR(500),
    CONSTRAINT deadline_subject_uk UNIQUE (kind, subject_type, subject_id)
);
CREATE INDEX deadline_pending_idx ON deadline (done_at, due_at);

-- 培育库 (004 §(八)): organisations a city cultivates.
CREATE SEQUENCE pool_entry_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE pool_entry (
    id              BIGINT        PRIMARY KEY,
    version         BIGINT        NOT NULL,
    city_code       VARCHAR(6)    NOT NULL REFERENCES region (code),
    organisation_id BIGINT        NOT NULL REFERENCES organisation (id),
    unit_type       VARCHAR(20)   NOT NULL,
    plan            VARCHAR(2000),
    added_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    added_by        VARCHAR(40)   NOT NULL,
    left_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pool_entry_uk UNIQUE (organisation_id, unit_type)
);
CREATE INDEX pool_entry_city_idx ON pool_entry (city_code);

-- Units on a list at a level; this cycle writes the municipal list, the provincial list follows publication.
CREATE SEQUENCE listed_unit_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE listed_unit (
    id              BIGINT        PRIMARY KEY,
    version         BIGINT        NOT NULL,
    organisation_id BIGINT        NOT NULL REFERENCES organisation (id),
    unit_type       VARCHAR(20)   NOT NULL,
    list_level      VARCHAR(12)   NOT NULL,
    list_year       INTEGER       NOT NULL,
    city_code       VARCHAR(6)    NOT NULL REFERENCES region (code),
    basis           VARCHAR(200)  NOT NULL,
    listed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    listed_by       VARCHAR(40)   NOT NULL,
    removed_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT listed_unit_uk UNIQUE (organisation_id, unit_type, list_level)
);
CREATE INDEX listed_unit_city_idx ON listed_unit (city_code, list_level, list_year);

-- 申报: one per organisation and batch.
CREATE SEQUENCE application_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE application (
    id                    BIGINT        PRIMARY KEY,
    version               BIGINT        NOT NULL,
    batch_id              BIGINT        NOT NULL REFERENCES batch (id),
    organisation_id       BIGINT        NOT NULL REFERENCES organisation (id),
    unit_type             VARCHAR(20)   NOT NULL,
    region_code           VARCHAR(6)    NOT NULL REFERENCES region (code),
    city_code             VARCHAR(6)    NOT NULL REFERENCES region (code),
    production_region     VARCHAR(6)    REFERENCES region (code),
    industry              VARCHAR(60),
    route                 VARCHAR(20)   NOT NULL,
    institution_id        BIGINT        REFERENCES organisation (id),
    status                VARCHAR(20)   NOT NULL,
    report_name           VARCHAR(200),
    report_sha256         CHAR(64),
    report_size           BIGINT,
    energy_value          NUMERIC(18,4),
    energy_benchmark      NUMERIC(18,4),
    water_value           NUMERIC(18,4),
    water_benchmark       NUMERIC(18,4),
    resource_value        NUMERIC(18,4),
    resource_benchmark    NUMERIC(18,4),
    renewable_value       NUMERIC(18,4),
    renewable_benchmark   NUMERIC(18,4),
    carbon_value          NUMERIC(18,4),
    carbon_benchmark      NUMERIC(18,4),
    legal_boundary        BOOLEAN,
    unified_management    BOOLEAN,
    industrial_share      NUMERIC(7,2),
    cultivation_plan      BOOLEAN,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at          TIMESTAMP WITH TIME ZONE,
    nominated_at          TIMESTAMP WITH TIME ZONE,
    CONSTRAINT application_uk UNIQUE (batch_id, organisation_id)
);
CREATE INDEX application_batch_city_idx ON application (batch_id, city_code, status);
CREATE INDEX application_institution_idx ON application (institution_id);

-- Each step up the chain, kept for good: approved or returned with a comment.
CREATE SEQUENCE review_step_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE review_step (
    id             BIGINT        PRIMARY KEY,
    application_id BIGINT        NOT NULL REFERENCES application (id),
    stage          VARCHAR(12)   NOT NULL,
    decision       VARCHAR(12)   NOT NULL,
    review_comment VARCHAR(2000),
    decided_by     VARCHAR(40)   NOT NULL,
    decided_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX review_step_application_idx ON review_step (application_id);

-- A third-party institution's engagement for one application (003 §二(一); 004 §(二十二)).
CREATE SEQUENCE engagement_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE engagement (
    id                  BIGINT        PRIMARY KEY,
    version             BIGINT        NOT NULL,
    application_id      BIGINT        NOT NULL REFERENCES application (id),
    institution_id      BIGINT        NOT NULL REFERENCES organisation (id),
    batch_id            BIGINT        NOT NULL REFERENCES batch (id),
    list_level          VARCHAR(12)   NOT NULL,
    engagement_year     INTEGER       NOT NULL,
    -- The legal person group (the institution with its affiliates) and legal representative at acceptance.
    group_code          VARCHAR(18)   NOT NULL,
    legal_representative VARCHAR(60)  NOT NULL,
    status              VARCHAR(12)   NOT NULL,
    requested_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at          TIMESTAMP WITH TIME ZONE,
    decided_by          VARCHAR(40),
    undertaking_id      BIGINT        REFERENCES issued_document (id),
    signed_name         VARCHAR(200),
    signed_sha256       CHAR(64),
    signed_size         BIGINT,
    signed_at           TIMESTAMP WITH TIME ZONE,
    signature_status    VARCHAR(20),
    signer_subject      VARCHAR(500),
    signer_issuer       VARCHAR(500),
    signer_serial       VARCHAR(100),
    signer_fingerprint  CHAR(64),
    signing_time        TIMESTAMP WITH TIME ZONE
);
CREATE INDEX engagement_application_idx ON engagement (application_id);
CREATE INDEX engagement_cap_idx ON engagement (batch_id, group_code, status);
CREATE INDEX engagement_rep_idx ON engagement (engagement_year, list_level, legal_representative, status);

-- Each city's submission to the province for a batch: its nominees, its nomination letter, its state.
CREATE SEQUENCE city_submission_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE city_submission (
    id                     BIGINT        PRIMARY KEY,
    version                BIGINT        NOT NULL,
    batch_id               BIGINT        NOT NULL REFERENCES batch (id),
    city_code              VARCHAR(6)    NOT NULL REFERENCES region (code),
    status                 VARCHAR(12)   NOT NULL,
    letter_id              BIGINT        REFERENCES issued_document (id),
    letter_number          VARCHAR(80),
    submitted_at           TIMESTAMP WITH TIME ZONE,
    submitted_by           VARCHAR(40),
    returned_at            TIMESTAMP WITH TIME ZONE,
    return_reason          VARCHAR(2000),
    correction_due         DATE,
    city_list_reported_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT city_submission_uk UNIQUE (batch_id, city_code)
);

CREATE SEQUENCE submission_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE submission_event (
    id            BIGINT        PRIMARY KEY,
    submission_id BIGINT        NOT NULL REFERENCES city_submission (id),
    event         VARCHAR(20)   NOT NULL,
    detail        VARCHAR(2000),
    letter_id     BIGINT        REFERENCES issued_document (id),
    acted_by      VARCHAR(40)   NOT NULL,
    acted_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX submission_event_submission_idx ON submission_event (submission_id);
