"""The pure parsing entry point: a fetched page (or a file's bytes) in, a ``ParsedPage`` out.

``scrapers.base.page.read_page`` (decoded text, one tree, family: the page is parsed once) →
classify (gates, removals, shells) → the page family's reader, or the generic main-content
reader for markup no family knows (``ArticleDraft``; ``ParsedPage.family`` says which) →
``scrapers.episode.structure`` (``Episode`` + answer spans) → ``scrapers.episode.completeness`` (a copy missing
questions or its trailer, or cut short, is ``incomplete`` with the reason). Never raises on
bad input: anything unexpected becomes status ``error`` with a reason, a page nested deeper
than ``blocks.MAX_DEPTH`` too. No network, no clock, no database.

``parsed_to_json`` is the public JSON shape (``mee-interviews parse``, golden files)::

    {"status", "reason", "source", "url", "script", "title", "series_no",
     "province": {"code", "name", "slug"}, "official": {"name", "position", "organization"},
     "headline", "published_at", "supplier", "editor", "original_title",
     "questions": [{"no", "topic", "question", "answer",
                    "points": [{"no", "marker", "headline", "text"}]}],
     "indicators": [{"code", "subject", "value", "unit", "value_base", "unit_base", "year", "region",
                     "change", "previous_value", "ranks", "record", "streak_years", "quote", "start",
                     "end", "q_no", "point_no"}],
     "claims": [{"kind", "text", "quote", "start", "end", "q_no", "point_no"}]}

Indicator and claim offsets (``start``/``end``) index into the episode's Simplified
``body_text``; ``original_start``/``original_end`` locate the same quote in ``original_body``
(the page as captured, in its own script), so every quote maps back. ``reason`` is always present: "" for ``ok``, otherwise why there is no episode. Text is
Simplified; ``published_at`` is ISO 8601 with +08:00, or null. Non-episodes keep every key,
with nulls and empty lists.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, TypeVar

from models.records import Claim, FetchedPage, Indicator, PageStatus, ParsedPage, Question, SourceFamily
from scrapers.articles.draft import ArticleDraft
from scrapers.base.blocks import NestingTooDeep
from scrapers.base.normalize import original_span_mapper
from scrapers.classify import classify_doc
from scrapers.episode.completeness import judge_completeness, truncation
from scrapers.episode.structure import NotAnEpisode, structure_episode
from scrapers.extract import claim_to_json, extract, indicator_to_json
from scrapers.families import FAMILIES, FamilyTable
from scrapers.families.detect import detect_family, family_for_host, read_page
from scrapers.families.readers import choose_reader, department_family, read_draft
from scrapers.fetch.charset import resolve_encoding
from scrapers.provinces import Registry

PARSER_VERSION = "1.28.0"  # 1.1: quotes in the original body too; 1.2: generic family, completeness; 1.3: passage context, change-only figures; 1.4: compared values, places picked out by rank, positional tables; 1.5: Traditional and mirror text (Taiwan/HK/Macau air grades and units, Republic years in comparisons, ranges and datelines, full-width punctuation, doubled marks, injected spam, pinyin in full-width brackets, old variants); 1.6: unseen-text forms (lists of changes naming their own pollutants or followed by the levels reached, restated lead changes, subjects from place lists and 这是…, water-body scope lists and network words, Ⅰ~Ⅲ类达标率, stated aims as targets, PDF breaks, lost subscripts and separators, ranges with ~); 1.7: text layers and wording (spaces inside words, subscripts, Chinese-numeral years, spun words, 。 decimals), changes named by size and place, lists of changes without 分别, lists over years, plan verbs as targets; 1.8: forms from sentence grids and mirror rewrites (place names with 湖/河, changes reaching a level with 至, signed changes without a verb, mixed-direction and flat members of change lists, index values without a verb, spaced tables, paragraphs printed twice); 1.9: flattened tables every way pages flatten them, ranks of their own and ranked lists with ties and written positions, rules from read Traditional mirror sets (previous values of an era, shares of a noun, standards someone set, one grade's days, 今年 after a dateline); 1.10: a context across paragraphs (changes and bare concentrations go on from the paragraph before; a report's changes go to the levels in its next paragraph), second bases and month-on-month twins as notes, relative changes after absolute ones, 今年 from the passage's dated periods and comparisons, issue-date lines, two more spinners, 严重污染 apart from heavy-or-worse, one value of two listed indicators; 1.11: what a count or share is of (a ratio's scope, the whole after a count, one parameter's share, a network's points), lists of counts by place, best and worst places, Chinese-numeral values (decimals, 廿, digit by digit), earlier values of an era, a span's last year, a paragraph's 去年, plan periods and plan paragraphs, month-on-month restatements, marks and stages passed; 1.12: grouped table headers and rows equal to the overall figure, spaced headlines, page trailers after tables, shares that are not of water (soil, people, lake area, exceedance), aims opening a list, dates data run to, a lead's change past empty lines, a place's change after the whole's figure, other-medium ranks, 微跌/微升; 1.13: measure words and units (段 站 株 尾 户 张, 米, 千瓦时, 千瓦, 分贝), people in 万 without 人, done ones of a count, a list member's shared measure, 达标 defined as class Ⅲ, a report title's year past a later publication date, headline bounds, network sizes in restatements, 湖(库), rivers into the sea, rank-change table columns, one-character change verbs, Taiwan's AQI<100 share, 每立方米X微克, spaced years; 1.14: thousands grouped with a space, provinces counted without a measure word, counts of things that reached a target, a bare count in brackets after a share, lost subscripts (SO 浓度), the worst class at a bare zero, good days named after their count, a fourth spinner, 要/将 plan verbs, 满足功能要求 is no requirement, 均保持 over listed indicators, 重污染比例, 空气质量良好天数 shares, a bracketed average compared with, no crash on percentage points stated as an earlier period's; 1.15: classes Ⅳ and Ⅴ are no good share, the good classes one by one with 分别, a change in points after a class's count, values compared with listed in brackets, changes listed under words pointing back (这6项指标…分别), a 分别 list naming its own measure, points opening a paragraph after a share, 重度和严重污染 together, 良及以上 days, 日数(AQI≤100), values after the size of a change, 考核指标为 lists as targets, places after 其中主要城市, one value of a measure named by context, 按…计算 versions in brackets, abbreviation glosses in 分别 lists, 主城 as a place, 优于X年的 is no stated year, changes of measures no code names (降尘量, 成活率), 达到或优于Ⅲ类, 黑臭水体 compliance, 空气质量达标N天, clauses separated by spaces, bulleted place lists, (2024年) after a figure, an area named after it, ranks between listed changes, 环比 after a 同比 a level took, spun 降落/差Ⅴ类, values glued to an unclosed bracket, 8小时(90%), 与上月(X%), 优、良天数, sources' reservoirs in brackets, dates with a view count glued on, 本年; 1.16: lists opened with 分别为：, changes after 上升了 and a subject-only clause, 3月份 as 3月, figures pointed back to with 当月, scope asides (含…，下同), lead lines ending on 去年, report titles with a month and headlines giving a year's figure over a later dateline, 截至目前 and 上月 under a January dateline, a later year stated before a comparison, 同比2023年, 今年 of an undated passage, a lead sentence since a year, days that are not good days (pollution days by month, 超标, 未达标, 一级优) and good days in everyday words (好天, “蓝天”), tap water and sewage discharge, sources named by their reservoirs, values listed over years, a second 分别 list, flat list members, water parameters' changes, 同X年相比, ranges named by place at both ends, table columns headed only 浓度, 毫克 slips, mg/m³, AQI)达标率, bays, 下降比例; 1.17: a headline figure restated once while other places keep their equal figures, table rows that restate their place's sentence, tables of indicators by period and of periods by pollutant, changes listed 2.3个和0.9个百分点, a rate's change, a second comparison after a semicolon, 分别 after a verdict clause, 由…增长到, good days by grade (II级(良)以上, 优良天气率, 达标率 after days by grade), grade II's share after grade I's, 优良率 beside a water rate, places tied before their bracketed value, index values of the places after 其中, day-count and CO table columns, 天次, a page's source line apart from its headline, range ends named by place, 甲市区 as a place, a place's change picked out by 其中; 1.18: one grade's share after its days (占比 after 优N天, 重度 with no 严重 day, bracketed after 超标天数), 严重N天 as no place, shares of cities at a water-index grade, 同比上/同比下 verbs, levels 控制在, 河湖 sections, 第一类和第二类 sea water, 良好以上 and 重度以上 days, a bare 达标率 after a bad class, long since-years, rank remarks between listed values, caps (控制在…以内, 不高于), places with a bracketed gloss and lists closed by a comparison, places named after a shared value (分别为：), 下降超/逾, changes listed by sign after 同比分别为, bare 比率 members, classes counted before 分别占, an earlier month's value compared with, 各占 weights, days whose air 均处于优良水平, old base years across paragraphs, 降幅为 as the size of the change just stated (a year-on-year one wins over 环比), sections counted by body in a list (河流断面N个，湖库断面M个) leave no one body in view, the last place of a bracketed list joined by 和; 1.19: pollutant brackets a mirror broke (a line break, ,? or ? for the subscript) and a micro sign lost to ?, 相较于 a base year, a figure's older second change as no item, a lead restated under a deictic place or another network name, places counted at 100%, sizes that pick out a class (N亩以上耕地), paragraphs of aims (主要指标为：), targets listed over forum-broken lines, 以来，到2020年 as a year reached, one verb over changes in two units, a year implied by a later comparison, 今年/去年 by the dateline beside a bulletin title's year, paragraphs going city by city, the list value before 和, a change after 无劣Ⅴ类 kept to itself, AQI≦100)比率, N天全达标, 优良等级的天数, 而X年是, 则以, 100%达标, 严重 days counted a semicolon apart, a later change of the newer of two years' figures, 从X年的…，逐年上升至 as a previous value, 重度's share apart from 严重's, 一级(优)和二级(良) days and the days monitored in brackets, restatements in a paragraph's list of levels, a whole year's figures on a page dated by June as the year before's, 地级及以上 in a 分别 list, averages compared with in brackets and the gap after them, 将 forecasts, far range ends, slogans' glossed bounds, bounds of counted bays, PM¶2.5¶ broken over lines, 收官之年/开局之年 years, 较X年高出 as a rise, 重污染天气比例, N个“优良天”, a pollutant named right before its value over an aside, red-line shares (纳入红线), sea-water days as no air figure, shares of counted cities, 与N月份相比 as month on month, a points change to the figure its bracketed earlier value adds up for, change lists in μg and mg, volume-counted versions, spaced headlines' changes restated, a figure restated with a change over several years as one figure, 由106年的 as an earlier value, verbs in quotes (“不降反升”, “不升反降”), English page stamps, a figure over a plan's years (“十三五”期间) without a year, one value of listed years (2021年和2022年…均达) for each year, 清洁海域 shares as no good-class share, Taiwan's 减量幅度/改善度 as falls, a change-only item's older second change, headlines that exclaim, asides about another year without a connector; 1.20: header cells naming a measure and its unit at length, a ranking of changes printed beside the ranking of levels, equal values of several places' rows, a figure said again with the value it rose from, 个多百分点, 达标天 and the share of all days, assessment thresholds (才能, 为良好), a relative change before 由X增至Y, an objective's value before 指标, Ⅲ类水及以上, 断面水功能区达标率, 紫爆 days, a station's change against a named year, the from-value's Republic year, counts of what won a title (3处入选…), 至X年底，…共有 as where things stood, a measure word lost to a replacement character before its pinyin, the year of a level compared with (接近2019年…水平), a mirror's repost date years after a story's own dateline, a comparison in the figure's sentence over a later paragraph's year, places opening their clauses after the whole's equal figure, 良好天数 after 优级 days, targets met opening no list of aims, 第一、第二类 sea water, 空气品质良率, shares in a state named after them (处于…富营养化状态), shares of a volume, the dust-caused part of heavy days, a points change after a pollutant had no exceedance, side-by-side rankings flattened a cell a line, the bound of a counted group of places named before it (no figure), good days lost or won back, the other places' equal figure (其余各县…均为), versions counted by volume, one class's share after its count, ranges of changes with ——, paragraphs on what years of effort must achieve, 自 as a from-value, 递减至 a year, 增加为 a level, 县区 as a header word, 回落 as the size of a change, 与X年相较, API under 100 as the good days, measures pointed back to read member by member, 日均值达标率, figure pointers (见图1) and reckoning asides (实况), 相较去年同期…的 as an earlier value, a share that picks out the places counted, places counted at full after a range, the good classes' count then their share across ASCII full stops, one class's river length or sea area, rivers and lakes together as surface water, a plan's title line, 地表水源地/地下水源地 as drinking sources, round marks passed for the first time (首次降到30微克), shares of places (58.3%的市), glossed header cells and a column of pollutant names in flattened tables, districts opening their own lines and sentences, a period over each pair of value and change columns (项目 | 10月 | 1-10月 ¶ 浓度 | 同比增减(%) | …); 1.21: the whole area's and an average's later change goes to the whole's figure, not to a listed group's or to places listed after it, another counted group's change stays its own, lists of places with short names before a measure's other names, a leading year, a closing remark (尤为突出), a counted group before listed measures and a region with its surroundings, a named region's own average, one grade's days (优秀天数, 为“优”的天数) unless spun, 优良总天数 and days counted as 个, one primary pollutant's days, floors (不低于) and hopes (希望) as aims but a red line's delineated area as its area, a model's effect on a concentration, the dust-free heavy-days share, a bare 达标率 after good days, 劣Ⅴ比例, land by ecological class, a water parameter's change, later periods of a series (微增到, 2019上半年), a change-only statement said again in another paragraph or under a headline, a change stated first not given to the next paragraph's version without dust, 达到下降X%的…指标, a rate closing a list of sites, reservoirs under a lead naming drinking sources, a from-value with 年度 and a comma, the year a series reached, listed places at one value (均为, 达标的城市有) one figure each, a paragraph opening on what a plan sets out or on a plan's year, caps written 小于, the relative size after an absolute fall (下降比例), 重度以上污染比例, equal values of one list, a part of the heavy days, a coastal zone's compliance, changes against two bases, a headline said twice with no place, sites at Ⅲ类标准及以上, both ends of a range named by place, a figure followed by the targets it reached, 优秀合格率; 1.22: sentences ended with an ASCII full stop, a place's table of years (时间 | SO2 | … ¶ 2016年 | …) with its good days and 达标率 columns, a bound reached for the first time (首次达到X%以上), a town's 内河 as rivers, a reef's cover by the sea, the share of sites in the worst class (有X%的断面为劣Ⅴ类), places after a change with bare values sharing its verb, what a figure is to fall by (要下降) as an aim; 1.23: a text layer's line breaks where they fall (before ，：；。, after a colon, in a signed change or a dateline, after a short line that was run into; a span of months is no dateline, a unit line no caption's sequel), toned pinyin after a space, spaces inside 微克/立方米, ？ before a lost character's pinyin, an opening sentence is no title, a paragraph of aims names no subject, a semicolon before a subjectless comparison, blank lines inside a list of targets, 微克每立方米 in headers and before a bracketed relative change, a rank column after the places, a caption kept off a table's first cell, a row with no rank; 1.24: a column of main pollutants written in words or a dash keeps the columns after it in place, a pollutant column headed 浓度 is in μg/m³, tables whose rows are pollutants with no unit (three or more), a single value column (污染物 | 浓度 | 同比变化) and worded changes (下降6.1%), a share's change under a column naming no unit is in points, a change column after a measure's rank, empty cells between bars or tabs (or a bar alone on its line inside a row), a group cell headed 平均浓度 over pollutants named on the next line (a cell a line: only bare pollutant names fill it), a measure's column opened by an earlier year or 上年同期 as earlier values, a change group over pollutants named again, values with their unit or a footnote mark and changes by a word or an arrow in cells, no negative level, periods named under each measure (本月 | 累计, with 累计 dated to the caption's month) or before the measures under each (当月 | 上年同期 | 变化 over a share and its rank), 名次 as a header word, places across the top of a table of indicators, the first bracketed value of a list right after 是/为 (最高的三个城市依次是甲市（98.1%）), a 分别 clause naming only the changes' size (降幅分别为) over the pollutants or places of the clause before, full-width and box-drawing bars, lines cut by | never run into each other; 1.25: counts whose noun came before or is left out (目前共有N个, 共有N万人参与), people by the ten thousand with 名 or a noun after a qualifier (N万名, N余万志愿者, N万建档立卡贫困人口), places counted as 城市/地市/地, index values spaced inside their brackets, a superlative scoped by 县(市、区), the place a superlative names in the clause before its value, a listed member's quote from its own place, table columns no catalog code names read by the unit in their header (国控断面数(个), 罚款金额(万元), 完成率(%)) or named as a number of things (国控断面数, 处罚人数: no longer read as a place), columns of amounts with no unit (处罚金额, 降水量) holding their place, a column of words between the names and the measures (所属区域, 空气质量级别) whose entries start no row, 地区/区域 as header words, heavy days named 重度以上天数 / 重污染天, spaced tables with 浓度 set apart from its pollutant or a name spelled out (东 林 市), sizes of change listed by place after a lead and a colon (降幅：甲市6.3%、乙市3.4%), a count's noun stopping before the next figure's pollutant, a change between two figures of one indicator goes to the one right before it (…为92.3%，同比上升2.1个百分点，其中甲市为96.5%), a place's bare superlative (甲市最高（97.8%）) as the figure named before, a number cut by a line break on a short line or after a space (增加1⏎3.9, 占比 8⏎7.6%); 1.26: a place's largest change with the indicator named between (甲市PM2.5浓度降幅最大) and the places after it (乙市次之, 其次是乙市) as change-only items, year columns in ascending order (2023年 | 2024年) read at the later year, change columns headed 增减, 较上年, 与上年比较, 同期比, 变动 or 降幅, a caption's concentration unit (表1 …（微克/立方米）) and no caption run into its header, a value and its change under each measure (PM2.5 | PM10 ¶ 浓度 | 同比 | 浓度 | 同比), an earlier value in brackets after 同比, 达到优良的天数 and 重污染天气占比, headers with 县(市、区) keeping their column spaces, rankings printed in two halves side by side, footnote marks before a name, spaced headers wrapped onto a line of two words or with cells wrapped under them (综合 ¶ 指数), share captions over year columns, columns of words on how a row fares (达标情况, 等级, 变化趋势), 设区市/地级市/省辖市 as the names column; 1.27: a change set on its own line right after a place's figure, a cut-short headline naming a year's air quality over a forum's posting stamp, a Republic year with a month as a sign of Taiwan, 有所升高 closing a list of pollutants with CO holding its place, changes said as 好于/优于/差于 the same period or 较…高/低, a change 均 gives every listed level, PDF breaks inside a class's name (Ⅰ⏎-Ⅱ类, 差⏎Ⅴ类) or a unit (微克/⏎立方米), a share of water drawn beside the share of sources, a plan's title under menu lines or run on by a line break, a spaced header cell in a table of a cell a line, 优良(Ⅰ~Ⅲ类)比例 as water's good share, counties and districts written right before their values as regions; 1.28: a change right after a figure of money, land or volume, or after a count of alert station-days or an emission total, is not the topic's level, and 年均/累计 are no places, 扩大到/缩小至 arrive at a later value, line breaks inside a range's second end, after a dateline's dash, after a closing bracket or a Latin word, inside a quote's marks, before 个优良天 and before a signed number, a wrapped line running on into 。 is no headline, numbered headings of any length stay lines of their own, a bare 比例 after good or heavily polluted days is their ratio and after other days their share, city clusters, rings and deltas listed as places, one level shared with 均 before 分别 changes (over places or measures), 优Ⅲ类/优三类, the smallest improvement below zero and the other end's own pollutant, places whose names hold 中, 达, 共 or 良, cities whose names hold a kind-of-city character (成都, 厦门, 聊城), districts named like zones (金山区, 西湖区) and counties opening like remarks (余杭区, 同心县), a ranking's weights, a change in days past the good-days share
T = TypeVar("T", Indicator, Claim)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)  # fetched_at placeholder for documents read from disk
__all__ = [
    "detect_family",
    "family_for_host",
    "parse_document",
    "parse_page",
    "parsed_to_json",
]


def parse_page(
    page: FetchedPage,
    *,
    registry: Registry,
    family: str | None = None,
    families: FamilyTable = FAMILIES,
) -> ParsedPage:
    """Parse one fetched page; ``family`` overrides detection (e.g. ``tw_mirror`` for a text body)
    when it names a family of ``families`` (a configured source may be named otherwise)."""
    url = page.final_url or page.requested_url
    family = family if families.named(family) is not None else None
    base = ParsedPage(
        status=PageStatus.ERROR,
        source=family or SourceFamily.TEXT,
        url=url,
        parser_version=PARSER_VERSION,
        raw_sha256=page.sha256,
    )
    family = family or department_family(url, registry)
    try:
        doc = read_page(
            page.text, url, content_type=page.header("content-type"), family=family, families=families
        )
        base = replace(base, source=doc.family)
        status, reason = classify_doc(doc, status_code=page.status_code, families=families)
        if status not in (PageStatus.OK, PageStatus.NOT_EPISODE):
            return replace(base, status=status, reason=reason)
        article, draft = read_draft(doc, lambda d: choose_reader(d, families))
        base = replace(base, family=article)
        parsed = _structured(base, draft, registry, status, reason)
        cut = truncation(page, doc, draft)
        trailer = families[article].trailer
        return judge_completeness(parsed, cut, names_column=status is PageStatus.OK, trailer=trailer)
    except NestingTooDeep as exc:
        return replace(base, status=PageStatus.ERROR, reason=str(exc))
    except Exception as exc:
        return replace(base, status=PageStatus.ERROR, reason=f"parser error: {type(exc).__name__}: {exc}")


def _structured(
    base: ParsedPage, draft: ArticleDraft, registry: Registry, status: PageStatus, reason: str
) -> ParsedPage:
    extras = {
        k: v for k, v in (("title", draft.title or ""), ("canonical_key", draft.canonical_key or "")) if v
    }
    base = replace(base, source=draft.source, extras=extras)
    if status is PageStatus.NOT_EPISODE:
        return replace(base, status=status, reason=reason)
    result = structure_episode(draft, registry)
    if isinstance(result, NotAnEpisode):
        return replace(base, status=result.status, reason=result.reason)
    extras.update(dict(result.extras))
    ep = result.episode
    indicators, claims = extract(ep.body_text, result.spans, province=ep.province)
    to_original = original_span_mapper(ep.body_text, ep.original_body)
    ep = replace(ep, indicators=_located(indicators, to_original), claims=_located(claims, to_original))
    return replace(base, status=PageStatus.OK, episode=ep, reason="", extras=extras)


def _located(items: tuple[T, ...], to_original: Callable[[int, int], tuple[int, int]]) -> tuple[T, ...]:
    """Add each quote's span in the original body (the page's own script)."""
    out = []
    for item in items:
        start, end = to_original(item.start, item.end)
        out.append(replace(item, original_start=start, original_end=end))
    return tuple(out)


def parse_document(
    data: bytes,
    url: str,
    *,
    registry: Registry,
    content_type: str | None = None,
    fetched_at: datetime | None = None,
    family: str | None = None,
) -> ParsedPage:
    """Parse a saved page or a plain-text body (``mee-interviews parse PATH_OR_URL``).

    The encoding comes from ``scrapers.fetch.charset.resolve_encoding`` (BOM, declared charset,
    detection); ``fetched_at`` defaults to the Unix epoch since parsing never reads the clock.
    """
    headers = (("Content-Type", content_type),) if content_type else ()
    page = FetchedPage(
        requested_url=url,
        final_url=url,
        status_code=200,
        headers=headers,
        body=data,
        fetched_at=fetched_at or _EPOCH,
        encoding=resolve_encoding(headers, data),
    )
    return parse_page(page, registry=registry, family=family)


def parsed_to_json(parsed: ParsedPage) -> dict[str, Any]:
    """The public JSON shape of a parse (see the module docstring)."""
    out: dict[str, Any] = {
        "status": str(parsed.status),
        "reason": parsed.reason,
        "source": str(parsed.source),
        "url": parsed.url,
        "script": None,
        "title": None,
        "series_no": None,
        "province": None,
        "official": None,
        "headline": None,
        "published_at": None,
        "supplier": None,
        "editor": None,
        "original_title": None,
        "questions": [],
        "indicators": [],
        "claims": [],
    }
    ep = parsed.episode
    if ep is None:
        return out
    out.update(
        script=ep.script,
        title=ep.title,
        series_no=ep.series_no,
        headline=ep.headline,
        province={"code": ep.province.code, "name": ep.province.name, "slug": ep.province.slug},
        official={
            "name": ep.official.name,
            "position": ep.official.position,
            "organization": ep.official.organization,
        },
        published_at=ep.published_at.isoformat() if ep.published_at else None,
        supplier=ep.supplier,
        editor=ep.editor,
        original_title=ep.original_title,
        questions=[_question_json(q) for q in ep.questions],
        indicators=[indicator_to_json(i) for i in ep.indicators],
        claims=[claim_to_json(c) for c in ep.claims],
    )
    return out


def _question_json(q: Question) -> dict[str, Any]:
    return {
        "no": q.no,
        "topic": str(q.topic),
        "question": q.question,
        "answer": q.answer,
        "points": [
            {"no": p.no, "marker": p.marker, "headline": p.headline, "text": p.text} for p in q.points
        ],
    }
