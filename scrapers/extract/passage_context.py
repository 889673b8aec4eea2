"""What a paragraph inherits from the rest of its passage: the year that dates it, the calendar,
the publication year, and what the heading above it is about.

``extract_text`` builds one per paragraph; ``extract`` (an episode's answers) one per answer span
with the question's topic year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from scrapers.extract.topic import Topic, topic_of


@dataclass(frozen=True, slots=True)
class PassageContext:
    """The passage-level facts a paragraph's figures fall back on."""

    year: int | None = None  # the year of the passage around the paragraph (last stated before it …)
    dated: bool = False  # ``year`` is a dateline's, so 去年 in a sentence is the year before
    roc: bool = False  # the passage dates by Taiwan's calendar (108年 = 2019)
    dateline: int | None = None  # the year the passage was published, when it says (2015-11-28)
    heading: Topic = field(default_factory=Topic)  # what the heading over the paragraph names
    titled: bool = (
        False  # the passage's title names its report's year (2021年8月…状况 ¶ 发布时间：2022-05-25)
    )
    dateline_month: int | None = None  # the dateline's month: 上月 under a January one is last year's
    # ``year`` is the first one stated after the paragraph (none before it): a comparison in the
    # figure's own sentence says more (…91.2%，比2020年提高2.6%。¶2022年，全省将…)
    later: bool = False


_HEADING_MAX = 40  # characters: a line this short with no full stop is a title or heading
_NUMBERED_MAX = 60  # a numbered section heading (一、 / （三） / 2.) may be longer
_STOP_RE = re.compile(r"[。；;！!？?]")
_CLAUSE_RE = re.compile(r"[，,]")
# 二、 / (三) / 4. opening a section heading (not a figure's 9.2 on a line of its own)
NUMBERED_RE = re.compile(
    r"\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d{1,2}[.、](?!\d))"
)


def is_heading(line: str) -> bool:
    """Whether a paragraph is a title or section heading rather than running text."""
    text = line.strip()
    if not text or _STOP_RE.search(text.rstrip("。")) is not None:
        return False
    if text.endswith("。") and _CLAUSE_RE.search(text):
        return False  # 计划…控制在1.5%以内，…力争下降10%。: clauses and a full stop make a sentence
    return len(text) <= _HEADING_MAX or (NUMBERED_RE.match(text) is not None and len(text) <= _NUMBERED_MAX)


def heading_topics(paragraphs: list[str]) -> list[Topic]:
    """For each paragraph, what the headings above it name: the latest section heading's topic,
    falling back on the passage's title (its first heading). A section heading replaces the one
    before it, so 一、环境空气 does not colour 二、饮用水水源地."""
    title: Topic | None = None
    section = Topic()
    out: list[Topic] = []
    for para in paragraphs:
        out.append(section.under(title) if title is not None else section)
        if is_heading(para):
            named = topic_of(para)
            if title is None:
                title = named
            else:
                section = named
    return out
