-- The province's reports to NDRC and MIIT on the circular transformation of its parks (发改办环资〔2021〕1004号
-- §三(五)): the yearly overall progress (kind YEARLY, early in the next year, from 2023 on the year 2022) and the final
-- report on the 14th Five-Year period (kind FINAL, period_year 2025, early in 2026). Each is an issued document (the
-- document service numbers, renders and keeps it); this row says which report it is, once per kind and year.
CREATE SEQUENCE transformation_summary_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE transformation_summary (
    id           BIGINT      NOT NULL PRIMARY KEY,
    version      BIGINT      NOT NULL,
    kind         VARCHAR(8)  NOT NULL,
    period_year  INTEGER     NOT NULL,
    document_id  BIGINT      NOT NULL REFERENCES issued_document (id),
    parks        INTEGER     NOT NULL,
    filed        INTEGER     NOT NULL,
    issued_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_by    VARCHAR(40) NOT NULL,
    CONSTRAINT transformation_summary_once_uq UNIQUE (kind, period_year),
    CONSTRAINT transformation_summary_kind_ck CHECK (kind IN ('YEARLY', 'FINAL')),
    CONSTRAINT transformation_summary_year_ck CHECK (period_year >= 2022)
);
