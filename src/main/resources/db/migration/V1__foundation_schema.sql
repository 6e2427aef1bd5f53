-- Foundation schema: regions, organisations, accounts, the audit log.
-- Written once for both H2 (embedded) and PostgreSQL (production): only portable SQL here.
-- Ids come from sequences that step by 50, matching allocationSize = 50 on the entities.

CREATE TABLE region (
    code        VARCHAR(6)  PRIMARY KEY,
    name        VARCHAR(40) NOT NULL,
    name_en     VARCHAR(60) NOT NULL,
    level       VARCHAR(10) NOT NULL,
    parent_code VARCHAR(6)  REFERENCES region (code),
    sort_order  INTEGER     NOT NULL
);
CREATE INDEX region_parent_idx ON region (parent_code);

CREATE SEQUENCE organisation_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE organisation (
    id                   BIGINT       PRIMARY KEY,
    version              BIGINT       NOT NULL,
    type                 VARCHAR(30)  NOT NULL,
    name                 VARCHAR(200) NOT NULL,
    credit_code          VARCHAR(18)  NOT NULL,
    region_code          VARCHAR(6)   NOT NULL REFERENCES region (code),
    address              VARCHAR(300) NOT NULL,
    legal_representative VARCHAR(60)  NOT NULL,
    contact_name         VARCHAR(60)  NOT NULL,
    contact_phone        VARCHAR(20)  NOT NULL,
    contact_email        VARCHAR(120),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT organisation_credit_code_uk UNIQUE (credit_code)
);
CREATE INDEX organisation_region_idx ON organisation (region_code);

CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE account (
    id              BIGINT       PRIMARY KEY,
    version         BIGINT       NOT NULL,
    username        VARCHAR(40)  NOT NULL,
    display_name    VARCHAR(60)  NOT NULL,
    email           VARCHAR(120),
    password_hash   VARCHAR(200) NOT NULL,
    role            VARCHAR(20)  NOT NULL,
    region_code     VARCHAR(6)   REFERENCES region (code),
    organisation_id BIGINT       REFERENCES organisation (id),
    enabled         BOOLEAN      NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_login_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT account_username_uk UNIQUE (username)
);

-- The audit log is append-only; each row carries its predecessor's SHA-256 and its own.
CREATE TABLE audit_entry (
    chain_index    BIGINT        PRIMARY KEY,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          VARCHAR(60)   NOT NULL,
    role           VARCHAR(20),
    region_code    VARCHAR(6),
    action         VARCHAR(60)   NOT NULL,
    entity_type    VARCHAR(60),
    entity_id      VARCHAR(60),
    before_state   VARCHAR(60000),
    after_state    VARCHAR(60000),
    client_address VARCHAR(64),
    previous_hash  VARCHAR(64)   NOT NULL,
    hash           VARCHAR(64)   NOT NULL
);
CREATE INDEX audit_entry_action_idx ON audit_entry (action);
CREATE INDEX audit_entry_entity_idx ON audit_entry (entity_type, entity_id);

CREATE TABLE audit_chain_head (
    id         INTEGER     PRIMARY KEY,
    last_index BIGINT      NOT NULL,
    last_hash  VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_index, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
