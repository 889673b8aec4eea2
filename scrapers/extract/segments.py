"""Sentences, clauses and quoted names inside a span of text (all offsets absolute)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# The small form variants (﹔﹐﹗﹖) are how some news sites write ；，！？.
SENTENCE_END = "。；;﹔！!﹗？?﹖\n"
CLAUSE_END = SENTENCE_END + "，,﹐：:"
_FULL_STOPS = "。！!﹗？?﹖\n"
_BRACKETS = {"(": ")", "（": "）"}
_ASIDE_LIMIT = 80  # a bracketed aside longer than this is not one
MAX_SEGMENT = 2000  # no real sentence is longer; a page without stops is cut into pieces
_QUOTE_PAIRS = {"“": "”", "「": "」", "『": "』", "《": "》"}
# A comma between digits is a thousands separator, not a clause break.
_THOUSANDS_RE = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


@dataclass(frozen=True, slots=True)
class Segment:
    start: int
    end: int


_OPENERS = "".join(_QUOTE_PAIRS)
_CLOSERS = "".join(_QUOTE_PAIRS.values())


@lru_cache(maxsize=8)
def _marks(breaks: str) -> re.Pattern[str]:
    """The characters ``_split`` acts on: quote marks, ``breaks`` and newlines."""
    return re.compile("[" + re.escape(_OPENERS + _CLOSERS + breaks + "\n") + "]")


def _split(text: str, start: int, end: int, breaks: str) -> list[Segment]:
    """Cut ``text[start:end]`` at ``breaks`` outside quotes.

    One regex scan visits only the marks (quotes, breaks, newlines), not every character; the
    plain characters between two marks matter only for the ``MAX_SEGMENT`` cut of a text with
    no stops, which lands on the first plain character past the limit.
    """
    protected = {m.start() for m in _THOUSANDS_RE.finditer(text, start, end)} if "," in breaks else ()
    out: list[Segment] = []
    begin, depth, last = start, 0, start - 1
    for m in _marks(breaks).finditer(text, start, end):
        i = m.start()
        if i - begin > MAX_SEGMENT:
            begin, depth = _cut_long_runs(out, begin, depth, max(begin + MAX_SEGMENT, last + 1), i)
        last = i
        ch = text[i]
        if ch == "\n":
            depth = 0  # an unbalanced quote never swallows the next paragraph
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS:
            depth = max(depth - 1, 0)
        elif ch in breaks and depth == 0 and i not in protected and not _mojibake(text, i):
            if i > begin:
                out.append(Segment(begin, i))
            begin = i + 1
        elif i - begin >= MAX_SEGMENT:
            out.append(Segment(begin, i))  # a break inside quotes or a number
            begin, depth = i, 0
    begin, _ = _cut_long_runs(out, begin, depth, max(begin + MAX_SEGMENT, last + 1), end)
    if end > begin:
        out.append(Segment(begin, end))
    return out


def _cut_long_runs(out: list[Segment], begin: int, depth: int, cut: int, stop: int) -> tuple[int, int]:
    """Cut the plain run before ``stop`` every ``MAX_SEGMENT`` characters, starting at ``cut``."""
    while cut < stop:
        out.append(Segment(begin, cut))  # a text with no stops: keep every step linear
        begin, depth = cut, 0
        cut = begin + MAX_SEGMENT
    return begin, depth


def _mojibake(text: str, i: int) -> bool:
    """A run of ASCII '?' (a name lost to a mirror's charset, ???) is not a question mark, nor is
    one '?' inside a word (优良天数比?为90%: one character lost) when no question word comes
    before it (如何？全市… is a question)."""
    if text[i] != "?":
        return False
    if (i > 0 and text[i - 1] == "?") or text[i + 1 : i + 2] == "?":
        return True
    inside = i > 0 and _is_cjk(text[i - 1]) and _is_cjk(text[i + 1 : i + 2])
    return inside and _QUESTION_RE.search(text, max(i - 12, 0), i) is None


_QUESTION_RE = re.compile(
    r"吗|呢|如何|怎么|怎样|什么|哪些|哪里|多少|为何|为什么|是否|能否|可否|几|何|请|谈谈|介绍"
)


def _is_cjk(ch: str) -> bool:
    return bool(ch) and "\u4e00" <= ch <= "\u9fff"


def sentences(text: str, start: int, end: int) -> list[Segment]:
    """Sentences of ``text[start:end]`` (split at 。；！？ and newlines, never inside quotes)."""
    return _split(text, start, end, SENTENCE_END)


def full_sentences(text: str, start: int, end: int) -> list[Segment]:
    """Sentences split only at full stops (。！？ and newlines), keeping ；-joined halves together."""
    return _split(text, start, end, _FULL_STOPS)


def clauses(text: str, sentence: Segment) -> list[Segment]:
    """Clauses of a sentence (also split at commas and colons), a comma inside a bracketed aside
    (凤凰山水厂,四斗朱水库) not counting as a break."""
    return _join_asides(text, _split(text, sentence.start, sentence.end, CLAUSE_END))


def _join_asides(text: str, parts: list[Segment]) -> list[Segment]:
    """Merge the clauses that a bracket opened in one and closed in a later one spans."""
    out: list[Segment] = []
    open_until = -1  # the clause index up to which the current aside reaches
    for i, part in enumerate(parts):
        if out and i <= open_until:
            out[-1] = Segment(out[-1].start, part.end)
        else:
            out.append(part)
        close = _aside_end(text, part)
        if close is not None:
            open_until = max(open_until, i + sum(1 for p in parts[i + 1 :] if p.start < close))
    return out


def _aside_end(text: str, part: Segment) -> int | None:
    """Where a bracket left open at the end of ``part`` closes, if it does within the limit."""
    depth_open: str | None = None
    for i in range(part.start, part.end):
        ch = text[i]
        if ch in _BRACKETS:
            depth_open = ch
        elif depth_open is not None and ch == _BRACKETS[depth_open]:
            depth_open = None
    if depth_open is None:
        return None
    opened = text.rfind(depth_open, part.start, part.end)
    close = text.find(_BRACKETS[depth_open], part.end, opened + _ASIDE_LIMIT)
    newline = text.find("\n", part.end, close) if close >= 0 else -1
    return close if close >= 0 and newline < 0 else None


def quoted_regions(text: str, start: int, end: int) -> list[Segment]:
    """Spans inside “…” 「…」 『…』 《…》, marks included: names and slogans live there. Quoted
    speech (“全省…同比改善3.0%，PM2.5浓度降至35微克/立方米……”: long, with clause breaks) is
    text like any other."""
    out: list[Segment] = []
    open_at: int | None = None
    closer = ""
    for m in _marks("").finditer(text, start, end):  # quote marks and newlines only
        i, ch = m.start(), m.group()
        if ch == "\n":
            open_at = None
        elif open_at is None and ch in _QUOTE_PAIRS:
            open_at, closer = i, _QUOTE_PAIRS[ch]
        elif open_at is not None and ch == closer:
            if not _is_speech(text, open_at, i):
                out.append(Segment(open_at, i + 1))
            open_at = None
    return out


_SPEECH_MIN = 16  # characters: a quote this long with a clause break in it is someone speaking
_CLAUSE_MARK_RE = re.compile(r"[，,；;。]")


def _is_speech(text: str, opened: int, closed: int) -> bool:
    return (
        text[opened] != "《"
        and closed - opened > _SPEECH_MIN
        and _CLAUSE_MARK_RE.search(text, opened, closed) is not None
    )


def inside(pos: int, regions: list[Segment]) -> bool:
    """Whether ``pos`` falls within one of ``regions``."""
    return any(r.start <= pos < r.end for r in regions)
