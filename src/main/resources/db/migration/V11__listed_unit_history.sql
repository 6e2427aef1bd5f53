-- A listed unit's life on its list (004 §四): the name and industry it is listed under (a declared name change
-- renames it, 004 §(二十)), the document that listed it, and its removal with ground and announcement (004 §(十九)).
ALTER TABLE listed_unit ADD COLUMN unit_name VARCHAR(200);
UPDATE listed_unit SET unit_name = (SELECT o.name FROM organisation o WHERE o.id = listed_unit.organisation_id);
ALTER TABLE listed_unit ALTER COLUMN unit_name SET NOT NULL;
ALTER TABLE listed_unit ADD COLUMN industry VARCHAR(60);
ALTER TABLE listed_unit ADD COLUMN listing_document_id BIGINT REFERENCES issued_document (id);
ALTER TABLE listed_unit ADD COLUMN removal_ground VARCHAR(30);
ALTER TABLE listed_unit ADD COLUMN removal_document_id BIGINT REFERENCES issued_document (id);
CREATE INDEX listed_unit_name_idx ON listed_unit (unit_name);

-- Every change to a listed unit, in order: listed, renamed, scope changed, re-reviewed, removed. The unit's public
-- page shows them; the Atom feed of list changes reads them by time.
CREATE SEQUENCE unit_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE unit_event (
    id          BIGINT        PRIMARY KEY,
    unit_id     BIGINT        NOT NULL REFERENCES listed_unit (id),
    kind        VARCHAR(20)   NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    detail      VARCHAR(500),
    document_id BIGINT        REFERENCES issued_document (id),
    actor       VARCHAR(40)   NOT NULL
);
CREATE INDEX unit_event_unit_idx ON unit_event (unit_id, occurred_at);
CREATE INDEX unit_event_time_idx ON unit_event (occurred_at);
-- Units listed before this version get their listing as the first event. Their ids are the negated unit ids, so that
-- they can never meet an id the (positive) sequence hands out.
INSERT INTO unit_event (id, unit_id, kind, occurred_at, detail, actor)
    SELECT -id, id, 'LISTED', listed_at, basis, listed_by FROM listed_unit;
