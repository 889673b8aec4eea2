"""Ranks stated without a value: ordered lists (依次为 A、B、C; 前三名为 …) as rank items.

Each listed place gets an indicator whose value is its position (unit ``rank``) and whose code
says what is ranked: air quality (综合指数, 空气质量/空气品质), PM2.5, good-air days (优良天数,
AQI达标率), ecological civilisation, or an improvement of one of them (改善幅度): the clause saying
what the ranking is by (按照…排名) decides, else the clause nearest the list. 分别为 orders a list
only with an order in its clause (由好到差分别为). A tie written in a member's brackets (溧阳(常熟、
昆山并列), 辽阳(与沈阳并列), 中山(并列第7)) shares its position and the next member skips past it;
ties written after a list (2个并列第1) are left to the rank modifiers of their own clause. Lists
counted from the bottom (倒数, 后10个城市, 相对较差的, 由低到高 of good days, 由高到低 of a
concentration) are not ranks here unless their positions are written (从第74名到第65名), before the
list or in brackets after it (黄山、宣城和六安相对较好(从第1名至第3名)). A list's year is the last
one stated before it, in its own sentence too.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from models.records import Indicator, Rank, TextSpan
from scrapers.extract.numbers import parse_number

_TRIGGER_RE = re.compile(
    r"(?:依次为|依次是|依序是|依序为|依次|(?<!后)前[一二三四五六七八九十\d]+(?:名|位)?的?(?:城市)?的?(?:为|是)"
    r"|(?:具体)?排名(?:情况)?(?:为|是|如下)(?=\s*[:：])"  # 各市空气质量具体排名为：
    r"|(?:排名|排列|排序)?先后(?:顺序)?(?:为|是)|排列顺序(?:为|是)"  # 排名先后为 / 由好至差排列顺序为
    r"|(?P<listed>分别是|分别为))\s*[:：]?\s*"
)
# Lists counted from the bottom (倒数, 后10个城市, 相对较差的) have no positions unless written.
_BOTTOM_RE = re.compile(r"倒数|后[\d一二三四五六七八九十]+|最差|较差|下降幅度|降幅|变差|恶化")
# 由低到高 / 由高到低: best first for a concentration or an index (lower is better), worst first
# for a share of good days.
_LOW_TO_HIGH_RE = re.compile(r"[由从](?:低|小)[到至](?:高|大)")
_HIGH_TO_LOW_RE = re.compile(r"[由从](?:高|大)[到至](?:低|小)")
_LOWER_BETTER_RE = re.compile(r"浓度|综合指数|PM|颗粒物|细悬浮微粒")
# (从第74名到第65名) / (第1名至第10名): the positions the list runs through, written before it.
_RANGE_RE = re.compile(r"第?\s*(?P<a>\d+)\s*名\s*(?:到|至|-|—|~)\s*(?:并列)?\s*第?\s*(?P<b>\d+)\s*名")
_CLAUSE_BREAK = "。；;"
# 由好到差 / 从好到差 / 按…排名 / 排序: words that say a 分别为 list is in rank order.
_BY_RE = re.compile(r"^(?:按照|按|根据|依据|依照)|按照|根据|依据|依照")
_WATER_RE = re.compile(r"地表水|断面|水质|水环境|湖库|近岸海域|饮用水")
_AIR_RE = re.compile(r"空气|大气|AQI|PM|优良天数|颗粒物|臭氧")
_ORDER_WORDS_RE = re.compile(
    r"[由从](?:好|优)[到至](?:差|劣)|排名|排序|顺序|前[一二三四五六七八九十\d]+(?:名|位)"  # 前10名分别为
)
_CODES = (
    ("生态文明", "eco_civilization_index_rank"),
    ("优良天数比例改善", "good_air_days_improvement_rank"),
    ("改善幅度", "air_quality_improvement_rank"),  # PM2.5浓度改善幅度前三: a ranking of improvement
    ("改善程度", "air_quality_improvement_rank"),
    ("PM2.5", "pm25_rank"),
    ("细颗粒物", "pm25_rank"),
    ("细悬浮微粒", "pm25_rank"),  # Taiwan's and Hong Kong's names of PM2.5
    ("微细悬浮粒子", "pm25_rank"),
    ("优良天数", "good_air_days_rank"),
    ("AQI达标率", "good_air_days_rank"),
    ("达标天数", "good_air_days_rank"),
    ("综合指数", "air_quality_rank"),
    ("综合质量指数", "air_quality_rank"),  # 环境空气综合质量指数
    ("空气质量", "air_quality_rank"),
    ("空气品质", "air_quality_rank"),
)
_MEMBER_SPLIT_RE = re.compile(r"、|和|及|,|，")
_NAME_RE = re.compile(r"^[\u4e00-\u9fff]{2,10}$")
_MAX_MEMBERS = 40


def _worst_first(own: str) -> bool:
    """Whether the list's stated order runs from the worst: 由低到高 of good days, 由高到低 of a
    concentration or an index."""
    lower_better = _LOWER_BETTER_RE.search(own) is not None
    return bool(_LOW_TO_HIGH_RE.search(own) and not lower_better) or bool(
        _HIGH_TO_LOW_RE.search(own) and lower_better
    )


def _nearest_code(naming: str) -> str | None:
    """The rank code of the clause nearest the list that names one (…等14个城市的达标天数比例为
    100%，按照综合指数评价，空气质量相对较好的前10位城市依次是: air quality, not good days)."""
    clauses = re.split(r"[，,：:；;]", naming)
    by = [rank_code(c) for c in clauses if _BY_RE.search(c.strip())]  # 按照AQI达标率排名，…前三名依次为
    if any(by):
        return next(c for c in reversed(by) if c is not None)
    for i in range(len(clauses) - 1, -1, -1):
        code = rank_code("".join(clauses[i:]))
        if code is not None:
            return code
    return None


def _earlier_ranking_code(before: str) -> str | None:
    """The rank code of the last clause before that ranks something (…空气质量排名前十位的依次是…)."""
    for clause in reversed(re.split(r"[，,：:；;。\n]", before)):
        if _RANKING_WORD_RE.search(clause):
            code = rank_code(_BOTTOM_RE.sub("", clause))
            if code is not None:
                return code
    return None


_EARLIER_REACH = 1500  # characters back to the ranking a list with no words of its own continues
_RANKING_WORD_RE = re.compile(r"排名|依次|依序|排序|排列|前[一二三四五六七八九十\d]+(?:名|位)")


def rank_code(naming: str) -> str | None:
    """The rank code the words before a list name, or None (nothing we rank, or counted from the bottom)."""
    if _BOTTOM_RE.search(naming):
        return None
    squashed = re.sub(r"\s+", "", naming)
    if _WATER_RE.search(squashed) and not _AIR_RE.search(squashed):
        return None  # 按照地表水断面综合指数排名: a ranking of water, which has no rank code
    return next((code for word, code in _CODES if word in squashed), None)


def ordered_lists(
    text: str, span: TextSpan, sentence_start: int, end: int, year_at: Callable[[int], int | None]
) -> list[Indicator]:
    """Rank items of every ordered list in ``text[sentence_start:end]``: positions from 1, or
    along the range written before the list (从第74名到第65名), which also ranks a list counted
    from the bottom."""
    out: list[Indicator] = []
    previous_list_end = 0
    for m in _TRIGGER_RE.finditer(text, sentence_start, end):
        naming = text[sentence_start : m.start()]
        own = naming[max(naming.rfind(ch) for ch in _CLAUSE_BREAK) + 1 :]  # this list's clause
        written = _RANGE_RE.search(own)
        # 由好到差分别为: an order stated in the list's own clause (not 排名中…占9个(分别为…): members)
        ordered = _ORDER_WORDS_RE.search(re.split(r"[，,(（]", own)[-1]) is not None
        # …相对较差的前10位城市分别是甲、乙，相对较好的前10位城市是: past the list before it
        last = text[max(m.start() - len(own), previous_list_end) : m.start()]
        previous_list_end = m.end()
        if written is None and (
            (m.group("listed") and not ordered) or _BOTTOM_RE.search(last) or _worst_first(last)
        ):
            continue  # 分别是 orders a list only along written positions (…(从第74名到第65名)分别是)
        code = _nearest_code(_BOTTOM_RE.sub("", naming))
        if code is None:  # 1-9月，前10位城市依次是: what the paragraph's earlier ranking ranked
            code = _earlier_ranking_code(text[max(sentence_start - _EARLIER_REACH, 0) : sentence_start])
        if code is None:
            continue
        first, step = (1, 1) if written is None else _run(written)
        start, stop = m.end(), end
        if not text[start:stop].strip() and text.startswith("\n", stop):
            start, stop = stop + 1, len(text)  # …的顺序依次是：⏎张家口、承德…: the list on the next line
        out.extend(_members(text, start, stop, code, _scope(naming), span, year_at(m.start()), first, step))
    return out


# 南川区、大足区、涪陵区空气质量相对较好(第1名至第3名) / 按综合指数排名，黄山、宣城和六安相对较好
# (从第1名至第3名): positions written in brackets after a list (not 倒数第1名至倒数第5名: from the
# bottom, which is not ranked here).
_WRITTEN_AFTER_RE = re.compile(
    r"[(（]\s*(?:从)?\s*(?P<range>第\s*\d+\s*名\s*(?:到|至|-|—|~)\s*(?P<tie>并列)?\s*第\s*\d+\s*名)\s*[)）]"
)


def listed_before_range(
    text: str, span: TextSpan, sentence_start: int, end: int, year_at: Callable[[int], int | None]
) -> list[Indicator]:
    """Rank items of lists whose positions are written after them: in brackets (…相对较好(从第1名
    至第3名)) or as the top places they hold (黄山区、屯溪区和徽州区排名前三位), when the list
    has as many places as there are positions (more when the range ends in a tie, 至并列第3名;
    fewer when it says there are more, 拉萨、海口和惠州市等20个城市…(从第1名至第20名))."""
    out: list[Indicator] = []
    anchors: list[tuple[int, int, int, int, bool]] = []  # (where, first, step, size, ends in a tie)
    for r in _WRITTEN_AFTER_RE.finditer(text, sentence_start, end):
        written = _RANGE_RE.search(r.group("range"))
        if written is not None:
            first, step = _run(written)
            size = abs(int(written.group("b")) - first) + 1
            anchors.append((r.start(), first, step, size, r.group("tie") is not None))
    for r in _TOP_AFTER_RE.finditer(text, sentence_start, end):
        size_value = parse_number(r.group("n"))
        if size_value is not None and 0 < size_value <= _MAX_MEMBERS:
            anchors.append((r.start(), 1, 1, int(size_value), False))
    for where, first, step, size, tie in anchors:
        clause_start = max(
            max(text.rfind(ch, sentence_start, where) for ch in "，,：:；;。\n") + 1, sentence_start
        )
        names = _LISTED_NAME_RE.findall(text, clause_start, where) or [""]
        hits = [names[-1].find(word) for word, _ in _CODES if word in names[-1]]
        found = _COMPARATIVE_RE.search(names[-1])
        cut = min(hits) if hits else (found.start() if found else len(names[-1]))
        tail, names[-1] = names[-1][cut:], names[-1][:cut]
        names[0] = re.split(r"中|[(（)）]", names[0])[-1]
        partial = _MORE_RE.search(names[-1])
        if partial is not None:
            names[-1] = names[-1][: partial.start()]
        code = rank_code(tail) if hits else _nearest_code(text[sentence_start:clause_start])
        if code is None or len(names) < 2 or not all(_NAME_RE.match(n) for n in names):
            continue
        fits = (
            len(names) == size or (tie and len(names) > size) or (partial is not None and len(names) < size)
        )
        if not fits:
            continue
        positions = [first + i * step for i in range(min(size, len(names)))]
        positions += [first + (size - 1) * step] * (len(names) - len(positions))
        at = clause_start
        for name, position in zip(names, positions, strict=True):
            at = text.find(name, at, where)
            scope = _scope(text[sentence_start:where])
            out.append(rank_item(code, name, position, scope, text, at, at + len(name), span, year_at(where)))
            at += len(name)
    return out


# 黄山区、屯溪区和徽州区排名前三位: the top places a list holds, written after it.
_TOP_AFTER_RE = re.compile(
    r"(?:排名|位列|位居|居)(?:全[省市国])?前(?P<n>[一二三四五六七八九十\d]{1,3})(?:位|名)"
)
# 拉萨、海口和惠州市等20个城市: a list that names only the first places of a longer one.
_MORE_RE = re.compile(r"等\s*\d*\s*个?(?:城市|地区|县区|区县|市|县|区|街道|地)?$")


# 相对较好 / 较差 / 最好: where the names of a list end and what is said of them begins.
_COMPARATIVE_RE = re.compile(r"(?:相对|较为|最为)?(?:较好|较差|最好|最差|较优)")


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
    """The ranked members of the list at ``start``; a tie in brackets after a member (溧阳(常熟、昆山
    并列)) holds that member's position, and the next member's skips past the tie."""
    stop = _list_stop(text, start, end)
    out: list[Indicator] = []
    passed = 0  # members so far: after a tie the next position skips (汕尾、清远并列第一, 梅州 → 3)
    tied_at: dict[int, int] = {}  # a comma group of places tied before their value: its position
    for m in list(_MEMBER_RE.finditer(text, start, stop))[:_MAX_MEMBERS]:
        raw = m.group("name")
        name = re.sub(r"等.*$|\s+", "", raw) or raw
        if passed and _CLAUSE_WORDS_RE.search(name):
            break  # …长治市，最差的(…)3个城市依次是: the next clause, not a member
        position = first + step * passed
        group = max(text.rfind(ch, start, m.start()) for ch in "，,")
        if _TIED_GROUP_RE.match(text, m.start(), end):
            # 乙县、丙县并列(21微克/立方米): the places of a tie written before its value share the
            # position of the first of them
            name = re.sub(r"并列$", "", name)
            position = tied_at.setdefault(group, position)
        if m.group("own") is not None and out:  # 沧州和保定(并列): the place before's position
            written_at = parse_number(m.group("at")) if m.group("at") else None
            position = int(written_at) if written_at is not None else int(out[-1].value or position)
        if _NAME_RE.match(name):
            out.append(
                rank_item(code, name, position, scope, text, m.start("name"), m.end("name"), span, year)
            )
        tied = [t for t in _MEMBER_SPLIT_RE.split(m.group("tied") or "") if t.strip()]
        for t in tied:
            at = text.find(t, m.start("tied"), m.end("tied"))
            tie_name = re.sub(r"\s+", "", t)
            if _NAME_RE.match(tie_name):
                out.append(rank_item(code, tie_name, position, scope, text, at, at + len(t), span, year))
        passed += (1 + len(tied)) if raw.strip() else 0  # a garbled name (???) still holds its place
    return out


# 乙县、丙县并列(21微克/立方米): a member of a group of places tied before their bracketed value
_TIED_GROUP_RE = re.compile(r"[^，,()（）]{1,40}?并列\s*[(（]")

_CLAUSE_WORDS_RE = re.compile(
    r"最|较|其余|其他|其中|依次|依序|分别|城市|排名|位列|位居|达到|同比|不降|^除"
    r"|[前后][一二三四五六七八九十\d]+(?:位|名)?(?:为|是)"  # …阳江，后三位为广州: the next clause
)


# A member of a ranked list, with the tie written in brackets after it: 溧阳(常熟、昆山、吴江并列).
# Places whose names hold 和 (呼和浩特, 政和县): never split there.
_HE_NAMES = "呼和浩特|和林格尔|政和|和田|和硕"  # not 和龙 / 和平 (莆田和龙岩, 甲市和平凉)
_LISTED_NAME_RE = re.compile(rf"(?:{_HE_NAMES}|[^、和及])+")  # a list's names, 呼和浩特 whole
# (汕尾和清远并列第一) / (2个并列第1) after a list only say who tied: the list ends before them.
# 江门(并列第10) / 辽阳(与沈阳并列) / 保定(并列): a tie of the member itself, and the list goes on.
_MEMBER_RE = re.compile(
    r"(?P<name>(?:"
    + _HE_NAMES
    + r"|[^、和及,，()（）])+)(?:[(（](?:(?P<own>(?:与[^()（）、，,]{1,10})?并列(?:第\s*(?P<at>\d{1,3}|[一二三四五六七八九十]{1,3})\s*(?:名|位)?)?)"
    r"|(?P<tied>[^()（）]{1,60}?)并列|[^()（）并]{0,14}\d[^()（）并]{0,14})[)）])?"  # 甲市（10.2%）: its value
)
_TIE_OPEN_RE = re.compile(
    r"[(（](?:[^()（）]{1,60}?并列|(?:与[^()（）、，,]{1,10})?并列(?:第\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*(?:名|位)?)?)[)）]"
)


_VALUE_OPEN_RE = re.compile(r"[(（][^()（）并]{0,14}\d[^()（）并]{0,14}[)）]\s*(?:[、和及,，]|$)")


def _list_stop(text: str, start: int, end: int) -> int:
    """Where the list at ``start`` ends: a sentence or clause break, or a bracket that is no tie."""
    stop = min([end, *(p for p in (text.find(ch, start, end) for ch in "。；;\n") if p >= 0)])
    for m in re.finditer(r"[(（]", text[start:stop]):
        at = start + m.start()
        if _TIE_OPEN_RE.match(text, at) is None and _VALUE_OPEN_RE.match(text, at) is None:
            return at
    return stop


def rank_item(
    code: str,
    name: str | None,
    position: int,
    scope: str,
    text: str,
    start: int,
    end: int,
    span: TextSpan,
    year: int | None,
    subject: str | None = None,
) -> Indicator:
    """A rank item: ``name``'s ``position`` in ``scope``, quoted from ``text[start:end]``; its
    subject is the place unless the words that ranked it are given."""
    return Indicator(
        code=code,
        subject=(name or "") if subject is None else subject,
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
