-- Parks' yearly green low-carbon development reports (浙经信绿色〔2022〕64号 §三(一)4): one PDF per park and year,
-- kept in the file store under its SHA-256 and shown on the park's public unit page. A new upload for the same year
-- replaces the row's file; the audit log keeps what it replaced.
CREATE SEQUENCE park_report_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE park_report (
    id              BIGINT       PRIMARY KEY,
    version         BIGINT       NOT NULL,
    organisation_id BIGINT       NOT NULL REFERENCES organisation (id),
    report_year     INTEGER      NOT NULL,
    file_name       VARCHAR(200) NOT NULL,
    file_sha256     VARCHAR(64)  NOT NULL,
    file_size       BIGINT       NOT NULL,
    uploaded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by     VARCHAR(40)  NOT NULL,
    CONSTRAINT park_report_one_per_year UNIQUE (organisation_id, report_year),
    CONSTRAINT park_report_year_ck CHECK (report_year >= 2022)
);
