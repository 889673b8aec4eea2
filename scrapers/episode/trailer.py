"""The trailer of an article: 供稿/来源/编辑/审核/原标题 lines among its last blocks (pure)."""

from __future__ import annotations

import re
from dataclasses import dataclass

TRAILER_WINDOW = 10
_SEP = r"\s*[|丨｜:：]\s*"
_TRAILER_LABELS = "供稿|来源|责任编辑|编辑|审核|审校|校对|原标题|作者|撰稿|文字|图片|摄影"
TRAILER_RE = re.compile(rf"^(?P<label>{_TRAILER_LABELS}){_SEP}(?P<value>\S.*)$")
_TRAILER_SPLIT = re.compile(rf"\s+(?=(?:{_TRAILER_LABELS}){_SEP})")


@dataclass(frozen=True, slots=True)
class Trailer:
    start: int  # index of the first trailer block
    values: tuple[tuple[str, str], ...]

    def get(self, *labels: str) -> str | None:
        return next((v for want in labels for k, v in self.values if k == want), None)


def find_trailer(blocks: list[str]) -> Trailer:
    """The trailer at the end of ``blocks``: label lines plus short boilerplate, last ten at most."""
    start = len(blocks)
    found = False
    for i in range(len(blocks) - 1, max(len(blocks) - TRAILER_WINDOW, 0) - 1, -1):
        if TRAILER_RE.match(blocks[i]):
            start, found = i, True
        elif not _is_boilerplate(blocks[i]):
            break
    if not found:
        return Trailer(len(blocks), ())
    values: list[tuple[str, str]] = []
    for block in blocks[start:]:
        values.extend(_trailer_values(block))
    return Trailer(start, tuple(values))


def _is_boilerplate(block: str) -> bool:
    return len(block) <= 12 and not block.endswith(("。", "！", "？", "!", "?", "…"))


def _trailer_values(block: str) -> list[tuple[str, str]]:
    match = TRAILER_RE.match(block)
    if not match:
        return []
    if match["label"] == "原标题":
        return [("原标题", match["value"].strip())]
    out = []
    for part in _TRAILER_SPLIT.split(block):
        m = TRAILER_RE.match(part.strip())
        if m:
            out.append((m["label"], m["value"].strip()))
    return out
