"""Figures written without a unit after the number, where the words before them give it.

- 综合指数(平均)为4.12 / 综合指数最好的城市是甲市，为3.65: an index has no unit (never a
  percentage, a count or a concentration). Written without a verb (综合指数4.258, 综合指数平均2.86,
  综合指数2.96) it has a decimal point; 综合指数分别为4.35和5.20 lists several, and so do
  依次为甲市3.12、乙市3.45 and 甲市为3.12，乙市为3.45; 甲市以3.12的综合指数 puts the value first.
- 劣Ⅴ类断面比例为0，同比持平 / 劣Ⅴ类水体仍为0 / 重污染天数为0: a share or a count of days of
  nothing is often written as a bare 0; 达标天数比例为54.3, a share whose % sign a page lost, is a share too.
- 综合指数 | 甲区(4.33)、乙区(4.20): a row of index values in brackets after their places.
- PM2.5为14，PM10为26: a particle concentration written without its unit (news copy drops it).
- 吸纳85万贫困人口: a count of people in 万 whose 人 the noun for the people stands for.
"""

from __future__ import annotations

import re
from decimal import Decimal

from scrapers.extract.numbers import INDEX_UNIT, parse_number

_INDEX_WORD = r"(?:综合指数|综合[\u4e00-\u9fff]{2,6}?指数)"
_PLACE = r"(?:[\u4e00-\u9fff]{1,6}?(?:市|县|区|州|盟|旗|省))"
# Not a unit, a longer number, a year or a month after it.
_NO_UNIT = r"(?!\s*(?:[\d.%‰]|个|分|微克|毫克|天|项|位|名|倍|年|月))"
_DECIMAL = r"\d+\.\d+"
# The verbs that state an index's value: 为4.12, 降至4.12, 由4.50下降至4.12.
_REACHING = r"(?:为|达到|达|是|(?:下降|上升|降低|升高|改善)?(?:至|到)|降至|升至)"
_INDEX_RE = re.compile(
    # the words between may hold a quoted figure (首次进入“4+”，达到4.60) or the value it came from
    rf"{_INDEX_WORD}(?:[^。；;!?！？\n\d“”]|“[^”\n]{{0,8}}”|(?<=[由从])\s*{_DECIMAL}){{0,24}}?"
    rf"{_REACHING}\s*(?P<num>\d+(?:\.\d+)?){_NO_UNIT}"
    # 综合指数4.258 / 综合指数平均2.86: no verb, so a decimal number right after the words
    rf"|{_INDEX_WORD}\s*(?:年均值|平均值|均值|平均)?\s*[:：]?\s*(?P<bare>{_DECIMAL}){_NO_UNIT}"
    # 综合指数同比下降3.1%，为4.12: the value in the clause after the index's change
    rf"|{_INDEX_WORD}[^。；;!?！？\n，,]{{0,16}}?\d+(?:\.\d+)?\s*%[，,]\s*{_REACHING}\s*(?P<after>{_DECIMAL}){_NO_UNIT}"
    # 综合指数由低到高依次为：甲市3.12、…: a place, then its value
    # (…按照空气质量综合指数评价方法评价，空气质量由好到差排名依次为：甲区2.70，乙区2.79)
    # (各市综合指数：甲市3.12，乙市3.45: a colon opens the list)
    rf"|{_INDEX_WORD}[^。；;!?！？\n\d]{{0,32}}?(?:(?:为|是)[:：]?|[:：])\s*{_PLACE}\s*[:：]?\s*(?P<placed>{_DECIMAL}){_NO_UNIT}"
    # 甲市以3.12的综合指数位列第一: the value before the words
    rf"|以\s*(?P<before>{_DECIMAL})\s*的(?:环境)?(?:空气质量)?{_INDEX_WORD}"
)
# 重点工程专项资金达497亿 / 安排资金13亿多: money whose 元 the text left out, after a word for money.
_MONEY_RE = re.compile(
    r"(?:资金|投资|投入|经费|补助|奖补|补贴|罚款|罚没款?|罚锾|裁罚|罚金)[^，,。；;！？\n\d]{0,10}?"
    r"(?:达到|达|为|共|合计|总计|累计|超过|近)?\s*(?P<num>\d+(?:\.\d+)?)\s*(?P<mult>亿|万)"
    r"(?=[多余]?(?:[^\u4e00-\u9fffA-Za-z]|$))"  # not 亿元 / 亿立方米 / 万人; 13亿多 is a bound
)
# 综合指数分别为4.35和5.20 / 依次为：甲市3.12、乙市3.25: the further members of a list of index values.
_NEXT_MEMBER_RE = re.compile(
    r"\s*(?:[(（](?:并列)?第\s*\d{1,3}\s*(?:位|名)?[)）])?"  # 甲区4.25(并列第10)、乙市…: a member's rank
    rf"\s*(?:[、和及与]|以及)\s*(?:{_PLACE}\s*(?:为|是)?)?\s*(?P<num>{_DECIMAL}){_NO_UNIT}"
)  # 甲县为2.65、乙市为2.80: a member with its verb
# …综合指数最低的是甲市，为3.12，最高的(城市)是乙市，为5.20 / 各市综合指数中，甲市为3.12，乙市3.25: a
# clause of the same sentence that says the same of another place (not after ；, which ends it);
# …综合指数5.91，其中，甲区5.88、乙区6.03: the places it is made of.
_PARALLEL_RE = re.compile(
    rf"[；;，,]\s*(?:其中\s*[，,：:]?\s*)?(?:(?:最高|最低|最好|最差|较好|较差)的?(?:城市|地区|区县|县区|县|市)?"
    rf"(?:[(（][^()（）]{{1,8}}[)）])?(?:是|为){_PLACE}[，,]\s*为\s*"  # 最差的县(市、区)是甲区，为5.20
    rf"|{_PLACE}\s*(?:为|是)?\s*)"
    rf"(?P<num>{_DECIMAL}){_NO_UNIT}"
)
# 综合指数 | 甲区(4.33)、乙区(4.20): index values in brackets after the places they are of.
# 甲县(2.40) / 甲县 ( 2.40 ): a PDF layer keeps the brackets apart from the place and the value
_BRACKETED_RE = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]?[(（][ \u3000]?(?P<num>\d+\.\d+)[ \u3000]?[)）]")
_INDEX_NAMED_RE = re.compile(_INDEX_WORD)  # 综合指数, 空气综合质量指数
# 甲市（2.71）、乙市（2.85）…和癸市（3.20）: the next member of a list of places and index values.
# 较好的是甲县(2.71)、乙市(2.74)；较差的是丙市(3.18): the other end of the ranking goes on the list.
_NEXT_PLACE_RE = re.compile(
    r"\s*(?:[、，,和及与]|以及|[；;，,]\s*(?:较差|较好|最差|最好|最高|最低|较高|较低)的?(?:是|为|有))"
    r"\s*[\u4e00-\u9fff]{1,8}"
)
_INDEX_REACH = 40
# 除甲市(6.478)外各市综合指数均在5.5以内: the words may follow in the same clause.
# 甲市（3.12）、乙市（3.25）和丙市（3.40）综合指数位列前三: past the rest of the list, too.
_INDEX_NAMED_AFTER_RE = re.compile(rf"[^，,。；;！？\n]{{0,40}}?{_INDEX_WORD}")
# 比例为0 / 达标天数比例为54.3，: a share whose % sign the page lost (or never wrote for 0).
_BARE_SHARE_RE = re.compile(
    r"(?:比例|比率|占比|达标率|优良率)\s*(?:为|是|达到|达)\s*(?P<num>0|100(?:\.0+)?|\d{1,2}(?:\.\d+)?)(?=\s*(?:[，,。；;]|$))"
)
# 劣Ⅴ类水体仍为0: the worst class's share of nothing, its 比例 left out too.
_ZERO_WORST_CLASS_RE = re.compile(
    r"劣\s*[ⅤV]\s*类(?:水体|断面|水质)\s*(?:持续|保持|继续|仍|均|稳定)?\s*(?:为|是)\s*(?P<num>0)(?=\s*(?:[，,。；;]|$))"
)
# 张家口市重污染天数为0，同比减少1天: no days written as a bare 0.
_ZERO_DAYS_RE = re.compile(r"(?:天数|日数)\s*(?:为|是|均为)\s*(?P<num>0)(?=\s*(?:[，,。；;]|$))")


# 综合指数2.08，PM2.5为14，PM10为26: a pollutant's concentration written without its unit, right
# after the pollutant's name and 为 (not a count, a year, a share or a ratio of it).
_POLLUTANT_VALUE_RE = re.compile(
    r"(?<![A-Za-z])(?:PM\s*2\.5|PM\s*10|细颗粒物|可吸入颗粒物)\s*(?:平均|年均)?(?:浓度)?(?:均值)?\s*(?:为|是|[:：])\s*"
    r"(?P<num>\d{1,3}(?:\.\d+)?)(?!\s*(?:[\d.%‰]|个|天|项|位|名|倍|年|月|日|微克|毫克|[μµu]g|mg|[A-Za-z]))"
)


def money(text: str, start: int, end: int) -> list[tuple[int, int, Decimal, str]]:
    """(start, end, value, multiplier) of sums of money written without 元 (资金达497亿)."""
    return _multiplied(_MONEY_RE, text, start, end)


def _multiplied(
    pattern: re.Pattern[str], text: str, start: int, end: int
) -> list[tuple[int, int, Decimal, str]]:
    """(start, end, value, multiplier) of each number with its 万/亿 that ``pattern`` finds."""
    out: list[tuple[int, int, Decimal, str]] = []
    for m in pattern.finditer(text, start, end):
        value = parse_number(m.group("num"))
        if value is not None:
            out.append((m.start("num"), m.end("mult"), value, m.group("mult")))
    return out


# 吸纳85万贫困人口 / 带动2.1万农民增收 / 20余万志愿者 / 45万建档立卡贫困人口: a count of people in 万 or 亿 whose 人 the noun after it
# stands for (the measure word is left out before a noun for people).
_PEOPLE_RE = re.compile(
    r"(?<![\d.])(?P<num>\d+(?:\.\d+)?)\s*[多余]?(?P<mult>万|亿)[多余]?"
    r"(?=(?:建档立卡)?(?:贫困|脱贫|受益|农村|城镇|城乡|常住|户籍)?"
    r"(?:人口|群众|农牧民|农民|牧民|渔民|村民|居民|市民|职工|游客|志愿者))"
)


def people(text: str, start: int, end: int) -> list[tuple[int, int, Decimal, str]]:
    """(start, end, value, multiplier) of counts of people written without 人 (85万贫困人口)."""
    return _multiplied(_PEOPLE_RE, text, start, end)


def numbers(text: str, start: int, end: int) -> list[tuple[int, int, Decimal, str]]:
    """(start, end, value, unit) of every unitless figure in ``text[start:end]``."""
    out = _index_values(text, start, end)
    for m in _POLLUTANT_VALUE_RE.finditer(text, start, end):
        value = parse_number(m.group("num"))
        if value is not None:
            out.append((m.start("num"), m.end("num"), value, "微克/立方米"))
    for pattern, unit in ((_BARE_SHARE_RE, "%"), (_ZERO_WORST_CLASS_RE, "%"), (_ZERO_DAYS_RE, "天")):
        for m in pattern.finditer(text, start, end):
            value = parse_number(m.group("num"))
            if value is not None:
                out.append((m.start("num"), m.end("num"), value, unit))
    listed_to = -1  # where the last bracketed index value ended: the list goes on from there
    for m in _BRACKETED_RE.finditer(text, start, end):
        named = bool(
            _INDEX_NAMED_RE.search(text, max(m.start() - _INDEX_REACH, 0), m.start())
            or _INDEX_NAMED_AFTER_RE.match(text, m.end(), end)
            or (listed_to >= 0 and _NEXT_PLACE_RE.fullmatch(text, listed_to, m.start()))
        )
        value = parse_number(m.group("num"))
        listed_to = m.end() if named and value is not None else -1
        if named and value is not None and not any(o[0] == m.start("num") for o in out):
            out.append((m.start("num"), m.end("num"), value, INDEX_UNIT))
    return sorted(out)


def _index_values(text: str, start: int, end: int) -> list[tuple[int, int, Decimal, str]]:
    """The index values named by 综合指数 in ``text[start:end]``, list members included."""
    out: list[tuple[int, int, Decimal, str]] = []
    for m in _INDEX_RE.finditer(text, start, end):
        group = next(g for g in ("num", "bare", "after", "placed", "before") if m.group(g) is not None)
        pos, stop = m.start(group), m.end(group)
        while True:
            value = parse_number(text[pos:stop])
            if value is not None and all(o[0] != pos for o in out):
                out.append((pos, stop, value, INDEX_UNIT))
            member = _NEXT_MEMBER_RE.match(text, stop, end) or _PARALLEL_RE.match(text, stop, end)
            if member is None:
                break
            pos, stop = member.start("num"), member.end("num")
    return out
