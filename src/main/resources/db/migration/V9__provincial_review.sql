-- The provincial comprehensive review (004 §(十五)): 初审 checklists, the expert pool, recorded random draws, panel
-- assignments and scores, on-site inspections by sampling, and the proposed list (拟入选名单) per batch.

-- 初审: one per application; the checklist is copied from the rules and indicators when the review is opened.
CREATE SEQUENCE preliminary_review_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE preliminary_review (
    id              BIGINT        PRIMARY KEY,
    version         BIGINT        NOT NULL,
    application_id  BIGINT        NOT NULL REFERENCES application (id),
    outcome         VARCHAR(8),
    reasons         VARCHAR(2000),
    opened_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by      VARCHAR(40),
    decided_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT preliminary_review_uk UNIQUE (application_id)
);

CREATE TABLE preliminary_check_item (
    review_id       BIGINT        NOT NULL REFERENCES preliminary_review (id),
    position        INTEGER       NOT NULL,
    code            VARCHAR(60)   NOT NULL,
    clause          VARCHAR(100),
    portal_verdict  VARCHAR(20)   NOT NULL,
    facts           VARCHAR(500),
    finding         VARCHAR(8),
    note            VARCHAR(1000),
    PRIMARY KEY (review_id, position)
);

-- 专家库.
CREATE SEQUENCE expert_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE expert (
    id             BIGINT        PRIMARY KEY,
    version        BIGINT        NOT NULL,
    name           VARCHAR(60)   NOT NULL,
    specialty      VARCHAR(100)  NOT NULL,
    employer_name  VARCHAR(200)  NOT NULL,
    employer_code  VARCHAR(18),
    city_code      VARCHAR(6)    NOT NULL REFERENCES region (code),
    account_id     BIGINT        REFERENCES account (id),
    active         BOOLEAN       NOT NULL,
    CONSTRAINT expert_account_uk UNIQUE (account_id)
);

CREATE TABLE expert_tie (
    expert_id       BIGINT        NOT NULL REFERENCES expert (id),
    position        INTEGER       NOT NULL,
    tie_kind        VARCHAR(14)   NOT NULL,
    institution_id  BIGINT        REFERENCES organisation (id),
    credit_code     VARCHAR(18),
    nature          VARCHAR(100)  NOT NULL,
    PRIMARY KEY (expert_id, position)
);

-- Every random draw, immutable once written: seed, candidates with their facts as they stood, exclusions, choice.
CREATE SEQUENCE review_draw_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE review_draw (
    id                 BIGINT        PRIMARY KEY,
    kind               VARCHAR(12)   NOT NULL,
    batch_id           BIGINT        NOT NULL REFERENCES batch (id),
    application_id     BIGINT        REFERENCES application (id),
    seed               BIGINT        NOT NULL,
    wanted             INTEGER,
    share_percent      INTEGER,
    exclude_same_city  BOOLEAN       NOT NULL,
    applicant_code     VARCHAR(18),
    institution_id     BIGINT,
    institution_code   VARCHAR(18),
    subject_city       VARCHAR(6),
    prior_members      VARCHAR(2000),
    drawn_by           VARCHAR(40)   NOT NULL,
    drawn_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX review_draw_batch_idx ON review_draw (batch_id);

CREATE TABLE review_draw_candidate (
    draw_id            BIGINT        NOT NULL REFERENCES review_draw (id),
    position           INTEGER       NOT NULL,
    ref_id             BIGINT        NOT NULL,
    label              VARCHAR(200)  NOT NULL,
    employer_code      VARCHAR(18),
    city_code          VARCHAR(6),
    tied_codes         VARCHAR(2000),
    tied_institutions  VARCHAR(2000),
    flagged            BOOLEAN       NOT NULL,
    exclusion          VARCHAR(30),
    PRIMARY KEY (draw_id, position)
);

CREATE TABLE review_draw_choice (
    draw_id   BIGINT   NOT NULL REFERENCES review_draw (id),
    position  INTEGER  NOT NULL,
    ref_id    BIGINT   NOT NULL,
    PRIMARY KEY (draw_id, position)
);

-- An expert's seat on an application's panel.
CREATE SEQUENCE review_assignment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE review_assignment (
    id              BIGINT        PRIMARY KEY,
    version         BIGINT        NOT NULL,
    application_id  BIGINT        NOT NULL REFERENCES application (id),
    expert_id       BIGINT        NOT NULL REFERENCES expert (id),
    draw_id         BIGINT        NOT NULL REFERENCES review_draw (id),
    status          VARCHAR(10)   NOT NULL,
    decline_reason  VARCHAR(1000),
    declined_by     VARCHAR(40),
    declined_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT review_assignment_uk UNIQUE (application_id, expert_id)
);
CREATE INDEX review_assignment_expert_idx ON review_assignment (expert_id);

CREATE SEQUENCE review_score_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE review_score (
    id               BIGINT        PRIMARY KEY,
    version          BIGINT        NOT NULL,
    assignment_id    BIGINT        NOT NULL REFERENCES review_assignment (id),
    overall_comment  VARCHAR(4000),
    flagged          BOOLEAN       NOT NULL,
    flag_note        VARCHAR(1000),
    scored_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT review_score_uk UNIQUE (assignment_id)
);

CREATE TABLE review_score_item (
    score_id       BIGINT         NOT NULL REFERENCES review_score (id),
    position       INTEGER        NOT NULL,
    criterion      VARCHAR(30)    NOT NULL,
    score          INTEGER        NOT NULL,
    score_comment  VARCHAR(2000),
    PRIMARY KEY (score_id, position)
);

-- 现场核查 of a sampled application.
CREATE SEQUENCE review_inspection_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE review_inspection (
    id              BIGINT        PRIMARY KEY,
    version         BIGINT        NOT NULL,
    application_id  BIGINT        NOT NULL REFERENCES application (id),
    draw_id         BIGINT        NOT NULL REFERENCES review_draw (id),
    flagged         BOOLEAN       NOT NULL,
    result          VARCHAR(16),
    findings        VARCHAR(4000),
    recorded_by     VARCHAR(40),
    recorded_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT review_inspection_uk UNIQUE (application_id)
);

-- 拟入选名单: the clerk's include/exclude per reviewed application.
CREATE SEQUENCE review_proposal_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE review_proposal (
    id              BIGINT        PRIMARY KEY,
    version         BIGINT        NOT NULL,
    application_id  BIGINT        NOT NULL REFERENCES application (id),
    included        BOOLEAN       NOT NULL,
    reason          VARCHAR(1000),
    decided_by      VARCHAR(40)   NOT NULL,
    decided_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT review_proposal_uk UNIQUE (application_id)
);
