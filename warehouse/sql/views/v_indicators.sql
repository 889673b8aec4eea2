-- Grain: one row per figure (indicators.episode_key, indicators.indicator_no).
WITH ranked AS (
    SELECT
        *,
        from_json(ranks_json, '[{"scope": "VARCHAR", "position": "INTEGER"}]') AS ranks
    FROM indicators
)
SELECT
    i.episode_key,
    i.indicator_no,
    e.province_code,
    p.name AS province_name,
    p.short_name AS province_short_name,
    e.series_no,
    e.published_at,
    i.code,
    c.name AS indicator_name,
    i.subject,
    i.value,
    i.unit,
    i.value_base,
    i.unit_base,
    i.year,
    i.region AS area,
    i.region = '全国' AS is_national,
    i.change_direction,
    i.change_value,
    i.change_unit,
    i.previous_value,
    list_filter(i.ranks, lambda r: r.scope = '全国')[1].position AS national_rank,
    list_filter(i.ranks, lambda r: starts_with(r.scope, p.region))[1].position AS regional_rank,
    i.ranks_json,
    i.record_flags,
    json_array_length(i.record_flags) > 0 AS is_record,
    i.streak_years,
    i.quote,
    substr(e.original_body, i.original_start_offset + 1, i.original_end_offset - i.original_start_offset)
        AS original_quote,
    i.q_no,
    i.point_no,
    i.start_offset,
    i.end_offset,
    e.best_url AS source_url
FROM ranked AS i
JOIN episodes AS e USING (episode_key)
LEFT JOIN provinces AS p ON p.code = e.province_code
LEFT JOIN indicator_catalog AS c ON c.code = i.code
