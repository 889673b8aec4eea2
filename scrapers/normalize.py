"""Text normalisation: Traditional -> Simplified (OpenCC), full-width folding, mirror repairs.

Every normalised string keeps a map back to the original, so a quote found in the Simplified
body can be shown in the page's own script (``NormalizedText.to_original``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

import opencc

# Characters that only exist in Traditional script; a text with enough of them is "hant".
_HANT_MARKERS = set("們這說國對會來為與時個後過還從學問題發體點兩應關經長產實見現動當無種機開將")
# Pinyin that some converters inject after characters: 國內(nèi), 長(zhǎng)江.
_PINYIN_RE = re.compile(r"(?<=[\u4e00-\u9fff])\((?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)\)")
# OpenCC t2s keeps 著 where modern Simplified writes 着 (著力 → 着力); same length, so offsets hold.
_PHRASE_REPAIRS = (("著力", "着力"), ("著重", "着重"), ("著眼", "着眼"), ("著手", "着手"))
_SENTENCE_END = "。！？!?；;：:”」』）)…~"


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def fold_width(text: str) -> str:
    """Fold full-width ASCII (０-９, Ａ-Ｚ, ％, ．) and the ideographic space to half-width."""
    out = []
    for ch in text:
        cp = ord(ch)
        if 0xFF10 <= cp <= 0xFF19 or 0xFF21 <= cp <= 0xFF3A or 0xFF41 <= cp <= 0xFF5A or ch in "％．＋－／":
            out.append(chr(cp - 0xFEE0))
        elif ch == "\u3000" or ch == "\xa0":
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def detect_script(text: str) -> str:
    """'hant' when the text carries Traditional-only characters, else 'hans'."""
    sample = text[:4000]
    hits = sum(1 for ch in sample if ch in _HANT_MARKERS)
    return "hant" if hits >= 3 or (sample and hits / max(len(sample), 1) > 0.002) else "hans"


def to_simplified(text: str) -> str:
    """OpenCC t2s plus same-length phrase repairs; simplified leftovers (关于, 并) pass through."""
    out = _converter().convert(text)
    for wrong, right in _PHRASE_REPAIRS:
        out = out.replace(wrong, right)
    return out


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """Normalised text plus, for each of its characters, the index of the original character."""

    text: str
    original: str
    index_map: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of ``text`` to the matching span of ``original``."""
        if start >= end or not self.index_map:
            return (0, 0)
        return (self.index_map[start], self.index_map[end - 1] + 1)


def normalize(text: str) -> NormalizedText:
    """Remove injected pinyin, fold widths and convert to Simplified, tracking offsets."""
    kept: list[int] = []
    pieces: list[str] = []
    pos = 0
    for m in _PINYIN_RE.finditer(text):
        pieces.append(text[pos : m.start()])
        kept.extend(range(pos, m.start()))
        pos = m.end()
    pieces.append(text[pos:])
    kept.extend(range(pos, len(text)))
    stripped = fold_width("".join(pieces))
    converted = to_simplified(stripped)
    if len(converted) == len(stripped):
        return NormalizedText(converted, text, tuple(kept))
    return NormalizedText(converted, text, tuple(kept[i] for i in _align(stripped, converted)))


def _align(before: str, after: str) -> list[int]:
    """For each index of ``after``, the best index of ``before`` (OpenCC rarely changes length)."""
    mapping = [0] * len(after)
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, before, after, autojunk=False).get_opcodes():
        for k in range(j2 - j1):
            mapping[j1 + k] = min(
                i1 + (k if tag == "equal" else k * max(i2 - i1, 1) // max(j2 - j1, 1)),
                max(len(before) - 1, 0),
            )
    return mapping


def rejoin_paragraphs(paragraphs: list[str], is_new_block: Callable[[str], bool] | None = None) -> list[str]:
    """Join paragraphs a mirror split mid-sentence.

    A paragraph that does not end a sentence is glued to the next one, unless the next one
    starts a new block by itself (a question, a numbered point, a trailer line), which the
    caller can recognise with ``is_new_block``.
    """
    out: list[str] = []
    for para in (p.strip() for p in paragraphs):
        if not para:
            continue
        if out and not out[-1].endswith(tuple(_SENTENCE_END)) and not (is_new_block and is_new_block(para)):
            out[-1] += para
        else:
            out.append(para)
    return out


def original_span_mapper(text: str, original: str) -> Callable[[int, int], tuple[int, int]]:
    """For ``text`` derived from ``original`` by ``normalize`` plus paragraph repairs (joins,
    dropped title lines), a function mapping a [start, end) span of ``text`` to ``original``."""
    norm = normalize(original)
    to_norm = [0] * (len(text) + 1)
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, text, norm.text, autojunk=False).get_opcodes():
        for k in range(i2 - i1):
            to_norm[i1 + k] = j1 + (k if tag == "equal" else min(k, max(j2 - j1 - 1, 0)))
    to_norm[len(text)] = len(norm.text)
    last = len(norm.index_map) - 1

    def mapper(start: int, end: int) -> tuple[int, int]:
        if start >= end or last < 0:
            return (0, 0)
        first = norm.index_map[min(to_norm[start], last)]
        final = norm.index_map[min(to_norm[end - 1], last)] + 1
        return (first, max(final, first))

    return mapper
