-- Grain: one row per episode figure with a catalog code (v_indicators; generic codes such as money
-- or count are left out).
-- A figure is checked against the preferred reference figure (v_reference_figures) of the same
-- scope, code, year and period: a national figure (area 全国) against the national record
-- (000000), a provincial one against its province's; a city's or a region's has no reference.
-- consistent: the two agree within the coarser of their stated precisions (half a unit of the
-- last digit: 29 and 29.3 agree, 30 and 29.3 do not); differs: they do not; no_reference: the
-- record holds nothing comparable (no figure, or one in another base unit); change_only: the
-- episode states only a change (value NULL), so there is no value to compare.
-- Each provincial figure also sits beside the national record of its code and year, judged
-- with direction_good; stated ranks are checked against the ranks the references state.
WITH figures AS (
    SELECT
        i.*,
        CASE i.scope_kind WHEN 'national' THEN '000000' WHEN 'provincial' THEN i.province_code END
            AS reference_scope_code,
        stated_decimals(i.value) AS decimals,
        coalesce(i.value_base, i.value) AS base,
        direction_good(i.code, coalesce(c.unit_base, i.unit_base)) AS direction_good
    FROM v_indicators AS i
    LEFT JOIN indicator_catalog AS c ON c.code = i.code
    WHERE is_core_code(i.code)
),
preferred AS (
    SELECT *, coalesce(value_base, value) AS base FROM v_reference_figures WHERE is_preferred
),
stated_ranks AS (
    SELECT scope_code, code, year, period, flatten(list(ranks)) AS ranks
    FROM reference_figures
    GROUP BY ALL
),
checked AS (
    SELECT
        f.*,
        r.value AS reference_value,
        r.unit AS reference_unit,
        r.base AS reference_base,
        r.decimals AS reference_decimals,
        round(f.base - r.base, 9) AS difference,
        0.5 * power(10, -least(f.decimals, r.decimals)) * coalesce(abs(f.base / nullif(f.value, 0)), 1)
            AS tolerance,
        r.source_kind AS reference_source_kind,
        r.source_title AS reference_title,
        r.publisher AS reference_publisher,
        r.published_on AS reference_published_on,
        r.cite_url AS reference_url,
        r.verification AS reference_verification,
        r.quote AS reference_quote,
        r.note AS reference_note,
        r.n_sources AS n_reference_sources,
        coalesce(s.ranks, []) AS reference_ranks,
        n.value AS national_value,
        n.base AS national_base,
        n.source_title AS national_title,
        n.cite_url AS national_url,
        n.verification AS national_verification
    FROM figures AS f
    LEFT JOIN preferred AS r
        ON r.scope_code = f.reference_scope_code AND r.code = f.code AND r.year = f.year
        AND r.period IS NOT DISTINCT FROM f.period
        AND (r.unit_base IS NULL OR f.unit_base IS NULL OR r.unit_base = f.unit_base)
    LEFT JOIN stated_ranks AS s
        ON s.scope_code = f.reference_scope_code AND s.code = f.code AND s.year = f.year
        AND s.period IS NOT DISTINCT FROM f.period
    LEFT JOIN preferred AS n
        ON f.scope_kind = 'provincial' AND n.scope_code = '000000' AND n.code = f.code AND n.year = f.year
        AND n.period IS NOT DISTINCT FROM f.period
        AND (n.unit_base IS NULL OR f.unit_base IS NULL OR n.unit_base = f.unit_base)
),
-- A stated rank is checked against a reference rank of the same scope; one scope may be written
-- longer than the other (中部 and 中部六省, 全国 and 全国31个省份).
ranked AS (
    SELECT
        c.*,
        list_filter(c.ranks, lambda s: len(list_filter(c.reference_ranks,
            lambda t: starts_with(t.scope, s.scope) OR starts_with(s.scope, t.scope))) > 0) AS ranks_checked,
        list_filter(c.ranks, lambda s: len(list_filter(c.reference_ranks,
            lambda t: (starts_with(t.scope, s.scope) OR starts_with(s.scope, t.scope))
                AND t.position <> s.position)) > 0) AS ranks_differing
    FROM checked AS c
)
SELECT
    episode_key,
    indicator_no,
    province_code,
    province_name,
    province_short_name,
    series_no,
    published_at,
    published_date,
    code,
    indicator_name,
    domain,
    year,
    period,
    area,
    scope_kind,
    reference_scope_code,
    value,
    unit,
    value_base,
    unit_base,
    decimals,
    quote,
    source_url,
    reference_value,
    reference_unit,
    reference_decimals,
    difference,
    CASE WHEN reference_base IS NOT NULL AND value IS NOT NULL THEN tolerance END AS tolerance,
    CASE
        WHEN value IS NULL THEN 'change_only'
        WHEN reference_base IS NULL THEN 'no_reference'
        WHEN abs(difference) <= tolerance + 1e-9 THEN 'consistent'
        ELSE 'differs'
    END AS verdict,
    reference_source_kind,
    reference_title,
    reference_publisher,
    reference_published_on,
    reference_url,
    reference_verification,
    reference_quote,
    reference_note,
    n_reference_sources,
    direction_good,
    national_value,
    round(base - national_base, 9) AS difference_from_national,
    CASE WHEN national_base IS NULL OR base = national_base THEN NULL
        WHEN direction_good = 'lower' THEN base < national_base
        ELSE base > national_base
    END AS better_than_national,
    national_title,
    national_url,
    national_verification,
    ranks AS stated_ranks,
    reference_ranks,
    CASE
        WHEN len(ranks) = 0 THEN NULL
        WHEN len(ranks_checked) = 0 THEN 'no_reference'
        WHEN len(ranks_differing) > 0 THEN 'differs'
        ELSE 'consistent'
    END AS rank_verdict,
    len(ranks_checked) AS n_ranks_checked
FROM ranked
