-- The public registry of listed units (名单查询, open data): its filters and its default order. Name substrings
-- (LIKE '%…%') cannot use a B-tree index on either database; 100,000 rows are scanned fast enough
-- (docs/performance.md). Credit codes are matched through organisation's unique index.

-- Default order, newest listing first: the first page is read from this index instead of sorting every row. Declared
-- descending because H2 does not read an ascending index backwards for ORDER BY … DESC (PostgreSQL does either).
CREATE INDEX listed_unit_newest_idx ON listed_unit (listed_at DESC, id DESC);
-- Level, type and city together (the commonest filter of a city's or the province's view).
CREATE INDEX listed_unit_level_type_city_idx ON listed_unit (list_level, unit_type, city_code);
CREATE INDEX listed_unit_year_idx ON listed_unit (list_year);
CREATE INDEX listed_unit_industry_idx ON listed_unit (industry);
-- No index on removed_at: nearly every row has none, and H2 would pick such an index for "removed_at IS NULL" and then
-- sort everything, instead of reading the newest rows from the index above.
-- The unit's public page reads every entry of one organisation.
CREATE INDEX listed_unit_organisation_idx ON listed_unit (organisation_id);
