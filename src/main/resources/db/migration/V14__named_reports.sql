-- Named reports 实名举报 (004 §(二十三)): a listed unit or a third-party institution reported under a real name to
-- the city of the unit (or of the institution's registered region), verified and concluded there.

-- The reporter's name, identity number, phone and e-mail are stored only encrypted (AES-GCM, key from
-- PORTAL_ENCRYPTION_KEY, each under its own purpose); the receipt code only as its SHA-256. The handling deadline
-- and a rectification's follow-up are rows of the deadline table (kinds report.handling / report.followUp, subject
-- "NamedReport", id), which this table does not reference.
CREATE SEQUENCE named_report_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE named_report (
    id                    BIGINT        PRIMARY KEY,
    version               BIGINT        NOT NULL,
    receipt_hash          VARCHAR(64)   NOT NULL,
    subject_kind          VARCHAR(12)   NOT NULL,
    organisation_id       BIGINT        NOT NULL REFERENCES organisation (id),
    listed_unit_id        BIGINT        REFERENCES listed_unit (id),
    subject_name          VARCHAR(200)  NOT NULL,
    subject_credit_code   VARCHAR(18)   NOT NULL,
    city_code             VARCHAR(6)    NOT NULL REFERENCES region (code),
    reporter_name_cipher  VARCHAR(300)  NOT NULL,
    id_number_cipher      VARCHAR(200)  NOT NULL,
    phone_cipher          VARCHAR(200)  NOT NULL,
    email_cipher          VARCHAR(400),
    facts                 VARCHAR(5000) NOT NULL,
    status                VARCHAR(12)   NOT NULL,
    submitted_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    handling_due_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    handler               VARCHAR(40),
    assigned_at           TIMESTAMP WITH TIME ZONE,
    verification          VARCHAR(2000),
    verified_at           TIMESTAMP WITH TIME ZONE,
    conclusion            VARCHAR(24),
    finding               VARCHAR(2000),
    removal_ground        VARCHAR(30),
    follow_up_due         DATE,
    concluded_at          TIMESTAMP WITH TIME ZONE,
    concluded_by          VARCHAR(40),
    follow_up_note        VARCHAR(2000),
    followed_up_at        TIMESTAMP WITH TIME ZONE,
    escalation            VARCHAR(20),
    escalated_at          TIMESTAMP WITH TIME ZONE,
    -- When the province published an institution's case among institutions' records (004 §(二十二) para. 2).
    published_at          TIMESTAMP WITH TIME ZONE,
    CONSTRAINT named_report_receipt_uk UNIQUE (receipt_hash)
);
CREATE INDEX named_report_city_ix ON named_report (city_code, status, submitted_at);
CREATE INDEX named_report_published_ix ON named_report (published_at);

CREATE TABLE named_report_evidence (
    report_id     BIGINT        NOT NULL REFERENCES named_report (id),
    position      INTEGER       NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    media_type    VARCHAR(100)  NOT NULL,
    file_sha256   VARCHAR(64)   NOT NULL,
    file_size     BIGINT        NOT NULL,
    PRIMARY KEY (report_id, position)
);
