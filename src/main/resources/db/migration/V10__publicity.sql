-- The 15-day publicity 公示 of a batch's proposed list with public objections 异议, and the joint publication
-- 联合发文 that puts the entries on the provincial list (004 §(十六), 003 §二(四)).

-- One period per batch. ends_at is 24:00 Asia/Shanghai of last_day; the open and close happen through rows of
-- the deadline table (kinds publicity.open / publicity.close), which this table does not reference: the
-- deadline names its subject ("Publicity", id).
CREATE SEQUENCE publicity_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE publicity (
    id                      BIGINT        PRIMARY KEY,
    version                 BIGINT        NOT NULL,
    batch_id                BIGINT        NOT NULL REFERENCES batch (id),
    title                   VARCHAR(200)  NOT NULL,
    start_date              DATE          NOT NULL,
    last_day                DATE          NOT NULL,
    ends_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    status                  VARCHAR(10)   NOT NULL,
    -- Why the period was extended, suspended or resumed: shown on the public page as the clerk wrote it.
    public_note             VARCHAR(500),
    contact                 VARCHAR(300)  NOT NULL,
    notice_document_id      BIGINT        NOT NULL REFERENCES issued_document (id),
    publication_document_id BIGINT        REFERENCES issued_document (id),
    effective_date          DATE,
    created_by              VARCHAR(40)   NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_at               TIMESTAMP WITH TIME ZONE,
    suspended_at            TIMESTAMP WITH TIME ZONE,
    closed_at               TIMESTAMP WITH TIME ZONE,
    concluded_at            TIMESTAMP WITH TIME ZONE,
    published_at            TIMESTAMP WITH TIME ZONE,
    CONSTRAINT publicity_batch_uk UNIQUE (batch_id)
);

-- The list as publicised, frozen from the proposed list: later changes to organisations do not rewrite it.
CREATE SEQUENCE publicity_entry_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE publicity_entry (
    id                BIGINT        PRIMARY KEY,
    publicity_id      BIGINT        NOT NULL REFERENCES publicity (id),
    position          INTEGER       NOT NULL,
    application_id    BIGINT        NOT NULL REFERENCES application (id),
    unit_name         VARCHAR(200)  NOT NULL,
    unit_type         VARCHAR(20)   NOT NULL,
    city_code         VARCHAR(6)    NOT NULL REFERENCES region (code),
    city_name         VARCHAR(40)   NOT NULL,
    institution_name  VARCHAR(200),
    withdrawn_reason  VARCHAR(2000),
    withdrawn_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT publicity_entry_uk UNIQUE (publicity_id, position)
);

-- 异议. The identity number is stored only encrypted (AES-GCM, key from PORTAL_ENCRYPTION_KEY) and as its mask;
-- the receipt code only as its SHA-256, so the table alone lets nobody follow an objection.
CREATE SEQUENCE objection_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE objection (
    id                BIGINT        PRIMARY KEY,
    version           BIGINT        NOT NULL,
    publicity_id      BIGINT        NOT NULL REFERENCES publicity (id),
    entry_id          BIGINT        NOT NULL REFERENCES publicity_entry (id),
    receipt_hash      VARCHAR(64)   NOT NULL,
    objector_name     VARCHAR(60)   NOT NULL,
    id_number_cipher  VARCHAR(200)  NOT NULL,
    id_number_masked  VARCHAR(18)   NOT NULL,
    phone             VARCHAR(30)   NOT NULL,
    email             VARCHAR(200),
    facts             VARCHAR(5000) NOT NULL,
    status            VARCHAR(12)   NOT NULL,
    submitted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    verification      VARCHAR(2000),
    reasons           VARCHAR(2000),
    decided_by        VARCHAR(40),
    decided_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT objection_receipt_uk UNIQUE (receipt_hash)
);
CREATE INDEX objection_publicity_ix ON objection (publicity_id, status);

CREATE TABLE objection_evidence (
    objection_id  BIGINT        NOT NULL REFERENCES objection (id),
    position      INTEGER       NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    media_type    VARCHAR(100)  NOT NULL,
    file_sha256   VARCHAR(64)   NOT NULL,
    file_size     BIGINT        NOT NULL,
    PRIMARY KEY (objection_id, position)
);
