-- The exclusion register 排除情形登记 (004 §(十七)): what clerks know of the six exclusions, by credit code.
-- Entries are withdrawn (withdrawn_at, by whom, why), never deleted. Evidence files sit in the file store under
-- their SHA-256. The eligibility check reads a unit's entries not withdrawn since a date (exclusion_entry_code_ix).

CREATE SEQUENCE exclusion_entry_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE exclusion_entry (
    id                   BIGINT        PRIMARY KEY,
    version              BIGINT        NOT NULL,
    credit_code          CHAR(18)      NOT NULL,
    organisation_name    VARCHAR(200)  NOT NULL,
    ground               VARCHAR(40)   NOT NULL,
    occurred_on          DATE          NOT NULL,
    source               VARCHAR(100)  NOT NULL,
    note                 VARCHAR(500),
    evidence_file_name   VARCHAR(200),
    evidence_media_type  VARCHAR(100),
    evidence_sha256      CHAR(64),
    evidence_size        BIGINT,
    recorded_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by          VARCHAR(40)   NOT NULL,
    recorded_region_code VARCHAR(6)    REFERENCES region (code),
    withdrawn_at         TIMESTAMP WITH TIME ZONE,
    withdrawn_by         VARCHAR(40),
    withdrawal_reason    VARCHAR(500),
    CONSTRAINT exclusion_entry_ground_ck CHECK (ground IN ('NOT_OPERATING', 'ACCIDENT_OR_VIOLATION',
        'REMOVED_FROM_LIST', 'INSPECTION_FINDING', 'ENERGY_RECTIFICATION_PENDING', 'DISHONEST_DEBTOR')),
    -- A withdrawal is whole: when, by whom and why, or none of them.
    CONSTRAINT exclusion_entry_withdrawal_ck CHECK ((withdrawn_at IS NULL AND withdrawn_by IS NULL
        AND withdrawal_reason IS NULL) OR (withdrawn_at IS NOT NULL AND withdrawn_by IS NOT NULL
        AND withdrawal_reason IS NOT NULL))
);
CREATE INDEX exclusion_entry_code_ix ON exclusion_entry (credit_code, occurred_on);
CREATE INDEX exclusion_entry_occurred_ix ON exclusion_entry (occurred_on);
