-- Affiliated units 关联单位 of a third-party institution: with the institution they form the "same legal person
-- with its affiliates" whose evaluation projects per batch 003 §二(一) caps at 10.

CREATE SEQUENCE institution_affiliate_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE institution_affiliate (
    id             BIGINT        PRIMARY KEY,
    institution_id BIGINT        NOT NULL REFERENCES organisation (id),
    name           VARCHAR(200)  NOT NULL,
    credit_code    VARCHAR(18)   NOT NULL,
    relation       VARCHAR(200),
    added_by       VARCHAR(40)   NOT NULL,
    added_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    -- A unit belongs to one institution's group only, or the cap would count it twice or not at all.
    CONSTRAINT institution_affiliate_credit_code_uk UNIQUE (credit_code)
);
CREATE INDEX institution_affiliate_institution_ix ON institution_affiliate (institution_id);
