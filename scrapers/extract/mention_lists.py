"""Numbers in lists: bare numbers sharing the unit written after the last (30、45、150微克/立方米),
changes listed after one verb (分别下降21.5%、18.2%和16.0%), and which numbers are figures at all
(not ordinals, not the far end of a range)."""

from __future__ import annotations

import re
from dataclasses import replace

from models.records import ChangeDirection
from scrapers.extract.mention import Mention
from scrapers.extract.numbers import UNITS, parse_number
from scrapers.extract.segments import Segment, inside

AR = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# 养殖场1 350个 / 2 460多个: thousands grouped with a space, as GB/T 15835 writes them in statistical
# text. Only where the number is written right after a word (not a space, digit, letter or point:
# PM10 120 and a table row's 310 325 are two numbers) and with a unit after it (quantities.py).
AR_SPACED = r"(?<![\dA-Za-z.\s])\d{1,3}(?:[ \u2009\u202f\u00a0]\d{3})+(?![\d,])(?:\.\d+)?"


# 下降-3.2%、-1.1%: a minus sign after a change verb or a list comma is the change's sign.
# 永州市(-47.6%) / 最小的是乙镇，为-21.4%: a sign after a verb, a list mark, a bracket or 为
_SIGN_RE = re.compile(r"(?:降|升|增|减|长|少|加|高|低|为|是|[、和及与(（])\s*[-－−]\s*$")
# 同比-3.6% / 同比变化率为-3.6% / 同比+1.2个百分点: a change's sign after what it is compared with.
COMPARED_SIGN_RE = re.compile(
    r"(?:同比|环比|上年|去年|同期|变化率|变化|变幅)\s*(?:分别)?\s*(?:为|是)?\s*[:：]?\s*(?P<sign>[-－−+＋])\s*$"
)
# 95.1%至70.2%之间: the far end of a range written with 至 / 到 after a number and its unit.
_RANGE_TO_RE = re.compile(r"\d\s*(?P<unit>%|％|个百分点|微克/立方米|μg/m3|天|个)?\s*(?:至|到)\s*$")


# 甲市-10.2% / 乙市+2.3%: a sign after a place's name is its change's, not the dash of a range.
PLACE_SIGN_RE = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:市|县|区|州|盟|旗)\s*[:：]?\s*(?P<sign>[-－−+＋])\s*$")


def is_signed(text: str, start: int) -> bool:
    """Whether the number at ``start`` has a minus sign that is a change's sign (下降-3.2%)."""
    return _SIGN_RE.search(text, max(start - 4, 0), start) is not None


def _is_range_end(text: str, start: int, raw: str) -> bool:
    """Whether the number at ``start`` closes a range (5至10个, 95.1%至70.2%): the near end's unit,
    where written, is the far end's too; 上升1.2个百分点至85.5% is a change, then the level it reached."""
    near = _RANGE_TO_RE.search(text, max(start - 16, 0), start)
    if near is None:
        return False
    unit = near.group("unit")
    return unit is None or text[start + len(raw) :].lstrip().startswith(unit)


# 95.4%(乙区)~100%(甲县): each end of the range is named by its place, so each is a figure
_NAMED_NEAR_END_RE = re.compile(r"[)）]\s*[-～~—]\s*$")


# 优良率在86.2%~100%之间，最高为甲县…，最低为乙区: the ends of the range are the places' figures
_EXTREMES_NAMED_AFTER_RE = re.compile(
    r"(?:\s*[~～\-—至到]\s*\d+(?:\.\d+)?)?\s*(?:%|％|微克/立方米|微克每立方米|[μµu]g/m3)?\s*(?:之间)?\s*[，,]\s*"
    # (…范围为17~44微克/立方米，浓度最低为甲市，最高为乙市: 之间 unsaid, the measure named again)
    r"(?:其中)?(?:浓度|数值|比例)?(?:最高|最低)的?(?:城市|区县|县区|县|市)?(?:是|为)"
)


def extremes_named_after(text: str, end: int) -> bool:
    """Whether a range the number at ``end`` is an end of goes on to name the places at its ends."""
    return _EXTREMES_NAMED_AFTER_RE.match(text, end) is not None


def number_allowed(text: str, start: int, raw: str) -> bool:
    before = text[max(start - 1, 0) : start] if start else ""
    if before in "~～-—" and before and extremes_named_after(text, start + len(raw)):
        return True  # the far end of a range whose ends are named by place
    if is_signed(text, start) or COMPARED_SIGN_RE.search(text, max(start - 8, 0), start):
        return True  # 下降-3.2% / 同比-3.6%: a sign, not the far end of a range
    if before == "第" or (
        text[max(start - 3, 0) : start].rstrip()[-1:] in ("-", "～", "~", "—")
        and not PLACE_SIGN_RE.search(text, max(start - 12, 0), start)
        and not _NAMED_NEAR_END_RE.search(text, max(start - 4, 0), start)
    ):
        return False  # ordinals and the far end of ranges (46 ~ 104), not 甲市-10.2%'s sign
    if before in ("至", "到") and _is_range_end(text, start, raw):
        return False  # 5至10个, 95.1%至70.2%之间, but not 降至17.6
    if raw[0].isdigit():
        return not (before and (before.isascii() and (before.isalnum() or before == ".")))
    has_digit = any(ch in "一二两三四五六七八九十" for ch in raw)
    # 十二.六微克: the decimals of a number written in Chinese numerals, not a number of their own
    return has_digit and not (before and before in "万千百十统唯第周星.．")


_LIST_JOIN_RE = re.compile(r"\s*[、和及与]\s*[-－]?\s*|(?<=%)")  # 0.8%7.7%: a mirror lost the 、


# 目标2030年降至10μg/m3、2035年降至8μg/m3: a list member after a target, with its own year.
_TARGET_LIST_JOIN_RE = re.compile(
    r"\s*[、和及]\s*[^，,。；;！？\n\d]{0,4}(?:\d{4}\s*年)?[^，,。；;！？\n\d]{0,6}"
)


def continued_changes(text: str, mentions: list[Mention]) -> list[Mention]:
    """分别下降21.5%、18.2%和16.0%: the members of a list of changes are changes too (提升了6天、
    1.6个百分点: in another unit, with the verb's direction); the next
    member of a list of targets (…目标2030年降至10μg/m3、2035年降至8μg/m3) is a target too."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and m.role == "level" and _one_kind(m.unit, prev.unit):
            if prev.role == "change" and _LIST_JOIN_RE.fullmatch(text, prev.end, m.start):
                direction = _list_direction(text, out, m)
                m = Mention(m.start, m.end, m.value, m.multiplier, m.unit, "change", direction, prev.judged)
            elif prev.role == "target" and _TARGET_LIST_JOIN_RE.fullmatch(text, prev.end, m.start):
                m = Mention(m.start, m.end, m.value, m.multiplier, m.unit, "target")
        elif (
            prev is not None
            and m.role == "change"
            and m.direction is None
            and prev.role == "change"
            and prev.direction is not None
            and _LIST_JOIN_RE.fullmatch(text, prev.end, m.start)
        ):
            # 提升了5天、1.3个百分点: one verb for the changes of two figures, in their own units
            m = Mention(m.start, m.end, m.value, m.multiplier, m.unit, "change", prev.direction, prev.judged)
        out.append(m)
    return out


def _one_kind(unit: str, other: str) -> bool:
    """The same unit, or two of one kind (…下降0.1毫克/立方米、8微克/立方米: CO's and O3's)."""
    if unit == other:
        return True
    a, b = UNITS.get(unit), UNITS.get(other)
    return a is not None and b is not None and a.kind == b.kind == "concentration"


def _list_direction(text: str, listed: list[Mention], member: Mention) -> ChangeDirection | None:
    """A listed change's direction: the list verb's, turned round for a member written with a
    minus sign (分别下降-3.2%、13.3%: the first rose, the second fell)."""
    first = listed[-1]
    for earlier in reversed(listed[:-1]):
        if earlier.role != "change" or not _LIST_JOIN_RE.fullmatch(text, earlier.end, first.start):
            break  # …上升0.8%、7.7%；PM10下降4.8%、16.7%: the list starts at its own verb
        first = earlier
    if COMPARED_SIGN_RE.search(text, max(first.start - 12, 0), first.start):
        # 同比分别为-1.5%、4%、-3.9%: no verb, each member's own sign says which way
        return "down" if is_signed(text, member.start) else "up"
    verb = flipped(first.direction) if is_signed(text, first.start) else first.direction
    return flipped(verb) if is_signed(text, member.start) else verb


def flipped(direction: ChangeDirection | None) -> ChangeDirection | None:
    """The other way (a minus sign after 下降 is a rise)."""
    opposite: dict[ChangeDirection, ChangeDirection] = {"up": "down", "down": "up"}
    return opposite.get(direction, direction) if direction else direction


_MILLIGRAM_UNITS = frozenset({"毫克/立方米", "毫克/立方公尺", "毫克每立方米", "mg/m3", "mg/m³"})
_CO_MAX = 5  # mg/m³: carbon monoxide averages (even a 95th percentile) stay below it


def listed_microgram_slip(mention: Mention) -> Mention:
    """The last value of a list written in 毫克 but too large for CO (…分别为72、27、44毫克/立方米):
    like the bare numbers before it, in the μg/m³ the others are reported in."""
    if mention.unit in _MILLIGRAM_UNITS and mention.value > _CO_MAX:
        return replace(mention, unit="微克/立方米")
    return mention


_SIBLING_RE = re.compile(rf"(?:{AR})\s*[、和及与]\s*$")
_POINTS_SIBLING_RE = re.compile(rf"(?:{AR})\s*个?\s*[、和及与]\s*$")


def list_siblings(text: str, mention: Mention, floor: int, quotes: list[Segment]) -> list[Mention]:
    """30、45、150微克/立方米: the bare numbers before a unit share it."""
    siblings: list[Mention] = []
    cursor = mention.start
    # 分别提高2.3个和0.9个百分点: a member written with 个, its 百分点 left to the last one's
    points = mention.unit == "pp"
    pattern = _POINTS_SIBLING_RE if points else _SIBLING_RE
    while True:
        m = pattern.search(text, max(cursor - 24, floor), cursor)
        if m is None or inside(m.start(), quotes) or not number_allowed(text, m.start(), m.group()):
            break
        raw = re.match(AR, m.group())
        value = parse_number(raw.group()) if raw else None
        if raw is None or value is None:
            break
        end = m.start() + len(raw.group())
        # PM2.5、PM10、SO2、NO2、CO浓度分别为30、52、8、21、1.1毫克/立方米: only CO is in mg/m³;
        # a bare number before it too large for CO is in the μg/m³ the others are reported in
        unit = "微克/立方米" if mention.unit in _MILLIGRAM_UNITS and value > _CO_MAX else mention.unit
        siblings.insert(
            0,
            Mention(
                m.start(),
                end,
                value,
                mention.multiplier,
                unit,
                mention.role,
                mention.direction,
                mention.judged,
            ),
        )
        cursor = m.start()
    return siblings
