"""Words that qualify a quantity: ranks (中部第一), records (历史新高), streaks (连续4年).

Each modifier is found with its position; ``indicators`` decides which quantity it qualifies.
A cover phrase (两项指标稳居中部第一) says how many preceding quantities a rank applies to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from models.records import Rank
from scrapers.extract.numbers import parse_number
from scrapers.extract.segments import Segment

ModifierKind = Literal["rank", "record", "streak"]
_SCOPES = (
    "全国|中部六省|中部地区|中部|西部地区|西部|东部地区|东部|东北地区|东北|全省|全市|长江经济带|长三角"
    "|京津冀|汾渭平原|珠三角|黄河流域|长江流域|华东|华北|华中|华南|西北|西南|沿海省份|沿海"
)
_RANK_RE = re.compile(
    rf"(?P<scope>{_SCOPES})(?P<mid>[^，,。；;第“”]{{0,16}}?)第(?P<pos>[一二三四五六七八九十]+|\d{{1,2}})"
    r"(?![批届次轮期季阶部个条项一二三四五六七八九十\d])(?:位|名)?|(?P<scope2>全国|全省|全市|中部)首位"
)
# 位列第九 / 排第17名 / 排名39名 / 居第3位: a rank with a verb and no scope written.
_BARE_RANK_RE = re.compile(
    r"(?:排名|排在|排|位列|位居|名列|居)\s*(?:第\s*(?P<pos>[一二三四五六七八九十]+|\d{1,3})"
    r"(?![批届次轮期季阶部个条项一二三四五六七八九十\d])(?:位|名)?|(?P<pos2>\d{1,3})\s*(?:位|名))"
)
_COVER_RE = re.compile(r"(?P<n>[两二三四五六七八九十]|\d)项(?:主要|核心|关键)?(?:指标|数据)")
RECORD_WORDS = (
    "有监测记录以来最好",
    "有监测记录以来最优",
    "历史同期最好",
    "历史最好",
    "历史最优",
    "历史新高",
    "历史最高",
    "历史最低",
    "首次超过",
    "首次突破",
    "首次达到",
    "创新高",
    "最好水平",
)
_RECORD_RE = re.compile("|".join(RECORD_WORDS))
_STREAK_RE = re.compile(
    r"连续(?:第)?(?P<n>[两二三四五六七八九十]+|\d{1,2})年"
)  # 连续第3年: the third in a row


@dataclass(frozen=True, slots=True)
class Modifier:
    """A rank, record or streak at ``pos``; ``cover`` > 0 when it qualifies several figures."""

    kind: ModifierKind
    pos: int
    end: int
    rank: Rank | None = None
    record: str | None = None
    years: int | None = None
    cover: int = 0


def find_modifiers(text: str, sentence: Segment) -> list[Modifier]:
    """Ranks, records and streaks in a sentence, in text order."""
    found: list[Modifier] = []
    for m in _RANK_RE.finditer(text, sentence.start, sentence.end):
        position = parse_number(m.group("pos")) if m.group("pos") else 1
        if position is not None and position > 0:
            rank = Rank(scope=m.group("scope") or m.group("scope2"), position=int(position))
            found.append(Modifier("rank", m.start(), m.end(), rank=rank, cover=_cover(text, m.start())))
    for m in _BARE_RANK_RE.finditer(text, sentence.start, sentence.end):
        position = parse_number(m.group("pos") or m.group("pos2"))
        if (
            position is None
            or position <= 0
            or any(f.pos <= m.start() < f.end or m.start() <= f.pos < m.end() for f in found)
        ):
            continue  # 全省排名第3 is read with its scope above
        rank = Rank(scope="", position=int(position))
        found.append(Modifier("rank", m.start(), m.end(), rank=rank, cover=_cover(text, m.start())))
    for m in _RECORD_RE.finditer(text, sentence.start, sentence.end):
        found.append(Modifier("record", m.start(), m.end(), record=m.group(), cover=_cover(text, m.start())))
    for m in _STREAK_RE.finditer(text, sentence.start, sentence.end):
        years = parse_number(m.group("n"))
        if years is not None and years > 1:
            found.append(Modifier("streak", m.start(), m.end(), years=int(years)))
    return sorted(found, key=lambda mod: mod.pos)


def _cover(text: str, pos: int) -> int:
    """两项指标稳居中部第一: the modifier covers 2 figures when a cover phrase sits just before it."""
    window_start = max(pos - 10, 0)
    cut = max(text.rfind(ch, window_start, pos) for ch in "，,。；;")
    matches = list(_COVER_RE.finditer(text, max(window_start, cut + 1), pos))
    if not matches:
        return 0
    value = parse_number(matches[-1].group("n"))
    return int(value) if value is not None else 0
