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
        "published_at": "Publication instant of the episode's best source (TIMESTAMPTZ, shown in Asia/Shanghai).",
        "published_date": "Publication date in China time (Asia/Shanghai).",
    }


DIRECTION_GOOD = (
    "lower when a lower value is better (concentrations, the composite index, heavy-pollution days, "
    "worse-than-class shares, the worst groundwater grade, ranks), else higher (macro direction_good)."
)
SOURCE_URL = {"source_url": "URL of the episode's best source (episodes.best_url): cite this."}
POSITION = {
    "q_no": "Question the item is in (questions.q_no).",
    "point_no": "Enumerated point the item is in, when inside one (answer_points.point_no).",
}

EPISODE_CONTEXT = {
    **keyed("province_code", PROVINCE["province_code"]),
    "province_region": "Economic region of the province: 东部, 中部, 西部 or 东北.",
    "official_name": "Name of the interviewed official.",
    **SOURCE_URL,
    "body_text": "The episode's text, Simplified and normalised (episodes.body_text): offsets point into it.",
    "original_body": "The text as captured, in the page's own script (episodes.original_body).",
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
    "published_at": "Publication instant of the best source (TIMESTAMPTZ, shown in Asia/Shanghai).",
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
    "domain": "Domain from indicator_catalog: air, water, soil, ecology, money, governance ….",
    "subject": "What is measured, as phrased in the text.",
    "value": "The number as written; NULL for a change-only statement (PM2.5浓度同比下降3.4%: only change is stated).",
    "unit": "Unit as written (%, 微克/立方米, 亿元 …); NULL for a change-only statement.",
    "value_base": "Value in the base unit.",
    "unit_base": "Base unit: yuan, persons, km2, %, ug/m3, days, count ….",
    "year": "Year the figure is about.",
    "period": "Part of the year covered (1-5月, 一季度); NULL for the whole year.",
    "area": "Area the figure covers (indicators.region): the province's name, 全国, or a city.",
    "scope_kind": "What the area is: national (全国), provincial (the episode's province, also when "
    "no area is stated), city, or regional (a basin or group of provinces).",
    "is_national": "True when the figure is about the whole country (area 全国).",
    "change": "The stated change as a STRUCT(direction, value, unit, basis); NULL when none.",
    "change_direction": "up, down or flat (同比持平) (change.direction).",
    "change_value": "Size of the change (change.value).",
    "change_unit": "percentage_point, percent or the figure's own unit (change.unit).",
    "change_basis": "What the change is against: yoy (同比), vs_period (against a stated year or period), cumulative (累计); NULL when not stated.",
    "previous_value": "Previous value implied by the change.",
    "ranks": "All stated ranks: LIST of STRUCT(scope, scope_kind, position, of_total).",
    "national_rank": "Position among all provinces (rank with scope 全国), else NULL.",
    "regional_rank": "Position within the province's economic region (rank scope starting "
    "with provinces.region, e.g. 中部), else NULL.",
    "record_flags": "Record flags as a LIST (历史最好, 历史新高, 首次超过).",
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
    "value": "The number as written, from the latest-published episode stating it (a change-only "
    "statement, with no value, never fills a cell).",
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
    "scope": "Scope of a first, from its words: 全国 (全国率先, 全国首个), 区域 (中部/长江…率先), "
    "全省 (首次实现全省…), 全市, or 未注明 when no scope word is stated; NULL for programmes.",
    "scope_kind": "The scope in English: national | regional | provincial | city | unstated.",
    "first_marker": "The word that makes it a first: 率先, 首创, 首个, 首家, 首批, 首次 …; else NULL.",
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
    "answer": "Full answer text, without speaker labels (put back from episodes.body_text by questions.answer_spans).",
    "answer_chars": "Length of the answer in characters.",
    "n_points": "Number of enumerated points (一是…二是…) in the answer.",
    **SOURCE_URL,
}

POINTS = {
    **keyed("q_no", "Question the point is in (questions.q_no)."),
    "point_no": "Point number within the answer, from 1.",
    "topic": "Topic of the question: highlights | memorable | priorities | other.",
    "marker": "The enumeration marker as written: 一是, 二是, 第一, (一) ….",
    "headline": "The point's short heading sentence.",
    "text": "Full text of the point, marker included (put back from episodes.body_text).",
    "start_offset": "Start of the point in episodes.body_text (NULL for an older row kept as text).",
    "end_offset": "End offset (exclusive) of the point in episodes.body_text.",
    **SOURCE_URL,
}

PROVINCE_COVERAGE = {
    "province_code": "GB/T 2260 code.",
    "province_name": "Full Chinese name.",
    "province_short_name": "Short Chinese name.",
    "slug": "Pinyin slug (its row in scrapers/provinces/units.toml).",
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
    "department_site_articles_listed": "Article records or links its department's list pages held in the newest run that walked them, else NULL.",
    "department_site_articles_read": "Of them, read as list items (title and URL), else NULL.",
    "department_site_episodes": "Of those, column episodes (title names 厅局长请回答), else NULL.",
    "department_site_unreadable_pages": "List pages of that run that showed articles none of which could be read (listing_unreadable), else NULL.",
}

INDICATOR_COMPARE = {
    "province_code": "GB/T 2260 code of the province.",
    "province_name": "Full name of the province.",
    "province_short_name": "Short name of the province.",
    "region": "Economic region of the province.",
    "year": "Year the figure is about.",
    "code": "Core indicator code (indicator_catalog.code).",
    "indicator_name": "Chinese name from indicator_catalog (NULL until the catalog is loaded).",
    "domain": "Domain from indicator_catalog: air, water, soil, ecology ….",
    "direction_good": DIRECTION_GOOD,
    "value": "The province's value (v_indicator_matrix: latest-published episode stating it).",
    "unit": "Unit as written.",
    "value_base": "Value in the base unit.",
    "unit_base": "Base unit.",
    "national_value": "The national (全国) value of the same code and year: as stated in an episode, else "
    "the preferred national reference figure (v_reference_figures); else NULL.",
    "national_value_base": "That national value in the base unit.",
    "difference_from_national": "value_base minus national_value_base.",
    "is_better_than_national": "True when better than the national value in direction_good; NULL when "
    "equal or no national value.",
    "rank_among_provinces": "Rank (1 = best by direction_good) among the provinces that reported the code "
    "for the year; ties share a rank.",
    "n_provinces_reporting": "How many provinces reported the code for the year.",
    "stated_previous_value": "Previous value implied by the figure's own stated change (indicators.previous_value).",
    "stated_change_direction": "Direction of the stated change: up, down or flat.",
    "stated_change_value": "Size of the stated change.",
    "stated_change_unit": "Unit of the stated change: percentage_point, percent or the figure's unit.",
    "stated_change_basis": "What the stated change is against (yoy (同比), vs_period (against a stated year or period), cumulative (累计)); NULL when not stated.",
    "previous_year": "The latest earlier year the province reported the code for, else NULL.",
    "previous_year_value": "The province's value for previous_year (as written).",
    "change_from_previous_year": "value_base minus the previous_year value in the base unit.",
    "quote": "The exact span of body_text stating the province's figure.",
    "episode_key": "Episode the province's value was taken from.",
    "indicator_no": "indicators.indicator_no of that figure.",
    **SOURCE_URL,
    "national_quote": "The quote stating the national value (NULL for a curated reference figure).",
    "national_episode_key": "Episode the national value was taken from (NULL when it is a reference figure).",
    "national_source_url": "Best source URL of that episode, or the reference figure's URL (its official "
    "URL, else the first page it was read on).",
    "national_value_origin": "episode (stated in an episode) or reference (the official record); NULL when "
    "there is no national value.",
    "national_source_title": "Title of the publication the national reference figure comes from.",
}

RAW_PAGES = {
    "requested_url": "The canonical URL that was requested (raw_pages.requested_url).",
    "sha256": "SHA-256 of the body bytes (raw_pages.sha256, raw_bodies.sha256).",
    "final_url": "URL after redirects.",
    "status_code": "HTTP status code.",
    "headers_json": "The response headers that matter, as a JSON object.",
    "encoding": "Character encoding the body was decoded with.",
    "source": "Source family the URL was fetched for (wechat, mee, …).",
    "kind": "listing (an entry-point page), article (an episode page) or bulletin (a page of the bulletin crawl).",
    "fetched_at": "When this body was first fetched.",
    "run_id": "Ingest run that first archived it.",
    "body": "Response body, byte for byte (empty for an empty response). Filter first: each body "
    "is put back together from its parts when read.",
}

REFERENCE_FIGURES = {
    "scope_code": "000000 for a national figure, else the province's GB/T 2260 code.",
    "scope_name": "全国, or the province's full name.",
    "scope_short_name": "全国, or the province's short name.",
    "code": "indicator_catalog.code.",
    "indicator_name": "Chinese name from indicator_catalog (NULL until the catalog is loaded).",
    "year": "Year the figure is about.",
    "period": "Part of the year covered (1-5月); NULL for the whole year.",
    "value": "The number as published.",
    "decimals": "Digits after the decimal point as published: the figure's precision.",
    "unit": "Unit as published.",
    "value_base": "Value in the base unit.",
    "unit_base": "Base unit.",
    "ranks": "Ranks the source states: LIST of STRUCT(scope, scope_kind, position, of_total).",
    "source_kind": "national_bulletin | provincial_bulletin | press_release | government_report.",
    "source_title": "Title of the official publication.",
    "publisher": "Who published it.",
    "published_on": "Publication date (NULL when no copy read states it).",
    "source_url": "The publication on the official site, when known.",
    "cite_url": "The URL to cite: source_url, else the first page the figure was read on.",
    "verification": "verified (read on an official website), press (in a news organisation's report) or "
    "unverified (only on mirror or aggregator copies).",
    "seen_at": "URLs of the pages the figure was read on.",
    "note": "About the figure: its coverage (339 cities, 1,940 sections …).",
    "source_note": "About the source: how it was read, what is uncertain.",
    "quote": "For a figure read from a crawled page: the exact span stating it.",
    "is_preferred": "True for the one figure checks use among the sources stating the same scope, code, year "
    "and period (verified first, then bulletins, then the latest).",
    "n_sources": "How many reference figures state this scope, code, year and period.",
    "n_distinct_values": "How many different values they state (1 when every source agrees).",
    "origin": "reference_figures.origin: curated:figures.toml or a crawled page's URL.",
    "figure_no": "reference_figures.figure_no.",
    "origin_version": "The curated file's version or the crawled page's sha256.",
}

FACT_CHECK = {
    **keyed("indicator_no", "Position of the figure in the body, from 1."),
    "code": "Core indicator code (indicator_catalog.code; generic codes excluded).",
    "indicator_name": "Chinese name from indicator_catalog.",
    "domain": "Domain from indicator_catalog: air, water, soil, ecology ….",
    "year": "Year the figure is about.",
    "period": "Part of the year covered; NULL for the whole year.",
    "area": "Area the figure covers (v_indicators.area).",
    "scope_kind": "national, provincial, city or regional (v_indicators.scope_kind).",
    "reference_scope_code": "Scope whose record the figure is checked against: 000000 for a national "
    "figure, the province's code for a provincial one, NULL for a city or a region (no reference).",
    "value": "The figure as stated in the episode.",
    "unit": "Its unit as written.",
    "value_base": "Its value in the base unit.",
    "unit_base": "Its base unit.",
    "decimals": "Digits after the decimal point of the stated value: its precision (macro stated_decimals).",
    "quote": "The exact span of the episode stating the figure.",
    **SOURCE_URL,
    "reference_value": "The preferred reference figure of the same scope, code, year and period, as published; "
    "NULL when there is none.",
    "reference_unit": "Its unit.",
    "reference_decimals": "Digits after its decimal point: its precision.",
    "difference": "value_base minus the reference value in the base unit.",
    "tolerance": "Half a unit of the last digit of the coarser of the two figures, in the base unit: a "
    "difference within it is rounding.",
    "verdict": "consistent (within tolerance), differs, no_reference (nothing comparable in the record), "
    "or change_only (the episode states only a change, no value to compare).",
    "reference_source_kind": "national_bulletin | provincial_bulletin | press_release | government_report.",
    "reference_title": "Title of the publication the reference figure comes from.",
    "reference_publisher": "Who published it.",
    "reference_published_on": "When.",
    "reference_url": "URL to cite for it (official URL, else the first page it was read on).",
    "reference_verification": "verified, press or unverified (v_reference_figures.verification).",
    "reference_quote": "The span stating the reference figure on a crawled bulletin page; NULL for curated figures.",
    "reference_note": "About the reference figure: its coverage.",
    "n_reference_sources": "How many reference figures state this scope, code, year and period.",
    "direction_good": DIRECTION_GOOD,
    "national_value": "For a provincial figure: the preferred national reference figure of the same code, "
    "year and period; else NULL.",
    "difference_from_national": "value_base minus the national value in the base unit.",
    "better_than_national": "True when better than the national value in direction_good; NULL when equal or "
    "no national value.",
    "national_title": "Title of the publication the national value comes from.",
    "national_url": "URL to cite for the national value.",
    "national_verification": "verified, press or unverified, for the national value.",
    "stated_ranks": "Ranks the episode states for the figure (indicators.ranks).",
    "reference_ranks": "Ranks the reference sources state for the same scope, code, year and period (all sources).",
    "rank_verdict": "consistent (every stated rank whose scope the record ranks has the same position), "
    "differs, no_reference (none of its scopes is ranked in the record); NULL when no rank is stated.",
    "n_ranks_checked": "How many stated ranks had a reference rank of the same scope.",
}
