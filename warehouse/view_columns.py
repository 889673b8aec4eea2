"""Column comments of the analyst views (``warehouse/views.py``), one dict per view, in order."""

from __future__ import annotations

PROVINCE = {
    "province_code": "GB/T 2260 code of the episode's province (provinces.code).",
    "province_name": "Full Chinese name of the province, e.g. 江西省.",
    "province_short_name": "Short Chinese name, e.g. 江西.",
}


def keyed(item_no: str, comment: str) -> dict[str, str]:
    """The leading columns of a per-item view: episode_key, the item's number, then its episode."""
    return {
        "episode_key": "episodes.episode_key (<province_code>-<series_no:03d>).",
        item_no: comment,
        **PROVINCE,
        "series_no": "Episode number in the column (⑩ = 10).",
        "published_at": "Publication time of the episode's best source (+08:00).",
    }


SOURCE_URL = {"source_url": "URL of the episode's best source (episodes.best_url): cite this."}
POSITION = {
    "q_no": "Question the item is in (questions.q_no).",
    "point_no": "Enumerated point the item is in, when inside one (answer_points.point_no).",
}

EPISODES = {
    "episode_key": "Natural key <province_code>-<series_no:03d>, e.g. 360000-010.",
    **PROVINCE,
    "region": "Economic region of the province: 东部, 中部, 西部 or 东北.",
    "series_no": "Episode number in the column (⑩ = 10).",
    "title": "Title as published, in Simplified.",
    "headline": "The headline after the official's name in the title.",
    "official_name": "Name of the interviewed official.",
    "official_position": "Position, e.g. 厅长 or 局长.",
    "official_organization": "Organisation, e.g. 江西省生态环境厅.",
    "published_at": "Publication time of the best source (+08:00).",
    "published_date": "Publication date in China time (Asia/Shanghai).",
    "first_seen": "When the episode was first loaded (UTC).",
    "last_updated": "When its content last changed (UTC).",
    "best_source": "Source family the text was taken from (wechat, mee, …).",
    "best_url": "URL of the best source: cite this.",
    "n_sources": "Number of URLs the episode was seen at (episode_sources rows).",
    "n_questions": "Number of questions parsed.",
    "n_indicators": "Number of figures extracted.",
    "is_removed": "True when the best source was found deleted (the data is kept).",
    "removed_at": "When the best source was found deleted.",
    "parser_version": "Version of the parser that produced the row.",
}

INDICATORS = {
    **keyed("indicator_no", "Position of the figure in the body, from 1."),
    "code": "indicator_catalog.code, or a generic code (money, count, share, area …).",
    "indicator_name": "Chinese name from indicator_catalog (NULL until the catalog is loaded).",
    "subject": "What is measured, as phrased in the text.",
    "value": "The number as written.",
    "unit": "Unit as written (%, 微克/立方米, 亿元 …).",
    "value_base": "Value in the base unit.",
    "unit_base": "Base unit: yuan, persons, km2, %, ug/m3, days, count ….",
    "year": "Year the figure is about.",
    "area": "Area the figure covers (indicators.region): the province's name, 全国, or a city.",
    "is_national": "True when the figure is about the whole country (area 全国).",
    "change_direction": "up or down.",
    "change_value": "Size of the change.",
    "change_unit": "percentage_point or percent.",
    "previous_value": "Previous value implied by the change.",
    "national_rank": "Position among all provinces (rank with scope 全国), else NULL.",
    "regional_rank": "Position within the province's economic region (rank scope starting "
    "with provinces.region, e.g. 中部), else NULL.",
    "ranks_json": "All ranks as a JSON list of {scope, position}.",
    "record_flags": "Record flags (历史最好, 历史新高, 首次超过) as a JSON list.",
    "is_record": "True when the figure carries at least one record flag.",
    "streak_years": "连续N年: length of a stated streak.",
    "quote": "The exact span of body_text stating the figure.",
    "original_quote": "The same quote as captured, in the page's own script (from episodes.original_body).",
    **POSITION,
    "start_offset": "Start offset of the quote in episodes.body_text.",
    "end_offset": "End offset (exclusive) of the quote.",
    **SOURCE_URL,
}

INDICATOR_MATRIX = {
    "province_code": "GB/T 2260 code of the province, or 000000 for a national (全国) figure.",
    "province_name": "Full name of the province, or 全国.",
    "province_short_name": "Short name of the province, or 全国.",
    "region": "Economic region of the province (NULL on national rows).",
    "is_national": "True for a national figure (province_code 000000).",
    "year": "Year the figure is about.",
    "code": "Core indicator code (indicator_catalog.code; generic codes excluded).",
    "indicator_name": "Chinese name from indicator_catalog (NULL until the catalog is loaded).",
    "value": "The number as written, from the latest-published episode stating it.",
    "unit": "Unit as written.",
    "value_base": "Value in the base unit.",
    "unit_base": "Base unit.",
    "quote": "The exact span of body_text stating the figure.",
    "episode_key": "Episode the value was taken from.",
    "indicator_no": "indicators.indicator_no of the value within that episode.",
    "published_at": "Publication time of that episode.",
    **SOURCE_URL,
    "n_candidates": "How many figures (all episodes) were stated for this cell; the latest won.",
}

CLAIMS = {
    **keyed("claim_no", "Position of the claim in the body, from 1."),
    "kind": "first | programme.",
    "text": "The claim or programme name.",
    "quote": "The exact span of body_text.",
    "q_no": "Question the claim is in (questions.q_no).",
    "topic": "Topic of that question: highlights | memorable | priorities | other.",
    "point_no": "Enumerated point the claim is in, when inside one.",
    **SOURCE_URL,
}

QA = {
    **keyed("q_no", "Question number within the episode, from 1."),
    "official_name": "Name of the interviewed official who answers.",
    "topic": "highlights | memorable | priorities | other.",
    "question": "Question text, without the speaker label.",
    "answer": "Full answer text, without speaker labels.",
    "answer_chars": "Length of the answer in characters.",
    "n_points": "Number of enumerated points (一是…二是…) in the answer.",
    **SOURCE_URL,
}

PROVINCE_COVERAGE = {
    "province_code": "GB/T 2260 code.",
    "province_name": "Full Chinese name.",
    "province_short_name": "Short Chinese name.",
    "slug": "Pinyin slug (scrapers/provinces/<slug>.py).",
    "region": "Economic region: 东部, 中部, 西部 or 东北.",
    "department": "Its ecology-and-environment department.",
    "has_episode": "True when at least one episode is loaded.",
    "n_episodes": "Episodes loaded (removed ones included: their data is kept).",
    "n_removed_episodes": "Episodes whose best source was found deleted.",
    "latest_series_no": "Highest series number loaded, else NULL.",
    "latest_episode_key": "episode_key of that episode, else NULL.",
    "latest_published_at": "Latest publication time among its episodes.",
    "is_missing": "True when the province has no episode yet.",
    "n_department_site_copies": "Episode copies found on its department's own website (source province).",
    "department_site_listing_pages": "List pages of its department website archived so far (source province_<slug>).",
    "department_site_last_crawled_at": "When a list page of its department website was last fetched, else NULL.",
    "department_site_last_status": "HTTP status of that newest list page (412 = WAF), else NULL.",
}
