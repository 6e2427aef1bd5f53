-- Workspace notifications: reminders and announcements addressed to one account, to every account of a role in
-- one region (e.g. the city clerks of 330100), or to every account of an organisation. The audience is matched when
-- an inbox is read, so an account created later still sees what its role and region were sent.
CREATE SEQUENCE notification_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE notification (
    id              BIGINT         PRIMARY KEY,
    category        VARCHAR(60)    NOT NULL,
    audience_kind   VARCHAR(20)    NOT NULL,
    account_id      BIGINT         REFERENCES account (id),
    audience_role   VARCHAR(20),
    region_code     VARCHAR(6)     REFERENCES region (code),
    organisation_id BIGINT         REFERENCES organisation (id),
    subject         VARCHAR(200)   NOT NULL,
    body            VARCHAR(4000)  NOT NULL,
    link            VARCHAR(500),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(40)    NOT NULL,
    dedupe_key      VARCHAR(200),
    -- A timer retried or fired twice names the same reminder with the same key: the second insert fails here even
    -- when both transactions passed the service's check at the same moment.
    CONSTRAINT notification_dedupe_uk UNIQUE (dedupe_key),
    CONSTRAINT notification_audience_ck CHECK (
        (audience_kind = 'ACCOUNT' AND account_id IS NOT NULL)
        OR (audience_kind = 'ROLE' AND audience_role IS NOT NULL)
        OR (audience_kind = 'ORGANISATION' AND organisation_id IS NOT NULL))
);
CREATE INDEX notification_account_ix ON notification (account_id);
CREATE INDEX notification_role_ix ON notification (audience_role, region_code);
CREATE INDEX notification_organisation_ix ON notification (organisation_id);

-- Who has read what: one row per account and notification (a role or organisation notification is read by each
-- of its accounts on their own).
CREATE TABLE notification_read (
    notification_id BIGINT NOT NULL REFERENCES notification (id),
    account_id      BIGINT NOT NULL REFERENCES account (id),
    read_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (notification_id, account_id)
);
CREATE INDEX notification_read_account_ix ON notification_read (account_id);
