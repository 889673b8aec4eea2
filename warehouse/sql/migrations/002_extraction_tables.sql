-- Migration 2: raw_pages.kind, and the tables of the extraction stage.
-- IF NOT EXISTS everywhere: warehouses made before migration 1 was frozen were created with
-- create_all() of the models of the day and may already hold some of these objects.

-- Existing rows are backfilled through the temporary default: entry points (URLs ending in "/",
-- paginated index pages, the WeChat album) become 'listing', everything else 'article'.
-- The default is then dropped so the column matches models/tables.py (loads always set kind).
ALTER TABLE raw_pages ADD COLUMN IF NOT EXISTS kind VARCHAR DEFAULT 'article';

-- SET NOT NULL must come before the UPDATE: DuckDB cannot add the constraint to a table with
-- outstanding updates in the same transaction.
ALTER TABLE raw_pages ALTER COLUMN kind SET NOT NULL;

UPDATE raw_pages SET kind = 'listing'
WHERE requested_url LIKE '%/mp/appmsgalbum%'
   OR regexp_matches(requested_url, '/(index(_\d+)?\.s?html?)?$');

ALTER TABLE raw_pages ALTER COLUMN kind DROP DEFAULT;

CREATE TABLE IF NOT EXISTS indicators (
    episode_key VARCHAR NOT NULL,
    indicator_no INTEGER NOT NULL,
    code VARCHAR NOT NULL,
    subject VARCHAR NOT NULL,
    value DOUBLE NOT NULL,
    unit VARCHAR NOT NULL,
    value_base DOUBLE,
    unit_base VARCHAR,
    year INTEGER,
    region VARCHAR,
    change_direction VARCHAR,
    change_value DOUBLE,
    change_unit VARCHAR,
    previous_value DOUBLE,
    ranks_json TEXT NOT NULL,
    record_flags TEXT NOT NULL,
    streak_years INTEGER,
    quote TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    q_no INTEGER,
    point_no INTEGER,
    PRIMARY KEY (episode_key, indicator_no)
);

CREATE TABLE IF NOT EXISTS claims (
    episode_key VARCHAR NOT NULL,
    claim_no INTEGER NOT NULL,
    kind VARCHAR NOT NULL,
    text TEXT NOT NULL,
    quote TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    q_no INTEGER,
    point_no INTEGER,
    PRIMARY KEY (episode_key, claim_no)
);

CREATE TABLE IF NOT EXISTS indicator_catalog (
    code VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    synonyms TEXT NOT NULL,
    unit VARCHAR NOT NULL,
    unit_base VARCHAR NOT NULL,
    domain VARCHAR NOT NULL,
    min_value DOUBLE,
    max_value DOUBLE,
    description TEXT NOT NULL,
    PRIMARY KEY (code)
);

CREATE TABLE IF NOT EXISTS quality_checks (
    check_id VARCHAR NOT NULL,
    episode_key VARCHAR,
    check_name VARCHAR NOT NULL,
    status VARCHAR NOT NULL,
    code VARCHAR,
    detail TEXT NOT NULL,
    quote TEXT,
    run_id VARCHAR NOT NULL,
    PRIMARY KEY (check_id)
);

CREATE TABLE IF NOT EXISTS quarantine (
    url VARCHAR NOT NULL,
    raw_sha256 VARCHAR NOT NULL,
    status VARCHAR NOT NULL,
    reason TEXT NOT NULL,
    source VARCHAR NOT NULL,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    run_id VARCHAR NOT NULL,
    PRIMARY KEY (url, raw_sha256)
);
