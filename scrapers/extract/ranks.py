"""Ranks stated without a value: ordered lists (依次为 A、B、C; 前三名为 …) as rank items.

Each listed place gets an indicator whose value is its position (unit ``rank``) and whose code
says what is ranked: air quality (综合指数, 空气质量/空气品质), PM2.5, good-air days (优良天数,
AQI达标率), ecological civilisation, or an improvement of one of them (改善幅度). Ties written after a
list (2个并列第1) are left to the rank modifiers of their own clause. Lists counted from the bottom
(倒数, 后10个城市, 由低到高, 相对较差的) are not ranks here unless their positions are written
(从第74名到第65名).
"""

from __future__ import annotations

import re

from models.records import Indicator, Rank, TextSpan

_TRIGGER_RE = re.compile(
    r"(?:依次为|依次是|依序是|依序为|依次|(?<!后)前[一二三四五六七八九十\d]+(?:名|位)?(?:城市)?(?:为|是)"
    r"|(?P<listed>分别是|分别为))\s*[:：]?\s*"
)
# Lists counted from the bottom (倒数, 后10个城市, 相对较差的) have no positions unless written.
_BOTTOM_RE = re.compile(r"倒数|后[\d一二三四五六七八九十]+|由低到高|最差|较差|下降幅度|降幅")
# (从第74名到第65名) / (第1名至第10名): the positions the list runs through, written before it.
_RANGE_RE = re.compile(r"第\s*(?P<a>\d+)\s*名\s*(?:到|至|-|—|~)\s*(?:并列)?\s*第\s*(?P<b>\d+)\s*名")
_CLAUSE_BREAK = "。；;"
_CODES = (
    ("生态文明", "eco_civilization_index_rank"),
    ("PM2.5", "pm25_rank"),
    ("细颗粒物", "pm25_rank"),
    ("细悬浮微粒", "pm25_rank"),  # Taiwan's and Hong Kong's names of PM2.5
    ("微细悬浮粒子", "pm25_rank"),
    ("优良天数比例改善", "good_air_days_improvement_rank"),
    ("改善幅度", "air_quality_improvement_rank"),
    ("优良天数", "good_air_days_rank"),
    ("AQI达标率", "good_air_days_rank"),
    ("达标天数", "good_air_days_rank"),
    ("综合指数", "air_quality_rank"),
    ("空气质量", "air_quality_rank"),
    ("空气品质", "air_quality_rank"),
)
_MEMBER_SPLIT_RE = re.compile(r"、|和|及|,|，")
_NAME_RE = re.compile(r"^[\u4e00-\u9fff]{2,10}$")
_LIST_END = "。；;\n(（"
_MAX_MEMBERS = 40


def rank_code(naming: str) -> str | None:
    """The rank code the words before a list name, or None (nothing we rank, or counted from the bottom)."""
    if _BOTTOM_RE.search(naming):
        return None
    squashed = re.sub(r"\s+", "", naming)
    return next((code for word, code in _CODES if word in squashed), None)


def ordered_lists(
    text: str, span: TextSpan, sentence_start: int, end: int, year: int | None
) -> list[Indicator]:
    """Rank items of every ordered list in ``text[sentence_start:end]``: positions from 1, or
    along the range written before the list (从第74名到第65名), which also ranks a list counted
    from the bottom."""
    out: list[Indicator] = []
    for m in _TRIGGER_RE.finditer(text, sentence_start, end):
        naming = text[sentence_start : m.start()]
        own = naming[max(naming.rfind(ch) for ch in _CLAUSE_BREAK) + 1 :]  # this list's clause
        written = _RANGE_RE.search(own)
        if written is None and (m.group("listed") or _BOTTOM_RE.search(own)):
            continue  # 分别是 orders a list only along written positions (…(从第74名到第65名)分别是)
        code = rank_code(_BOTTOM_RE.sub("", naming))
        if code is None:
            continue
        first, step = (1, 1) if written is None else _run(written)
        out.extend(_members(text, m.end(), end, code, _scope(naming), span, year, first, step))
    return out


def _run(written: re.Match[str]) -> tuple[int, int]:
    """The first position and the step of a written range (第74名到第65名: 74, -1)."""
    a, b = int(written.group("a")), int(written.group("b"))
    return a, (-1 if a > b else 1)


def _scope(naming: str) -> str:
    m = re.search(r"(全国|全省|全市|[\d一二三四五六七八九十]+个(?:重点|中心)?城市|区县)", naming)
    return m.group(1) if m else ""


def _members(
    text: str,
    start: int,
    end: int,
    code: str,
    scope: str,
    span: TextSpan,
    year: int | None,
    first: int = 1,
    step: int = 1,
) -> list[Indicator]:
    stop = min([end, *(p for p in (text.find(ch, start, end) for ch in _LIST_END) if p >= 0)])
    out: list[Indicator] = []
    position, cursor = first, start
    for raw in _MEMBER_SPLIT_RE.split(text[start:stop])[:_MAX_MEMBERS]:
        name = re.sub(r"等.*$|\s+", "", raw) or raw
        at = text.find(raw, cursor, stop)
        cursor = at + len(raw) if at >= 0 else cursor
        if _NAME_RE.match(name) and at >= 0:
            out.append(_item(code, name, position, scope, text, at, at + len(raw), span, year))
        position += step if raw.strip() else 0  # a garbled name (???) still holds its place
    return out


def _item(
    code: str,
    name: str,
    position: int,
    scope: str,
    text: str,
    start: int,
    end: int,
    span: TextSpan,
    year: int | None,
) -> Indicator:
    return Indicator(
        code=code,
        subject=name,
        value=float(position),
        unit="rank",
        value_base=float(position),
        unit_base="rank",
        year=year,
        region=name,
        change=None,
        previous_value=None,
        ranks=(Rank(scope=scope, position=position),),
        record=(),
        streak_years=None,
        quote=text[start:end],
        start=start,
        end=end,
        q_no=span.q_no,
        point_no=span.point_no,
    )
