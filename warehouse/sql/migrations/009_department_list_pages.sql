-- Migration 9: each list page of a department website that a run visited, with what it held,
-- read and gave (issue 20: a page that shows 50 articles and yields none must not look like an
-- empty column). v_province_coverage sums the newest run's pages per province.
CREATE TABLE IF NOT EXISTS department_list_pages (
    run_id VARCHAR NOT NULL,
    slug VARCHAR NOT NULL,
    seq INTEGER NOT NULL,
    url TEXT NOT NULL,
    outcome VARCHAR NOT NULL,
    form VARCHAR NOT NULL,
    articles_listed INTEGER NOT NULL,
    articles_read INTEGER NOT NULL,
    episodes INTEGER NOT NULL,
    rendered BOOLEAN NOT NULL,
    reason TEXT NOT NULL,
    visited_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (run_id, slug, seq)
);
