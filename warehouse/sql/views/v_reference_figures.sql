-- Grain: one row per reference figure (reference_figures.origin, figure_no).
-- Several sources may state the figure of one (scope, code, year, period): is_preferred marks the
-- one the fact check uses. Preference: where it was read (verified, then press, then
-- unverified), then the kind of publication (a bulletin, then a government's report, then a press
-- release), then the latest publication, then origin and position.
WITH ranked AS (
    SELECT
        r.*,
        row_number() OVER (
            figure ORDER BY
                CASE r.verification WHEN 'verified' THEN 1 WHEN 'press' THEN 2 ELSE 3 END,
                CASE r.source_kind WHEN 'national_bulletin' THEN 1 WHEN 'provincial_bulletin' THEN 1
                    WHEN 'government_report' THEN 2 ELSE 3 END,
                r.published_on DESC NULLS LAST, r.origin, r.figure_no
        ) AS preference,
        count(*) OVER figure AS n_sources,
        count(DISTINCT coalesce(r.value_base, r.value)) OVER figure AS n_distinct_values
    FROM reference_figures AS r
    WINDOW figure AS (PARTITION BY r.scope_code, r.code, r.year, r.period)
)
SELECT
    r.scope_code,
    CASE WHEN r.scope_code = '000000' THEN '全国' ELSE p.name END AS scope_name,
    CASE WHEN r.scope_code = '000000' THEN '全国' ELSE p.short_name END AS scope_short_name,
    r.code,
    c.name AS indicator_name,
    r.year,
    r.period,
    r.value,
    r.decimals,
    r.unit,
    r.value_base,
    r.unit_base,
    r.ranks,
    r.source_kind,
    r.source_title,
    r.publisher,
    r.published_on,
    r.source_url,
    coalesce(r.source_url, r.seen_at[1]) AS cite_url,
    r.verification,
    r.seen_at,
    r.note,
    r.source_note,
    r.quote,
    r.preference = 1 AS is_preferred,
    r.n_sources,
    r.n_distinct_values,
    r.origin,
    r.figure_no,
    r.origin_version
FROM ranked AS r
LEFT JOIN provinces AS p ON p.code = r.scope_code
LEFT JOIN indicator_catalog AS c ON c.code = r.code
