-- The version of everything the public pages, the open data and the feeds show. Every transaction that changes
-- a notice, a publicity, a listed unit, an issued document or anything else they show raises it once, in that
-- same transaction; the public page cache of every server node reads it on each request and serves what it
-- rendered only while the version is unchanged. One row, read by its primary key.
CREATE TABLE public_content (
    id INTEGER NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    -- When it last changed, for Last-Modified; always at least a second after the change before, so that
    -- If-Modified-Since, which counts whole seconds, never mistakes two changes for one.
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT public_content_one_row CHECK (id = 1)
);

INSERT INTO public_content (id, version, changed_at) VALUES (1, 1, CURRENT_TIMESTAMP);
