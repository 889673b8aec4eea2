-- Migration 1: the first warehouse schema, frozen. Never edit: add a later migration instead.
-- raw_pages has no `kind` column yet; indicators, claims, indicator_catalog, quality_checks
-- and quarantine arrive in migration 2.

CREATE TABLE provinces (
    code VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    short_name VARCHAR NOT NULL,
    slug VARCHAR NOT NULL,
    region VARCHAR NOT NULL,
    department VARCHAR NOT NULL,
    PRIMARY KEY (code)
);

CREATE TABLE raw_pages (
    requested_url VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL,
    final_url VARCHAR NOT NULL,
    status_code INTEGER NOT NULL,
    headers_json TEXT NOT NULL,
    encoding VARCHAR NOT NULL,
    body BLOB NOT NULL,
    source VARCHAR NOT NULL,
    fetched_at TIMESTAMP WITH TIME ZONE NOT NULL,
    run_id VARCHAR NOT NULL,
    PRIMARY KEY (requested_url, sha256)
);

CREATE TABLE episodes (
    episode_key VARCHAR NOT NULL,
    province_code VARCHAR NOT NULL,
    series_no INTEGER NOT NULL,
    title VARCHAR NOT NULL,
    headline VARCHAR,
    official_name VARCHAR,
    official_position VARCHAR,
    official_organization VARCHAR,
    published_at TIMESTAMP WITH TIME ZONE,
    supplier VARCHAR,
    editor VARCHAR,
    original_title VARCHAR,
    script VARCHAR NOT NULL,
    source VARCHAR NOT NULL,
    best_url VARCHAR NOT NULL,
    body_text TEXT NOT NULL,
    original_body TEXT NOT NULL,
    parser_version VARCHAR NOT NULL,
    raw_sha256 VARCHAR NOT NULL,
    content_hash VARCHAR NOT NULL,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    last_updated TIMESTAMP WITH TIME ZONE NOT NULL,
    removed_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (episode_key)
);

CREATE TABLE episode_sources (
    episode_key VARCHAR NOT NULL,
    url VARCHAR NOT NULL,
    source VARCHAR NOT NULL,
    script VARCHAR NOT NULL,
    canonical_key VARCHAR,
    raw_sha256 VARCHAR NOT NULL,
    is_best BOOLEAN NOT NULL,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    removed_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (episode_key, url)
);

CREATE TABLE questions (
    episode_key VARCHAR NOT NULL,
    q_no INTEGER NOT NULL,
    topic VARCHAR NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    PRIMARY KEY (episode_key, q_no)
);

CREATE TABLE answer_points (
    episode_key VARCHAR NOT NULL,
    q_no INTEGER NOT NULL,
    point_no INTEGER NOT NULL,
    marker VARCHAR NOT NULL,
    headline VARCHAR NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (episode_key, q_no, point_no)
);

CREATE TABLE ingest_runs (
    run_id VARCHAR NOT NULL,
    mode VARCHAR NOT NULL,
    status VARCHAR NOT NULL,
    started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE,
    discovered INTEGER NOT NULL,
    fetched INTEGER NOT NULL,
    unchanged INTEGER NOT NULL,
    "new" INTEGER NOT NULL,
    updated INTEGER NOT NULL,
    blocked INTEGER NOT NULL,
    deleted INTEGER NOT NULL,
    failed INTEGER NOT NULL,
    requests_sent BIGINT NOT NULL,
    message TEXT,
    PRIMARY KEY (run_id)
);

CREATE TABLE schema_version (
    version INTEGER NOT NULL,
    applied_at TIMESTAMP WITH TIME ZONE NOT NULL,
    description VARCHAR NOT NULL,
    PRIMARY KEY (version)
);
