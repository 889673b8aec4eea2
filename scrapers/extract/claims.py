"""Claims: "firsts" (全国率先 / 全国首创 / 首个 / 首次) and named programmes in quotes.

A first's text runs from its scope word (全国) or trigger to the end of its clause; its quote is
the whole clause. 首次超过90% is a record of a figure, not a claim; 首届 (first edition) is not a
claim either. A quoted name is a programme when it ends with, or is followed by, a programme
head word (“八大标志性战役30个专项行动”, “1269”行动计划, “三服务”机制); slogans are not.
"""

from __future__ import annotations

import re

from models.records import Claim, ClaimKind, TextSpan
from scrapers.extract.segments import Segment, clauses, quoted_regions, sentences

_FIRST_RE = re.compile(
    r"(?P<scope>全国|全省|全市|全球|国内|省内|中部地区|中部|西部地区|长江经济带|行业内|系统内)?"
    r"(?P<trigger>率先|首创|首个|首家|首批|首次|第一个|首部|首例|首单|首笔|首台|首条)"
)
_RECORD_AHEAD_RE = re.compile(r"(?:超过|突破|达到|实现)?[^，,。；;]{0,6}?\d")
_HEADS = (
    "行动计划",
    "专项行动",
    "三年行动",
    "行动",
    "计划",
    "机制",
    "工程",
    "战役",
    "攻坚战",
    "制度",
    "模式",
    "改革",
    "工作法",
    "战略",
    "体系",
)


def extract_claims(text: str, span: TextSpan) -> list[Claim]:
    """Firsts and programmes of ``text[span.start:span.end]``, in text order."""
    found = [*_firsts(text, span), *_programmes(text, span)]
    return sorted(found, key=lambda c: (c.start, c.kind))


def _firsts(text: str, span: TextSpan) -> list[Claim]:
    """One claim per clause holding a first. A clause is part of its sentence and of the span,
    so a span (or sentence) the trigger pattern does not match anywhere yields none: most do
    not, and they are skipped before being split into sentences (or clauses)."""
    out: list[Claim] = []
    if not _FIRST_RE.search(text, span.start, span.end):
        return out
    quotes = quoted_regions(text, span.start, span.end)
    for sentence in sentences(text, span.start, span.end):
        if not _FIRST_RE.search(text, sentence.start, sentence.end):
            continue
        for clause in clauses(text, sentence):
            for m in _FIRST_RE.finditer(text, clause.start, clause.end):
                if any(q.start <= m.start() < q.end for q in quotes) or not _is_claim(text, m):
                    continue
                out.append(_claim(text, span, "first", m.start(), clause))
                break  # one first per clause: 全国首创…，首次… are separate clauses
    return out


def _is_claim(text: str, m: re.Match[str]) -> bool:
    trigger = m.group("trigger")
    if trigger == "率先" and not m.group("scope"):
        return False  # bare 率先 (率先垂范, 率先实现) is an aim, not a documented first
    # 首次超过90%: a record of the figure
    return not (trigger == "首次" and _RECORD_AHEAD_RE.match(text, m.end()))


def _claim(text: str, span: TextSpan, kind: ClaimKind, start: int, clause: Segment) -> Claim:
    end = clause.end
    while end > start and text[end - 1] in " \t":
        end -= 1
    quote_start = clause.start
    while quote_start < start and text[quote_start] in " \t":
        quote_start += 1
    return Claim(
        kind=kind,
        text=text[start:end],
        quote=text[quote_start:end],
        start=quote_start,
        end=end,
        q_no=span.q_no,
        point_no=span.point_no,
    )


_FOLLOW_RE = re.compile(r"(?:(?!的)[\u4e00-\u9fff]){0,8}?(?:" + "|".join(_HEADS) + ")")


def _following_head(text: str, pos: int) -> str:
    """“811”美丽浙江建设行动 -> 美丽浙江建设行动: up to 8 characters ending with a head word."""
    m = _FOLLOW_RE.match(text, pos)
    return m.group() if m else ""


def _programmes(text: str, span: TextSpan) -> list[Claim]:
    out: list[Claim] = []
    for region in quoted_regions(text, span.start, span.end):
        if text[region.start] == "《":
            continue  # book titles: laws, plans' documents
        inner = text[region.start + 1 : region.end - 1]
        following = _following_head(text, region.end)
        if not following and not inner.endswith(_HEADS):
            continue
        end = region.end + len(following)
        out.append(
            Claim(
                kind="programme",
                text=text[region.start : end],
                quote=text[region.start : end],
                start=region.start,
                end=end,
                q_no=span.q_no,
                point_no=span.point_no,
            )
        )
    return out
