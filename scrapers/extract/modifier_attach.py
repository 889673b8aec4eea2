"""Ranks, records and streaks (``modifiers``) given to the figures of a sentence they qualify.

A rank or record goes to the figure ``sentence.qualified`` picks (a cover phrase, 两项指标稳居…,
hands it to that many figures); 连续N年 qualifies the figures of its clause, and a streak of
compliance (连续5年稳定达标) or one with no figure is an item of its own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from models.records import Indicator
from scrapers.extract import ranks, subjects
from scrapers.extract.catalog import GENERIC_BY_KIND, catalog_by_code
from scrapers.extract.modifiers import Modifier
from scrapers.extract.sentence import Sentence, qualified

# 连续5年稳定达标: a streak of compliance is a figure of its own, beside any it qualifies.
# 连续5年达标 / 连续第3年以省为单位达到环境空气质量二级标准 / …达到《环境空气质量标准》二级标准 /
# 连续第2年达到优级水平 / 连续5年达到世卫组织第二阶段标准
_COMPLIANCE_AFTER_RE = re.compile(
    r"[^，,。；;\d]{0,12}?(?:稳定|全面|均|全部|持续)?(?:达标|达到[^，,。；;]{0,40}?(?:标准|优级))"
    r"|[^，,。；;\d]{0,4}?(?:保持|达到|达|为)\s*100\s*%"  # 水质达标率连续6年保持100%
)
# 甲江干流连续5年、乙河干流连续3年全线水质稳定保持Ⅱ类: streaks listed before what they share
_NEXT_STREAK_RE = re.compile(r"[、和与及][^，,。；;\d]{0,10}?连续(?:第)?\d+年")


def attach_modifier(s: Sentence, mod: Modifier, drafts: list[Indicator]) -> list[Indicator]:
    if mod.kind == "streak":
        return _attach_streak(s, mod, drafts)
    standalone = _rank_of_its_own(s, mod, drafts)
    if standalone is not None:
        return [standalone]
    for i in qualified(s, mod.pos, mod.end, drafts, mod.cover):
        d = drafts[i]
        if mod.rank is not None and _ranks_another_medium(s, mod, d):
            continue
        if mod.rank is not None and mod.rank not in d.ranks:
            drafts[i] = replace(d, ranks=(*d.ranks, mod.rank))
        elif mod.record is not None and mod.record not in d.record:
            drafts[i] = replace(d, record=(*d.record, mod.record))
    return []


# What a rank's own clause ranks, when it names a medium: …优良天数率为88.0%，水环境质量跃居全国
# 第一 ranks the water, not the air figure before it.
_WATER_WORDS_RE = re.compile(r"水环境|水质|地表水|断面|水体")
_AIR_WORDS_RE = re.compile(r"空气|大气|PM|颗粒物|臭氧|优良天数")


def _ranks_another_medium(s: Sentence, mod: Modifier, d: Indicator) -> bool:
    """Whether the rank's clause, before the rank and with no figure in it, names a medium that
    is not the figure's."""
    clause = s.clause_of(mod.pos)
    if clause.start <= d.start < clause.end:
        return False
    entry = catalog_by_code().get(d.code)
    domain = entry.domain if entry is not None else None
    words = s.text[clause.start : mod.pos]
    if domain == "air":
        return _WATER_WORDS_RE.search(words) is not None and _AIR_WORDS_RE.search(words) is None
    if domain == "water":
        return _AIR_WORDS_RE.search(words) is not None and _WATER_WORDS_RE.search(words) is None
    return False


def _attach_streak(s: Sentence, mod: Modifier, drafts: list[Indicator]) -> list[Indicator]:
    clause = s.clause_of(mod.pos)
    own = [i for i, d in enumerate(drafts) if clause.start <= d.start < clause.end]
    subject, start = subjects.subject_before(s.text, clause.start, mod.pos)
    # …达到95%，连续3年 qualifies the figure before it; 甲江干流连续5年 is a streak of its own
    if not own and not subject.strip(" ，,、"):
        own = [i for i, d in enumerate(drafts) if d.end <= mod.pos][-1:]
    for i in own:
        drafts[i] = replace(drafts[i], streak_years=mod.years)
    after = mod.end
    while (listed := _NEXT_STREAK_RE.match(s.text, after)) is not None:
        after = listed.end()
    compliance = _COMPLIANCE_AFTER_RE.match(s.text, after) is not None
    if (own and not compliance) or mod.years is None:
        return []
    return [
        Indicator(
            code="compliance_streak_years" if compliance else "streak",
            subject=subject,
            value=float(mod.years),
            unit="年",
            value_base=float(mod.years),
            unit_base="years",
            year=s.year(mod.pos),
            region=s.region(mod.pos),
            change=None,
            previous_value=None,
            ranks=(),
            record=(),
            streak_years=mod.years,
            quote=s.text[start : mod.end],
            start=start,
            end=mod.end,
            q_no=s.span.q_no,
            point_no=s.span.point_no,
        )
    ]


# 在全国168个重点城市中，厦门空气质量位列第九: the words between the clause's start and what is
# ranked name the place (scope words and 在…中 set aside).
_RANKED_PLACE_RE = re.compile(
    r"^(?:在|据|从)?(?:全国|全省|全市)?(?P<place>[\u4e00-\u9fff]{2,10}?)(?:的|市的)?(?=空气|环境空气|综合指数|PM|细颗粒物|优良天数|生态文明)"
)


_RANKED_SUBJECT_RE = re.compile(
    r"空气质量|空气品质|综合指数|PM2\.5|细颗粒物|细悬浮微粒|优良天数|AQI|达标天数|生态文明"
)


def _rank_of_its_own(s: Sentence, mod: Modifier, drafts: list[Indicator]) -> Indicator | None:
    """厦门空气质量位列第九 / 甲市空气质量排名全省第三: a rank whose clause names what is ranked
    and holds no figure is an item of its own (value = position, unit ``rank``)."""
    if mod.rank is None or mod.cover:
        return None
    clause = s.clause_of(mod.pos)
    words = s.text[clause.start : mod.pos]
    # …浓度为30微克/立方米，改善幅度全国第5: a bare 改善幅度 is the figure's, not an item of its own
    code = ranks.rank_code(words) if _RANKED_SUBJECT_RE.search(words) else None
    generic = set(GENERIC_BY_KIND.values())
    if code is None or any(clause.start <= d.start < clause.end and d.code not in generic for d in drafts):
        return None
    words = words.strip(" ，,")
    place = _RANKED_PLACE_RE.match(words)
    region = place.group("place") if place else s.region(mod.pos)
    return ranks.rank_item(
        code,
        region,
        mod.rank.position,
        mod.rank.scope,
        s.text,
        clause.start,
        mod.end,
        s.span,
        s.year(mod.pos),
        subject=words,
    )
