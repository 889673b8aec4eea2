-- Grain: one row per figure (indicators.episode_key, indicators.indicator_no).
-- scope_kind says what the figure covers: the whole country, a group of provinces or a basin,
-- the episode's own province (the default when no area is stated), or one city.
SELECT
    i.episode_key,
    i.indicator_no,
    e.province_code, e.province_name, e.province_short_name,
    e.series_no, e.published_at, e.published_date,
    i.code,
    c.name AS indicator_name,
    c.domain,
    i.subject,
    i.value,
    i.unit,
    i.value_base,
    i.unit_base,
    i.year,
    i.period,
    i.region AS area,
    CASE
        WHEN i.region = '全国' THEN 'national'
        WHEN i.region IS NULL OR i.region IN (e.province_name, e.province_short_name) THEN 'provincial'
        WHEN regexp_matches(i.region, '(市|州|盟|地区)$') THEN 'city'
        ELSE 'regional'
    END AS scope_kind,
    i.region = '全国' AS is_national,
    i.change,
    i.change.direction AS change_direction,
    i.change.value AS change_value,
    i.change.unit AS change_unit,
    i.change.basis AS change_basis,
    i.previous_value,
    i.ranks,
    list_filter(i.ranks, lambda r: r.scope = '全国')[1].position AS national_rank,
    list_filter(i.ranks, lambda r: starts_with(r.scope, e.province_region))[1].position AS regional_rank,
    i.record_flags,
    len(i.record_flags) > 0 AS is_record,
    i.streak_years,
    i.quote,
    substr(e.original_body, i.original_start_offset + 1, i.original_end_offset - i.original_start_offset)
        AS original_quote,
    i.q_no,
    i.point_no,
    i.start_offset,
    i.end_offset,
    e.source_url
FROM indicators AS i
JOIN v_episode_context AS e USING (episode_key)
LEFT JOIN indicator_catalog AS c ON c.code = i.code
