-- Dynamic management (004 §四): the yearly dynamic management form 动态管理表 with its declared changes, the
-- five-yearly re-review 五年一复核, and removal proposals that the removal announcement 移出公告 publishes. The
-- yearly deadlines (reminders, the April 15 cut-off, the re-review sweep, the announcement date) are rows of the
-- deadline table, naming their year as subject ("DynamicYear", year); no table here references them.

-- One form per organisation and year, covering each list it is on (004 §(十八)). The indicators have the columns
-- of an application's (nomination Indicators), so a unit reports what it was benchmarked on.
CREATE SEQUENCE dynamic_form_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE dynamic_form (
    id                  BIGINT        PRIMARY KEY,
    version             BIGINT        NOT NULL,
    organisation_id     BIGINT        NOT NULL REFERENCES organisation (id),
    form_year           INTEGER       NOT NULL,
    city_code           VARCHAR(6)    NOT NULL REFERENCES region (code),
    energy_value        DECIMAL(18,4),
    energy_benchmark    DECIMAL(18,4),
    water_value         DECIMAL(18,4),
    water_benchmark     DECIMAL(18,4),
    resource_value      DECIMAL(18,4),
    resource_benchmark  DECIMAL(18,4),
    renewable_value     DECIMAL(18,4),
    renewable_benchmark DECIMAL(18,4),
    carbon_value        DECIMAL(18,4),
    carbon_benchmark    DECIMAL(18,4),
    remarks             VARCHAR(1000),
    status              VARCHAR(12)   NOT NULL,
    filed_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    filed_by            VARCHAR(40)   NOT NULL,
    reviewed_at         TIMESTAMP WITH TIME ZONE,
    reviewed_by         VARCHAR(40),
    review_note         VARCHAR(500),
    CONSTRAINT dynamic_form_year_uk UNIQUE (organisation_id, form_year)
);
CREATE INDEX dynamic_form_city_idx ON dynamic_form (city_code, form_year);

-- A change declared on the form (004 §(二十)): name, scope, address or boundary, each reviewed by the city.
CREATE SEQUENCE declared_change_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE declared_change (
    id           BIGINT        PRIMARY KEY,
    form_id      BIGINT        NOT NULL REFERENCES dynamic_form (id),
    position     INTEGER       NOT NULL,
    kind         VARCHAR(12)   NOT NULL,
    description  VARCHAR(1000) NOT NULL,
    new_name     VARCHAR(200),
    status       VARCHAR(20)   NOT NULL,
    decided_at   TIMESTAMP WITH TIME ZONE,
    decided_by   VARCHAR(40)
);
CREATE INDEX declared_change_form_idx ON declared_change (form_id);

-- A re-review task (004 §(二十一)): one per listed unit and five-year cycle, the unique key being the second guard
-- behind the deadline's run-once.
CREATE SEQUENCE re_review_task_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE re_review_task (
    id           BIGINT        PRIMARY KEY,
    version      BIGINT        NOT NULL,
    unit_id      BIGINT        NOT NULL REFERENCES listed_unit (id),
    city_code    VARCHAR(6)    NOT NULL REFERENCES region (code),
    cycle_year   INTEGER       NOT NULL,
    opened_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome      VARCHAR(20),
    note         VARCHAR(500),
    concluded_at TIMESTAMP WITH TIME ZONE,
    concluded_by VARCHAR(40),
    CONSTRAINT re_review_task_cycle_uk UNIQUE (unit_id, cycle_year)
);
CREATE INDEX re_review_task_city_idx ON re_review_task (city_code, concluded_at);

-- A proposal to remove a listed unit (004 §(十九), §(二十)), proposed by its city (or by the portal itself for a
-- missed form), decided or dismissed by the province, effected by the removal announcement. form_year is set only
-- for NO_FORM: with the unique key a unit becomes a candidate for one missed year once, however often the
-- April 15 deadline runs (the key ignores rows whose form_year is null on both H2 and PostgreSQL).
CREATE SEQUENCE removal_proposal_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE removal_proposal (
    id                  BIGINT        PRIMARY KEY,
    version             BIGINT        NOT NULL,
    unit_id             BIGINT        NOT NULL REFERENCES listed_unit (id),
    city_code           VARCHAR(6)    NOT NULL REFERENCES region (code),
    ground              VARCHAR(30)   NOT NULL,
    form_year           INTEGER,
    reason              VARCHAR(1000) NOT NULL,
    source              VARCHAR(200),
    evidence_file_name  VARCHAR(200),
    evidence_media_type VARCHAR(100),
    evidence_sha256     VARCHAR(64),
    evidence_size       BIGINT,
    status              VARCHAR(12)   NOT NULL,
    proposed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    proposed_by         VARCHAR(40)   NOT NULL,
    decided_at          TIMESTAMP WITH TIME ZONE,
    decided_by          VARCHAR(40),
    decision_note       VARCHAR(500),
    announcement_id     BIGINT        REFERENCES issued_document (id),
    effected_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT removal_proposal_form_year_uk UNIQUE (unit_id, ground, form_year)
);
CREATE INDEX removal_proposal_status_idx ON removal_proposal (status, city_code);
