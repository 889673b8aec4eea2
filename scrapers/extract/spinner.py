"""Undo an SEO synonym spinner's swaps of words the rules read by name, before reading figures.

Copy farms run articles through a synonym "spinner" that swaps words for look-alikes: 污染 →
稠浊, 利用 → 专揽, 首次突破 → 初次普及, 连续 → 荟萃, 稳定 → 清晰, 达到 → 上述 / 抵达, 森林覆盖率 → 丛林笼罩率, 平均 → 均匀, 优良 → 精良,
分别 → 阔别, 其中 → 个中, 低于 → 幼于. This is a dictionary
of such tools' substitutions (each seen in real spun pages); every swap is the same
length as the word it undoes (荟萃5年清晰达标 is 连续5年稳定达标) and is applied only where the spun
word cannot be meant literally, so offsets and quotes are unchanged. Spun change verbs need no
entry: a word between 同比 and a number is read as a change by its characters (``quantities``:
着落 / 降落 fall, 飞腾 rises).
"""

from __future__ import annotations

import re

# spun word (with the context that makes it a spin) -> the word it replaced, same length
_SWAPS = (
    (re.compile(r"稠浊"), "污染"),
    (re.compile(r"专揽(?=率)"), "利用"),
    (re.compile(r"初次普及(?=\s*\d)"), "首次突破"),
    (re.compile(r"荟萃(?=\s*\d{1,2}\s*年)"), "连续"),
    (re.compile(r"清晰(?=达标|保持)"), "稳定"),
    (re.compile(r"上述(?=了\s*\d)"), "达到"),
    (re.compile(r"丛林(?=笼罩率|覆盖率|蓄积|面积)"), "森林"),
    (re.compile(r"(?<=森林|林木|绿化)笼罩率"), "覆盖率"),
    (re.compile(r"均匀(?=为?\s*\d)"), "平均"),
    (re.compile(r"精良(?=率|天数)"), "优良"),
    (re.compile(r"抵达(?=\s*\d)"), "达到"),
    (re.compile(r"阔别(?=[为是:：]|\s*\d)"), "分别"),
    (re.compile(r"个中(?=[\u4e00-\u9fff]{1,8}?[市县区州])"), "其中"),
    (re.compile(r"幼于(?=(?:等于)?\s*\d)"), "低于"),
)
_HINT_RE = re.compile(r"稠浊|专揽|初次普及|荟萃|清晰|上述|丛林|笼罩率|均匀|精良|抵达|阔别|个中|幼于")


# Small Roman numerals (ⅰ~ⅲ类, a lowercased mirror) are the water classes' capitals.
_SMALL_ROMAN = str.maketrans("ⅰⅱⅲⅳⅴⅵ", "ⅠⅡⅢⅣⅤⅥ")


def despun(text: str) -> str:
    """``text`` with the spinner's swaps undone and small Roman numerals capitalised (same
    length, same offsets)."""
    text = text.translate(_SMALL_ROMAN)
    if _HINT_RE.search(text) is None:
        return text
    for pattern, original in _SWAPS:
        text = pattern.sub(original, text)
    return text
