-- What the nodes of a cluster must share besides the business tables (docs/operations.md, "Cluster"); a single
-- server uses the same tables.

-- The public forms' rate limit (PublicFormLimiter): one token bucket per form and client address, so that a client
-- sending through several nodes is counted once. Times are the machine's, in milliseconds since the epoch, not
-- the portal's movable clock.
CREATE TABLE rate_limit_bucket (
    form        VARCHAR(20)      NOT NULL,
    address     VARCHAR(64)      NOT NULL,
    tokens      DOUBLE PRECISION NOT NULL,
    updated_ms  BIGINT           NOT NULL,
    CONSTRAINT rate_limit_bucket_pk PRIMARY KEY (form, address)
);
CREATE INDEX rate_limit_bucket_updated_idx ON rate_limit_bucket (updated_ms);

-- The portal clock's offset from the machine's time, shared by every node when the test setting
-- portal.test-clock.shared is on (MovableClock); otherwise unused. One row.
CREATE TABLE test_clock (
    id         INTEGER NOT NULL PRIMARY KEY,
    offset_ms  BIGINT  NOT NULL
);
INSERT INTO test_clock (id, offset_ms) VALUES (1, 0);
