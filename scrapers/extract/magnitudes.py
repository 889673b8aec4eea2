"""A change named by its size and its place: 同比改善幅度最大的城市是甲市，为31.5%;
同比恶化的城市仅有乙市，为4.2%; 降幅最大的是丙市，为18.3%; 丁市同比恶化，为1.6%; 戊市降幅最大，
为10.2%; 降幅：甲市6.3%、乙市3.4% (a lead naming the size, a colon, then each place's size).

The % is how much the figure of the sentence's indicator changed in that place, not a share: a
change-only item of the concentration (or other indicator) the sentence or its heading is about.
改善 and 恶化 are judged directions: a fall of a concentration, a rise of a good-days ratio.
"""

from __future__ import annotations

import re
from dataclasses import replace

from models.records import Change, ChangeDirection, Indicator
from scrapers.extract.catalog import catalog_by_code
from scrapers.extract.change_items import change_basis, oriented
from scrapers.extract.naming import match_code
from scrapers.extract.quantities import Mention
from scrapers.extract.sentence import Sentence
from scrapers.extract.years import find_period

_MAGNITUDE_RE = re.compile(
    r"(?:(?P<verb>改善|恶化|下降|上升|反弹|回落|回升|降|升)(?:幅度?|程度)?(?:最大|最多|最明显|较大|较多|最小|较小|最少)?的?"
    r"(?:城市|地区|区县|县区|县\(市、?区\)|县市区|县|市|地方)?(?:是|为|有|仅有|仅为|仅)(?P<place>[^，,；;。为]{1,16})"
    r"|(?P<place_first>[\u4e00-\u9fff]{1,8}?(?:市|县|区|州))同比(?P<verb_after>改善|恶化)"
    # 其中，甲市降幅最大，为10.2%: the place first, then the size of its change
    # 东林市PM2.5浓度降幅最大，为6.3%: the indicator may be named between the place and the size
    r"|(?:其中[，,]?\s*)?(?P<place_lead>(?!其中)[\u4e00-\u9fff]{1,8}?(?:市|县|区|州))"
    r"(?P<lead_named>(?![市县区州])[A-Za-z0-9.\u4e00-\u9fff]{1,12}?)??(?:同比)?(?P<verb_lead>改善|恶化|下降|上升|降|升)"
    r"(?:幅度?|程度)(?:最大|最多|最明显|较大|较多|最小|较小|最少)"
    # …改善幅度最大的是甲镇，为40.6%，最小的是乙镇，为2.3%: the other end of the same remark
    r"|(?<=[，,；;])\s*(?P<other_end>最小|最大|最少|最多)的(?:城市|地区|区县|县区|县|市|镇街|乡镇)?(?:是|为)(?P<place_end>[^，,；;。为]{1,16})"
    # …，甲市降幅最大，为6.3%；乙市次之，为3.4% / 其次是乙市（3.4%）: the next place of the same remark
    r"|(?<=[，,；;])\s*(?:(?P<place_next>[\u4e00-\u9fff]{1,8}?(?:市|县|区|州))次之|其次(?:是|为)(?P<place_after>[^，,；;。为（(]{1,16})))"
    # (…最小的是乙镇，为-21.4% / 甲市改善幅度最大，为-5.6%: a sign, see _negated)
    r"(?:[，,]\s*(?:为|达到|达)|[（(])\s*(?P<sign>[-－−])?\s*$"
)
# 改善幅度最大的是…: the remark whose other end (最小的是乙镇，为2.3%) a later clause gives
_LEAD_RE = re.compile(r"(?P<verb>改善|恶化|下降|上升|降|升)(?:幅度?|程度)(?:最大|最多|最明显|最小|最少)的")
# 甲市降幅最大…；乙市次之: the remark a next place (次之, 其次是) continues
_NEXT_LEAD_RE = re.compile(r"(?P<verb>改善|恶化|下降|上升|降|升)(?:幅度?|程度)(?:最大|最多|最明显)")
# 同比减少最多的是甲市，为2天 / 乙市同比增加最多，为6天: the size of an absolute change.
_ABSOLUTE_RE = re.compile(
    r"(?:(?:增加|减少|增多)了?最多的?(?:城市|地区|区县|县|市)?(?:是|为|有)[^，,；;。为]{1,16}"
    r"|[\u4e00-\u9fff]{1,8}?(?:市|县|区|州)同比(?:增加|减少)最多)[，,]\s*为\s*$"
)
_DOWN_WORDS = ("改善", "下降", "回落", "降")
_JUDGED = ("改善", "恶化")
_KINDS = ("concentration", "percent", "index", "days")


def magnitude_change(s: Sentence, m: Mention, drafts: list[Indicator]) -> Indicator | None:
    """The change-only item of a % figure that closes a 'the largest fall was in X, at' clause."""
    if m.unit != "%":
        return None
    clause = s.clause_of(m.start)
    lead_start = max(s.full.start, clause.start - 40)
    found = _MAGNITUDE_RE.search(s.text, lead_start, m.start)
    if found is None:
        return _listed_size(s, m, drafts)
    place = (
        found.group("place")
        or found.group("place_first")
        or found.group("place_lead")
        or found.group("place_end")
        or found.group("place_next")
        or found.group("place_after")
    )
    lead: re.Match[str] | None = found
    if found.group("other_end") or found.group("place_next") or found.group("place_after"):
        # the other end (or the next place) takes the verb of the remark it follows
        lead_re = _LEAD_RE if found.group("other_end") else _NEXT_LEAD_RE
        leads = list(lead_re.finditer(s.text, s.full.start, found.start()))
        lead = leads[-1] if leads else None
        if (
            lead is not None
            and found.group("other_end") is None
            and "最" in s.text[lead.end() : found.start()]
        ):
            lead = None  # …降幅最大…；优良天数比例最高的是甲市…，乙市次之: 次之 follows the later remark
    if lead is None:
        return None
    verb = lead.group("verb") or found.group("verb_after") or found.group("verb_lead")
    named = found.group("lead_named")
    code = _named_code(named) if named else None
    if named and code is None:
        return None  # 甲市城区降幅最大: words between the place and the size that name no indicator
    if code is None and lead is not found:
        # …SO2改善幅度最大的是甲镇，为36.0%，最小的是乙镇: the pollutant right before the remark's lead
        code = _named_code(s.text[max(s.full.start, lead.start() - 10) : lead.start()])
    return _size_item(s, m, drafts, found.start(), place, verb, code, negated=_negated(found))


# PM2.5浓度同比降幅：甲市6.3%、乙市3.4% / 改善幅度分别为：…: the sizes of the places' changes, listed
_SIZES_LEAD_RE = re.compile(
    r"(?P<verb>改善|恶化|下降|上升|降|升)(?:幅度?|程度)(?:分别为|分别是|依次为|依次是|为)?\s*[:：]"
)
_LISTED_PLACE = r"[\u4e00-\u9fff]{1,8}?(?:市|县|区|州|旗|盟)"
_SIZE_MEMBERS_RE = re.compile(
    rf"(?:\s*{_LISTED_PLACE}\s*(?:为)?\s*\d+(?:\.\d+)?\s*%\s*[、，,；;])*\s*(?P<place>{_LISTED_PLACE})\s*(?:为)?\s*"
)


def _listed_size(s: Sentence, m: Mention, drafts: list[Indicator]) -> Indicator | None:
    """The change-only item of a place's % in a list of places' sizes of change after a lead
    that names the size (降幅：甲市6.3%、乙市3.4%)."""
    leads = list(_SIZES_LEAD_RE.finditer(s.text, s.full.start, m.start))
    if not leads:
        return None
    members = _SIZE_MEMBERS_RE.fullmatch(s.text, leads[-1].end(), m.start)
    if members is None:
        return None
    first = not s.text[leads[-1].end() : members.start("place")].strip()
    quote_start = leads[-1].start() if first else members.start("place")  # 、乙市3.4%: its own member
    item = _size_item(s, m, drafts, leads[-1].start(), members.group("place"), leads[-1].group("verb"))
    return None if item is None else replace(item, quote=s.text[quote_start : m.end], start=quote_start)


def _negated(found: re.Match[str]) -> bool:
    """Whether a sign before the size turns the remark round: the smallest improvement at -21.4%
    is a worsening; the largest at -5.6% is a change rate's sign, which the remark already says."""
    return bool(found.group("sign")) and re.search(r"最小|最少|较小", found.group()) is not None


def _named_code(words: str) -> str | None:
    """The indicator ``words`` name, of the kinds whose change a % can size."""
    return next((c for c in (match_code(words, kind) for kind in _KINDS) if c is not None), None)


def _size_item(
    s: Sentence,
    m: Mention,
    drafts: list[Indicator],
    start: int,
    place: str,
    verb: str,
    code: str | None = None,
    negated: bool = False,
) -> Indicator | None:
    """The change-only item of ``place``'s change of size ``m`` (a % figure), stated by ``verb``;
    ``code`` when the words about the place named the indicator; ``negated`` when a minus sign
    before the size turns the verb's way round (改善幅度最小的是乙镇，为-21.4%: it worsened)."""
    # 上升幅度最大的是臭氧年均浓度，达27%: what rose most is an indicator, not a place
    named = _named_code(place)
    code = named or code or _changed_code(s, start, drafts)
    if code is None:
        return None
    direction: ChangeDirection = "down" if (verb in _DOWN_WORDS) != negated else "up"
    change = Change(
        direction=oriented(direction, verb in _JUDGED, code),
        value=float(m.value),
        unit="percent",
        basis=change_basis(s, start),
    )
    return Indicator(
        code=code,
        subject=catalog_by_code()[code].name if code in catalog_by_code() else verb,
        value=None,
        unit=None,
        value_base=None,
        unit_base=None,
        year=s.year(m.start),
        region=None if named else place.strip(),
        change=change,
        previous_value=None,
        ranks=(),
        record=(),
        streak_years=None,
        quote=s.text[start : m.end],
        start=start,
        end=m.end,
        q_no=s.span.q_no,
        point_no=s.span.point_no,
        period=find_period(s.text, s.full.start, m.start),
    )


def absolute_magnitude(s: Sentence, m: Mention) -> bool:
    """Whether a figure in days or a count closes a 'the largest rise was in X, by' clause."""
    if m.unit == "%":
        return False
    clause = s.clause_of(m.start)
    start = max(s.full.start, clause.start - 40)
    if "最多" not in s.text[start : m.start]:
        return False  # the cheap test first: most figures are not the size of a change
    return _ABSOLUTE_RE.search(s.text, start, m.start) is not None


def _changed_code(s: Sentence, pos: int, drafts: list[Indicator]) -> str | None:
    """The indicator whose change this is: named in the sentence before it, else the last figure
    of the sentence, else the one the passage (or its heading) named last."""
    near = s.text[max(s.full.start, pos - 10) : pos]  # NO2同比改善幅度最大的是…: the one right before
    before = s.text[s.full.start : pos]
    for words in (near, before):
        for kind in _KINDS:
            named = match_code(words, kind)
            if named is not None:
                return named
    earlier = next(
        (d.code for d in reversed(drafts) if d.start >= s.full.start and d.value is not None), None
    )
    if earlier is not None and earlier not in ("count", "share", "concentration", "days"):
        return earlier
    return next((code for kind, code in s.topic.codes if kind in _KINDS), None)  # the latest named
