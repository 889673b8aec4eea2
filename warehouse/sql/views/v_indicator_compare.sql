-- Grain: one row per provincial figure of v_indicator_matrix (province_code, year, code); the
-- national rows (000000) are not compared with themselves but appear as national_value.
-- direction_good is the macro of warehouse/sql/macros.sql: concentrations (unit_base ug/m3),
-- pollution-day and worse-than-class shares and ranks are better when lower; every other core
-- indicator when higher. Comparisons use value_base, so a figure stated in another unit still
-- compares. The national figure is the one an episode states; when no episode states it, the
-- preferred national reference figure (v_reference_figures: bulletins, press releases).
WITH figures AS (
    SELECT
        m.*,
        coalesce(m.value_base, m.value) AS base,
        direction_good(m.code, c.unit_base) AS direction_good,
        c.domain
    FROM v_indicator_matrix AS m
    LEFT JOIN indicator_catalog AS c ON c.code = m.code
),
provincial AS (
    SELECT
        f.*,
        count(*) OVER same AS n_provinces_reporting,
        CASE WHEN f.direction_good = 'lower'
            THEN rank() OVER (same ORDER BY f.base ASC)
            ELSE rank() OVER (same ORDER BY f.base DESC)
        END AS rank_among_provinces,
        lag(f.year) OVER own AS previous_year,
        lag(f.value) OVER own AS previous_year_value,
        lag(f.base) OVER own AS previous_year_base
    FROM figures AS f
    WHERE NOT f.is_national
    WINDOW same AS (PARTITION BY f.code, f.year),
           own AS (PARTITION BY f.province_code, f.code ORDER BY f.year)
),
national AS (
    SELECT
        p.province_code, p.code, p.year,
        CASE WHEN n.code IS NOT NULL THEN n.value ELSE r.value END AS value,
        CASE WHEN n.code IS NOT NULL THEN n.value_base ELSE r.value_base END AS value_base,
        CASE WHEN n.code IS NOT NULL THEN n.base ELSE coalesce(r.value_base, r.value) END AS base,
        CASE WHEN n.code IS NOT NULL THEN 'episode' WHEN r.code IS NOT NULL THEN 'reference' END AS origin,
        n.quote, n.episode_key,
        CASE WHEN n.code IS NOT NULL THEN n.source_url ELSE r.cite_url END AS source_url,
        CASE WHEN n.code IS NULL THEN r.source_title END AS source_title
    FROM provincial AS p
    LEFT JOIN figures AS n ON n.is_national AND n.code = p.code AND n.year = p.year
    LEFT JOIN v_reference_figures AS r
        ON r.is_preferred AND r.scope_code = '000000' AND r.code = p.code AND r.year = p.year AND r.period IS NULL
)
SELECT
    p.province_code,
    p.province_name,
    p.province_short_name,
    p.region,
    p.year,
    p.code,
    p.indicator_name,
    p.domain,
    p.direction_good,
    p.value,
    p.unit,
    p.value_base,
    p.unit_base,
    n.value AS national_value,
    n.value_base AS national_value_base,
    round(p.base - n.base, 9) AS difference_from_national,
    CASE WHEN n.base IS NULL OR p.base = n.base THEN NULL
        WHEN p.direction_good = 'lower' THEN p.base < n.base
        ELSE p.base > n.base
    END AS is_better_than_national,
    p.rank_among_provinces,
    p.n_provinces_reporting,
    i.previous_value AS stated_previous_value,
    i.change.direction AS stated_change_direction,
    i.change.value AS stated_change_value,
    i.change.unit AS stated_change_unit,
    i.change.basis AS stated_change_basis,
    p.previous_year,
    p.previous_year_value,
    round(p.base - p.previous_year_base, 9) AS change_from_previous_year,
    p.quote,
    p.episode_key,
    p.indicator_no,
    p.source_url,
    n.quote AS national_quote,
    n.episode_key AS national_episode_key,
    n.source_url AS national_source_url,
    n.origin AS national_value_origin,
    n.source_title AS national_source_title
FROM provincial AS p
LEFT JOIN national AS n ON n.province_code = p.province_code AND n.code = p.code AND n.year = p.year
LEFT JOIN indicators AS i ON i.episode_key = p.episode_key AND i.indicator_no = p.indicator_no
