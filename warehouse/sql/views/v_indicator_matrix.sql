-- Grain: one row per (province_code, year, code) for the catalog's core codes (generic codes
-- such as money or count are left out). National figures (area 全国) form rows with
-- province_code '000000'. Among the figures for one cell, the one from the latest-published
-- episode wins; within an episode, the first figure in the body. Only whole-year figures count
-- (period NULL): a 1-5月 value is not the year's value. A change-only statement (value NULL:
-- PM2.5浓度同比下降3.4%) has no value to fill a cell with and never wins one.
WITH candidates AS (
    SELECT
        CASE WHEN i.region = '全国' THEN '000000' ELSE e.province_code END AS province_code,
        i.region = '全国' AS is_national,
        i.year,
        i.code,
        i.value,
        i.unit,
        i.value_base,
        i.unit_base,
        i.quote,
        i.episode_key,
        i.indicator_no,
        e.published_at,
        e.series_no,
        e.best_url AS source_url
    FROM indicators AS i
    JOIN episodes AS e USING (episode_key)
    LEFT JOIN provinces AS p ON p.code = e.province_code
    WHERE i.year IS NOT NULL
      AND i.value IS NOT NULL
      AND i.period IS NULL
      AND is_core_code(i.code)
      AND (i.region IS NULL OR i.region IN ('全国', p.name, p.short_name))
),
latest AS (
    SELECT
        *,
        count(*) OVER cell AS n_candidates,
        row_number() OVER (
            cell ORDER BY published_at DESC NULLS LAST, series_no DESC, episode_key DESC, indicator_no
        ) AS pick
    FROM candidates
    WINDOW cell AS (PARTITION BY province_code, year, code)
)
SELECT
    l.province_code,
    CASE WHEN l.is_national THEN '全国' ELSE p.name END AS province_name,
    CASE WHEN l.is_national THEN '全国' ELSE p.short_name END AS province_short_name,
    p.region,
    l.is_national,
    l.year,
    l.code,
    c.name AS indicator_name,
    l.value,
    l.unit,
    l.value_base,
    l.unit_base,
    l.quote,
    l.episode_key,
    l.indicator_no,
    l.published_at,
    l.source_url,
    l.n_candidates
FROM latest AS l
LEFT JOIN provinces AS p ON p.code = l.province_code
LEFT JOIN indicator_catalog AS c ON c.code = l.code
WHERE l.pick = 1
