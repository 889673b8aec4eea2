-- Grain: one row per province in the provinces table (all 32 once an ingest has run).
WITH per_province AS (
    SELECT
        province_code,
        count(*) AS n_episodes,
        count(*) FILTER (WHERE removed_at IS NOT NULL) AS n_removed_episodes,
        max(series_no) AS latest_series_no,
        arg_max(episode_key, series_no) AS latest_episode_key,
        max(published_at) AS latest_published_at
    FROM episodes
    GROUP BY province_code
),
-- Department websites: copies credited to source 'province', and the archived list pages
-- (raw_pages source 'province_<slug>'), newest first.
site_copies AS (
    SELECT e.province_code, count(*) AS n_copies
    FROM episode_sources AS s JOIN episodes AS e ON e.episode_key = s.episode_key
    WHERE s.source = 'province'
    GROUP BY e.province_code
),
site_lists AS (
    SELECT
        substr(source, 10) AS slug,
        count(*) AS n_pages,
        max(fetched_at) AS last_at,
        arg_max(status_code, fetched_at) AS last_status
    FROM raw_pages
    WHERE kind = 'listing' AND starts_with(source, 'province_')
    GROUP BY source
),
-- The newest run's visit of each department website: articles its list pages held, read, episodes.
site_yield AS (
    SELECT
        slug,
        sum(articles_listed) AS listed,
        sum(articles_read) AS n_read,
        sum(episodes) AS n_episodes,
        count(*) FILTER (WHERE outcome = 'listing_unreadable') AS n_unreadable
    FROM department_list_pages
    GROUP BY slug, run_id
    QUALIFY run_id = max(run_id) OVER (PARTITION BY slug)
)
SELECT
    p.code AS province_code,
    p.name AS province_name,
    p.short_name AS province_short_name,
    p.slug,
    p.region,
    p.department,
    e.province_code IS NOT NULL AS has_episode,
    coalesce(e.n_episodes, 0) AS n_episodes,
    coalesce(e.n_removed_episodes, 0) AS n_removed_episodes,
    e.latest_series_no,
    e.latest_episode_key,
    e.latest_published_at,
    e.province_code IS NULL AS is_missing,
    coalesce(c.n_copies, 0) AS n_department_site_copies,
    coalesce(l.n_pages, 0) AS department_site_listing_pages,
    l.last_at AS department_site_last_crawled_at,
    l.last_status AS department_site_last_status,
    y.listed AS department_site_articles_listed,
    y.n_read AS department_site_articles_read,
    y.n_episodes AS department_site_episodes,
    y.n_unreadable AS department_site_unreadable_pages
FROM provinces AS p
LEFT JOIN per_province AS e ON e.province_code = p.code
LEFT JOIN site_copies AS c ON c.province_code = p.code
LEFT JOIN site_lists AS l ON l.slug = p.slug
LEFT JOIN site_yield AS y ON y.slug = p.slug
