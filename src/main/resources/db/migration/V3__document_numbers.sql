-- Document numbers 文号: one series per issuer prefix and year, and the register of every number 发文登记簿.
-- ("doc_year" because YEAR is a keyword in H2.)

CREATE TABLE number_series (
    prefix      VARCHAR(40) NOT NULL,
    doc_year    INTEGER     NOT NULL,
    last_serial INTEGER     NOT NULL,
    CONSTRAINT number_series_pk PRIMARY KEY (prefix, doc_year)
);

CREATE SEQUENCE registered_number_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE registered_number (
    id          BIGINT       PRIMARY KEY,
    version     BIGINT       NOT NULL,
    prefix      VARCHAR(40)  NOT NULL,
    doc_year    INTEGER      NOT NULL,
    serial      INTEGER      NOT NULL,
    title       VARCHAR(300) NOT NULL,
    issued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_by   VARCHAR(40)  NOT NULL,
    voided_at   TIMESTAMP WITH TIME ZONE,
    voided_by   VARCHAR(40),
    void_reason VARCHAR(500),
    -- A number exists once: never handed out twice, whatever happens in the application.
    CONSTRAINT registered_number_uk UNIQUE (prefix, doc_year, serial)
);
