-- Grain: one row per claim (claims.episode_key, claims.claim_no).
-- scope of a "first" is read from its words: 全国率先/全国首个 are national firsts, 中部/长江…率先
-- regional ones, 首次实现全省… provincial ones; 首个…/首次… with no scope word is 未注明.
-- A 全国 that names an award (首次荣获全国…奖) is not a national first: it must precede the marker.
WITH scoped AS (
    SELECT
        *,
        CASE
            WHEN kind <> 'first' THEN NULL
            WHEN regexp_matches(text, '全国[^，。；]{0,2}(率先|首创|首个|首家|首批|首次|第一|唯一|最早)') THEN '全国'
            WHEN regexp_matches(text, '(东部|中部|西部|东北|长江|黄河|长三角|京津冀|珠三角|流域|区域)'
                                      '[^，。；]{0,4}(率先|首创|首个|首家|首批|首次|第一|唯一|最早)') THEN '区域'
            WHEN regexp_matches(text, '全省|全区|省内|区内') THEN '全省'
            WHEN regexp_matches(text, '全市|市内') THEN '全市'
            ELSE '未注明'
        END AS scope
    FROM claims
)
SELECT
    c.episode_key,
    c.claim_no,
    e.province_code, e.province_name, e.province_short_name,
    e.series_no, e.published_at, e.published_date,
    c.kind,
    c.scope,
    CASE c.scope
        WHEN '全国' THEN 'national' WHEN '区域' THEN 'regional'
        WHEN '全省' THEN 'provincial' WHEN '全市' THEN 'city' WHEN '未注明' THEN 'unstated'
    END AS scope_kind,
    nullif(regexp_extract(c.text, '(率先|首创|首个|首家|首批|首次|第一|唯一|最早)'), '') AS first_marker,
    c.text,
    c.quote,
    c.q_no,
    q.topic,
    c.point_no,
    e.source_url
FROM scoped AS c
JOIN v_episode_context AS e USING (episode_key)
LEFT JOIN questions AS q ON q.episode_key = c.episode_key AND q.q_no = c.q_no
