"""Rewrites of real passages that keep their labels: how else the same text reaches us.

A set of real passages scored once tells how the rules do on that text; scored again after each
rewrite, it tells how they do on the same figures written the way other pages write them — a PDF
text layer wrapping lines every 28–40 characters or scattering spaces between glyph runs, Unicode
subscripts (PM₂.₅), years in Chinese numerals (二〇二三年), other spellings of the unit, full-width
punctuation, the page converted to Traditional script (with a mirror's pinyin annotations, or with
a converter's Simplified leftovers), a spam mirror's insertions and doubled marks, and a target
sentence (which must yield nothing) before or after the passage. No new labels are needed, so this measures generalisation
on text whose misses may be read (``scripts/eval_rewrites.py``). Every rewrite is deterministic
for a seed and pure.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from functools import lru_cache

import opencc

Rewrite = Callable[[str, random.Random], str]

_HAN_RE = re.compile(r"[\u4e00-\u9fff]")
_CN_DIGITS = "〇一二三四五六七八九"
_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})(?=年)")
_UNIT_RE = re.compile(r"微克/立方米")
_UNITS = ("μg/m3", "微克每立方米", "μg/m³", "ug/m3", "µg/m3", "微克/立方米")
_SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
_POLLUTANT_RE = re.compile(r"(?<=PM)(?:2\.5|10)|(?<=[SN]O)2|(?<=(?<![A-Za-z])O)3")
_FULL_WIDTH = str.maketrans({",": "，", ":": "：", "(": "（", ")": "）", ";": "；", "?": "？", "%": "％"})
# Target sentences written for this check: each states aims, plans or standards only.
TARGET_SENTENCES = (
    "到2025年，全市PM2.5平均浓度控制在30微克/立方米以下，空气质量优良天数比例达到90%以上。",
    "根据目标任务，今年全省地表水国考断面水质优良比例要达到85%，劣Ⅴ类水体比例控制在1%以内。",
    "《环境空气质量标准》规定PM2.5年平均浓度二级标准限值为35微克/立方米。",
    "力争到2027年，森林覆盖率稳定在60%以上，集中式饮用水水源地水质达标率保持100%。",
    "下一步，将确保完成省下达的PM2.5浓度下降5%、优良天数比例提高2个百分点的年度目标。",
    "“十四五”期间，计划重污染天数比例控制在1.5%以内，臭氧浓度力争下降10%。",
)


def wrap(text: str, rng: random.Random) -> str:
    """A line break every 28–40 characters, wherever it falls (a PDF text layer), except inside
    a converter's pinyin annotation (環(huán)境), which PDF layers do not have."""
    out: list[str] = []
    run, width, depth = 0, rng.randint(28, 40), 0
    for i, ch in enumerate(text):
        out.append(ch)
        depth = max(0, depth + (ch in "(（") - (ch in ")）"))  # a stray ) does not open the next (…)
        run = 0 if ch == "\n" else run + 1
        if run >= width and depth <= 0 and text[i + 1 : i + 2] not in ("(", "（"):
            out.append("\n")
            run, width = 0, rng.randint(28, 40)
    return "".join(out)


def spaced(text: str, rng: random.Random) -> str:
    """A space after 3 % of the Chinese characters (glyph runs of a text layer)."""
    return "".join(ch + " " if _HAN_RE.match(ch) and rng.random() < 0.03 else ch for ch in text)


def subscripts(text: str, rng: random.Random) -> str:
    """PM2.5, PM10, SO2, NO2 and O3 with Unicode subscript digits (PM₂.₅)."""
    return _POLLUTANT_RE.sub(lambda m: m.group().translate(_SUBSCRIPTS), text)


def chinese_years(text: str, rng: random.Random) -> str:
    """Years before 年 in Chinese numerals (2023年 → 二〇二三年)."""
    return _YEAR_RE.sub(lambda m: "".join(_CN_DIGITS[int(d)] for d in m.group(1)), text)


def units(text: str, rng: random.Random) -> str:
    """微克/立方米 in another common spelling, chosen per occurrence."""
    return _UNIT_RE.sub(lambda _: rng.choice(_UNITS), text)


def full_width(text: str, rng: random.Random) -> str:
    """ASCII punctuation and % in their full-width forms."""
    return text.translate(_FULL_WIDTH)


def traditional(text: str, rng: random.Random) -> str:
    """The text converted to Traditional script (OpenCC s2t), as mirrors do."""
    converted: str = _s2t().convert(text)
    return converted


# Toned syllables for a mirror's pinyin annotations (國內(nèi), 長(zhǎng)江): which one follows which
# character does not matter to a reader that must drop them all.
_SYLLABLES = ("nèi", "zhǎng", "míng", "huán", "jìng", "zhì", "liàng", "shù", "yōu", "lèi", "guó", "shuǐ")


def pinyin(text: str, rng: random.Random) -> str:
    """The text in Traditional script with a pinyin annotation after 8 % of its characters, as
    pinyin-annotated mirrors write it (環(huán)境質(zhì)量)."""
    return "".join(
        f"{ch}({rng.choice(_SYLLABLES)})" if _HAN_RE.match(ch) and rng.random() < 0.08 else ch
        for ch in traditional(text, rng)
    )


# Characters a converter leaves Simplified (关于, 并, 范围, 干, 系; documented in
# ../shared/docs/source-formats.md §3.6) and the Traditional ones they stand for.
_LEFTOVERS = {"於": "于", "並": "并", "範": "范", "係": "系", "幹": "干", "個": "个", "數": "数", "與": "与"}


def leftovers(text: str, rng: random.Random) -> str:
    """The text in Traditional script with half of its one-to-many characters left Simplified."""
    return "".join(
        _LEFTOVERS[ch] if ch in _LEFTOVERS and rng.random() < 0.5 else ch for ch in traditional(text, rng)
    )


# Written for this check: the kind of line a spam mirror inserts between clauses.
_SPAM = ("【本站推荐】", "（点击查看更多精彩内容）", "[广告]", "☆☆☆")


def spam(text: str, rng: random.Random) -> str:
    """A spam mirror's insertions after a fifth of the clause marks, and doubled marks (，，)."""
    out: list[str] = []
    for i, ch in enumerate(text):
        out.append(ch)
        decimal = ch == "。" and text[i - 1 : i].isdigit() and text[i + 1 : i + 2].isdigit()  # 4。3%
        if ch in "，。；" and not decimal and rng.random() < 0.2:
            out.append(rng.choice((*_SPAM, ch)))
    return "".join(out)


def repeated(text: str, rng: random.Random) -> str:
    """The passage twice, as mirrors that repeat a paragraph print it (a restated figure is
    labelled once)."""
    return text + "\n" + text


def target_after(text: str, rng: random.Random) -> str:
    """A target sentence appended as a paragraph of its own."""
    return text + "\n" + rng.choice(TARGET_SENTENCES)


def target_before(text: str, rng: random.Random) -> str:
    """A target sentence as the passage's first paragraph."""
    return rng.choice(TARGET_SENTENCES) + "\n" + text


@lru_cache(maxsize=1)
def _s2t() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


REWRITES: dict[str, Rewrite] = {
    "wrap": wrap,
    "spaced": spaced,
    "subscripts": subscripts,
    "chinese_years": chinese_years,
    "units": units,
    "full_width": full_width,
    "traditional": traditional,
    "pinyin": pinyin,
    "leftovers": leftovers,
    "spam": spam,
    "repeated": repeated,
    "target_after": target_after,
    "target_before": target_before,
}


def rewritten(rows: list[dict[str, object]], name: str, seed: int = 7) -> list[dict[str, object]]:
    """``rows`` (real-set lines) with each text rewritten by ``REWRITES[name]``; labels unchanged."""
    rewrite, rng = REWRITES[name], random.Random(seed)
    return [{**row, "text": rewrite(str(row["text"]), rng)} for row in rows]
