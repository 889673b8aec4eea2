-- Migration 8: reference_figures, the official record that episode figures are checked against
-- (v_fact_check): the curated file warehouse/reference/figures.toml and figures read from
-- crawled 状况公报 pages. Rows are replaced per origin (the file, or one page).
CREATE TABLE IF NOT EXISTS reference_figures (
    origin VARCHAR NOT NULL,
    figure_no INTEGER NOT NULL,
    origin_version VARCHAR NOT NULL,
    origin_digest VARCHAR NOT NULL,
    scope_code VARCHAR NOT NULL,
    code VARCHAR NOT NULL,
    year INTEGER NOT NULL,
    period VARCHAR,
    value DOUBLE NOT NULL,
    decimals INTEGER NOT NULL,
    unit VARCHAR NOT NULL,
    value_base DOUBLE,
    unit_base VARCHAR,
    ranks STRUCT(scope VARCHAR, scope_kind VARCHAR, position INTEGER, of_total INTEGER)[] NOT NULL,
    source_kind VARCHAR NOT NULL,
    source_title VARCHAR NOT NULL,
    publisher VARCHAR NOT NULL,
    published_on DATE,
    source_url VARCHAR,
    verification VARCHAR NOT NULL,
    seen_at VARCHAR[] NOT NULL,
    source_note TEXT,
    note TEXT,
    quote TEXT,
    start_offset INTEGER,
    end_offset INTEGER,
    loaded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (origin, figure_no)
);
