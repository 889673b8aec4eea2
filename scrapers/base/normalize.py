"""Text normalisation: Traditional -> Simplified (OpenCC), full-width folding, mirror repairs.

Every normalised string keeps a map back to the original, so a quote found in the Simplified
body can be shown in the page's own script (``NormalizedText.to_original``). Each step records
its edits instead of re-aligning afterwards: removals and replacements map every output
character to an original index, and OpenCC (which keeps the length of almost every character)
is run line by line, a line whose length changes being mapped proportionally.

Noise repaired on the way (mirrors, PDF text layers, converters): pinyin after characters with
or without tone marks, in ASCII or full-width brackets (國(guó), 污(wu)(wu)染(ran), 個（gè）), old
variant characters t2s keeps (汚, 擧), ``PM_2.5`` / ``PM 2.5`` / ``O 3``,
``μg/m^3`` / ``μg/m 3``, spaces inside numbers (``2 024年``), full-width digits and letters,
years in Chinese numerals (``二〇二三年``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import opencc

from models.records import Script

# Characters that only exist in Traditional script; a text with enough of them is "hant".
_HANT_MARKERS = set("們這說國對會來為與時個後過還從學問題發體點兩應關經長產實見現動當無種機開將")
# The same set as one character class: counting with a regex scan is ~7x faster than per character.
_HANT_MARKER_RE = re.compile("[" + re.escape("".join(sorted(_HANT_MARKERS))) + "]")
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# Pinyin that some converters inject after characters: 國內(nèi), 長(zhǎng)江, 污(wu)(wu)染(ran).
# Toneless syllables are only taken when they look like pinyin (an initial, a vowel, a final;
# v for ü as keyboards type it: 率(lv)).
_SYLLABLE = rf"(?:[a-zü]*[{_TONED}][a-zü]*|(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?[aeiouüv][a-z]{{0,4}}\d?)"
# A PDF layer may space a glyph run before the annotation (優 (yōu)良): only toned pinyin then.
_TONED_SYLLABLE = rf"[a-zü]*[{_TONED}][a-zü]*"
_PINYIN_RE = re.compile(
    rf"(?<=[\u4e00-\u9fff])(?:[(（](?:{_SYLLABLE})[)）]|[ \t][(（]{_TONED_SYLLABLE}[)）])+"
)
# Noise inside numbers and units; each pattern's replacement is the matched text with it removed.
# The third item is a hint: a cheap pattern found wherever the first one matches (the character
# before a match and its first one), so a text without it is skipped; the lookbehinds make a
# full scan several times slower, and most paragraphs hold no noise at all.
_NOISE = (
    # pm2.5 / Pm10 as a spun or typed page writes them: the pollutant's name
    (re.compile(r"(?<![A-Za-z])(?:pm|Pm|pM)(?=\s*(?:2\.5|10)(?!\d))"), "PM", re.compile(r"[pP][mM]")),
    (
        re.compile(r"(?<=PM)[ _]+(?=(?:2\.5|10)(?!\d))|(?<=\bO)[ _]+(?=3(?!\d))|(?<=[SN]O)[ _]+(?=2(?!\d))"),
        "",
        re.compile(r"[MO][ _]"),
    ),
    (
        re.compile(r"(?<=[μµu]g)\s*/\s+(?=m)|(?<=[μµu]g)\s+/(?=\s*m)"),
        "/",
        re.compile(r"g\s*/\s|g\s+/"),
    ),  # μg/ m^3
    (re.compile(r"(?<=[μµu]g/m)(?:\^| )(?=3)"), "", re.compile(r"m[\^ ]")),
    # 微克/立 方米 (a unit line or table caption of a text layer, which is no prose line): the unit
    (
        re.compile(
            r"(?<=[微毫])[ \t]+(?=克)|(?<=克)[ \t]+(?=/)|(?<=克/)[ \t]+(?=立)|(?<=立)[ \t]+(?=方米)|(?<=立方)[ \t]+(?=米)"
        ),
        "",
        re.compile(r"[微毫克/立方][ \t]"),
    ),
    # A subscript a mirror's charset lost (O₃ stored as O?, SO₂ as SO?): the digit it was.
    # …的98.1%(见图1)，比上年上升0.6个百分点: a pointer to a figure or table, which only separates a
    # value from its change
    (
        re.compile(r"[(（]\s*[见見](?:图|圖|表|附表|附图|附圖)\s*\d{0,2}(?:[-—.．]\d{1,2})?\s*[)）]"),
        "",
        re.compile("[见見]"),
    ),
    # 提高4个多百分点: the bound word inside the unit (a bound is not scored; the change is 4 points)
    (re.compile(r"(?<=\d[个個])多(?=百分[点點])"), "", re.compile(r"[个個]多")),
    (re.compile(r"(?<=[SN]O)[?？](?=\s*[\u4e00-\u9fff、，,和及])"), "2", re.compile(r"O[?？]")),
    (re.compile(r"(?<=(?<![A-Za-z])O)[?？](?=\s*[\u4e00-\u9fff、，,和及])"), "3", re.compile(r"O[?？]")),
    (re.compile(r"(?<=\d) (?=\d{3}\s*年)"), "", re.compile(r"\d \d")),
    # 21 .4% / 95 .2%: a space before a decimal point; S O2 / N O2: a space inside the formula
    (re.compile(r"(?<=\d)[ \t]+(?=\.\d)"), "", re.compile(r"\d[ \t]+\.")),
    # | 100. 00% | 48. 1 |: a space after the decimal point, where a cell, a unit or % follows
    (
        re.compile(r"(?<=\d\.)[ \t]+(?=\d{1,3}[ \t]*(?:%|[|｜]|微克|μg|µg|ug|毫克|mg|个百分点|$))", re.M),
        "",
        re.compile(r"\d\.[ \t]+\d"),
    ),
    (re.compile(r"(?<=(?<![A-Za-z])[SN])[ \t]+(?=O\s*2(?!\d))"), "", re.compile(r"[SN][ \t]+O")),
    # A PDF line break inside a decimal number (69.\n9%, 2\n.0个百分点): the number, whole.
    (
        re.compile(r"(?<=\d\.)[ \t]*\n[ \t]*(?=\d)|(?<=\d)[ \t]*\n[ \t]*(?=\.\d)"),
        "",
        re.compile(r"[\d.][ \t]*\n"),
    ),
    # A spinner's or converter's full stop for a decimal point (PM2。5, 下降11。1%, 66。7%~100%,
    # 综合指数2。96: an index has no unit, but never a sentence of its own digit).
    (
        re.compile(
            r"(?<=PM2)。(?=5)|(?<=\d)。(?=\d+\s*(?:%|微克|μg|µg|ug|[个個]百分[点點]|[~～]))"
            r"|(?<=指[数數]\d)。(?=\d{1,3}(?![\d年月日]))"
        ),
        ".",
        re.compile(r"\d。\d"),
    ),
    # Mojibake that ate a character and the "(" of its pinyin (質量?jì)?yōu)良; 質量?jì）?yōu）良 or
    # 質量？jì）？yōu）良 where the mirror writes full-width marks): the pinyin says which character it was where the
    # neighbours leave one reading (yōu before 良 or 秀 was 优); other such remnants go.
    (re.compile(r"[?？]yōu[)）](?=[良秀])"), "优", re.compile(r"[?？]y")),
    # …ⅰ~ⅲ?lèi)、ⅳ~ⅴ類: lèi after a class numeral was 类; shù after 天 was 数 (天数)
    (re.compile(r"(?<=[ⅠⅡⅢⅣⅤⅰⅱⅲⅳⅴIV一二三四五])[?？]lèi[)）]"), "类", re.compile(r"[?？]l")),
    (re.compile(r"(?<=天)[?？]shù[)）]"), "数", re.compile(r"[?？]s")),
    (re.compile(rf"[?？](?:{_SYLLABLE})[)）]"), "", re.compile(r"[?？][a-zü]")),
    # A replacement character where a mirror's charset lost a character, its pinyin kept after it
    # (測(cè)�(diǎn)�412�(gè)): gè after a number was 个; another lost character goes, and so
    # does a lone one against a digit.
    (re.compile(r"(?<=\d)\ufffd[(（]g[eèé][)）]"), "个", re.compile("\ufffd")),
    (re.compile(rf"\ufffd[(（](?:{_SYLLABLE})[)）]|\ufffd(?=\d)|(?<=\d)\ufffd"), "", re.compile("\ufffd")),
)
_PINYIN_HINT_RE = re.compile(r"[\u4e00-\u9fff][ \t]?[(（]")  # every _PINYIN_RE match: a character, then "("
# OpenCC t2s keeps 著 where modern Simplified writes 着 (著力 → 着力); same length, so offsets hold.
_PHRASE_REPAIRS = (("著力", "着力"), ("著重", "着重"), ("著眼", "着眼"), ("著手", "着手"))
# Old variant characters OpenCC t2s leaves as they are (汚染, 擧報, 郃計, 衹有): their standard
# Simplified form, one character for one.
_VARIANTS = str.maketrans("汚咊郃衹祇擧囘敍", "污和合只只举回叙")
_SENTENCE_END = "。！？!?；;：:”」』）)…~"


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


_WIDTH_TABLE = {
    **{cp: cp - 0xFEE0 for cp in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))},
    **{ord(ch): ord(ch) - 0xFEE0 for ch in "％．＋－／"},
    **{cp: cp - 0x2080 + ord("0") for cp in range(0x2080, 0x208A)},  # subscripts: SO₂, O₃, PM₂.₅, PM₁₀
    0x3000: ord(" "),
    0xA0: ord(" "),
}
# Any character ``_WIDTH_TABLE`` folds: text without one (the usual case) is returned as it is,
# since ``str.translate`` looks every character up in the table.
_WIDE_RE = re.compile("[" + re.escape("".join(map(chr, _WIDTH_TABLE))) + "]")


def fold_width(text: str) -> str:
    """Fold full-width ASCII (０-９, Ａ-Ｚ, ％, ．), subscript digits (PM₂.₅, SO₂) and the ideographic space to
    half-width (one character for one, so offsets hold)."""
    return text.translate(_WIDTH_TABLE) if _WIDE_RE.search(text) else text


# Full-width punctuation that page stores and most mirrors already give as ASCII (，：（）？～): the
# rules read both, but a few (湖(库), 13,478) were written against the ASCII form.
# ｜ and │ (a text table's full-width or box-drawing bar) as | too
_PUNCT_TABLE = str.maketrans("，：（）？～｜│", ",:()?~||")
_PUNCT_RE = re.compile("[，：（）？～｜│]")


# A year in Chinese numerals, as official bulletins date themselves (二〇二三年, 二零二四年, 一九九八年).
_CN_DIGITS = {
    "〇": "0",
    "○": "0",
    "零": "0",
    "Ｏ": "0",
    "一": "1",
    "二": "2",
    "三": "3",
    "四": "4",
    "五": "5",
}
_CN_DIGITS |= {"六": "6", "七": "7", "八": "8", "九": "9"}
# …and as a bulletin's title dates it (《二○一六中国环境状况公报》)
_CN_YEAR_RE = re.compile(
    "(?:一九|二[〇○零Ｏ])[〇○零Ｏ一二三四五六七八九]{2}(?=年|(?<=《....)[^》\n]{0,12}(?:公报|报告|公報|報告)》)"
)


def arabic_years(text: str) -> str:
    """Years written in Chinese numerals (二〇二三年) in Arabic digits, one character for one."""
    if "年" not in text and "《" not in text:
        return text
    return _CN_YEAR_RE.sub(lambda m: "".join(_CN_DIGITS[c] for c in m.group()), text)


def fold_punctuation(text: str) -> str:
    """Full-width ，：（）？～｜ (and │) as ASCII, one character for one (offsets hold); 。；、 stay."""
    return text.translate(_PUNCT_TABLE) if _PUNCT_RE.search(text) else text


def detect_script(text: str) -> Script:
    """'hant' when the text carries Traditional-only characters, else 'hans'."""
    sample = text[:4000]
    hits = len(_HANT_MARKER_RE.findall(sample))
    return "hant" if hits >= 3 or (sample and hits / max(len(sample), 1) > 0.002) else "hans"


def to_simplified(text: str) -> str:
    """OpenCC t2s plus same-length variant and phrase repairs; simplified leftovers (关于, 并) pass
    through."""
    out: str = _converter().convert(text).translate(_VARIANTS)
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


def _substitute(text: str, index: list[int], pattern: re.Pattern[str], repl: str) -> tuple[str, list[int]]:
    """``pattern.sub(repl, text)`` with the index map carried along (one pass)."""
    pieces: list[str] = []
    mapped: list[int] = []
    pos = 0
    for m in pattern.finditer(text):
        pieces.append(text[pos : m.start()])
        mapped.extend(index[pos : m.start()])
        pieces.append(repl)
        mapped.extend(index[min(m.start() + k, max(m.end() - 1, m.start()))] for k in range(len(repl)))
        pos = m.end()
    if not pieces:
        return text, index
    pieces.append(text[pos:])
    mapped.extend(index[pos:])
    return "".join(pieces), mapped


_CHUNK_LINES = 64


def _simplify_tracked(text: str, index: list[int]) -> tuple[str, list[int]]:
    """OpenCC t2s in chunks of lines: a chunk that keeps its length keeps the map; in one that
    does not, each line is converted alone and a line whose length changed maps proportionally."""
    lines = text.splitlines(keepends=True)
    out: list[str] = []
    mapped: list[int] = []
    pos = 0
    for first in range(0, len(lines), _CHUNK_LINES):
        chunk = lines[first : first + _CHUNK_LINES]
        size = sum(len(line) for line in chunk)
        converted = to_simplified("".join(chunk))
        if len(converted) == size:
            out.append(converted)
            mapped.extend(index[pos : pos + size])
            pos += size
            continue
        for line in chunk:
            new = to_simplified(line)
            span = index[pos : pos + len(line)]
            out.append(new)
            mapped.extend(
                span[min(k * len(line) // max(len(new), 1), len(line) - 1)] for k in range(len(new))
            )
            pos += len(line)
    return "".join(out), mapped


def normalize(text: str) -> NormalizedText:
    """Remove injected pinyin and number/unit noise, fold widths and convert to Simplified,
    recording for every output character the index of the original one."""
    index = list(range(len(text)))
    out = text
    if _PINYIN_HINT_RE.search(text):
        out, index = _substitute(text, index, _PINYIN_RE, "")
    out = fold_width(out)  # one character for one: the map holds
    out = arabic_years(out)  # likewise
    for pattern, repl, hint in _NOISE:
        if hint.search(out):
            out, index = _substitute(out, index, pattern, repl)
    out, index = _simplify_tracked(out, index)
    return NormalizedText(out, text, tuple(index))


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
    stripped edges, dropped title lines), a function mapping a [start, end) span of ``text`` to
    ``original``. The two are walked side by side; where they part, the next few characters of
    ``text`` are looked up a bounded distance ahead, so the walk stays linear in the text."""
    norm = normalize(original)
    to_norm = _walk(text, norm.text)
    last = len(norm.index_map) - 1

    def mapper(start: int, end: int) -> tuple[int, int]:
        if start >= end or last < 0:
            return (0, 0)
        first = norm.index_map[min(to_norm[start], last)]
        final = norm.index_map[min(to_norm[end - 1], last)] + 1
        return (first, max(final, first))

    return mapper


_RESYNC = 8
_LOOKAHEAD = 4096


def _walk(text: str, norm: str) -> list[int]:
    """For each index of ``text`` the index of the same character in ``norm`` (an edited copy)."""
    to_norm = [0] * (len(text) + 1)
    i = j = 0
    while i < len(text):
        run = _common_run(text, i, norm, j)
        if run:
            to_norm[i : i + run] = range(j, j + run)  # the usual case: long stretches agree
            i, j = i + run, j + run
            continue
        found = norm.find(text[i : i + _RESYNC], j, j + _LOOKAHEAD + _RESYNC)
        if found > j:
            j = found  # characters of norm dropped from text (title lines, edges)
            continue
        to_norm[i] = min(j, max(len(norm) - 1, 0))  # a character text added (a joining space)
        i += 1
    to_norm[len(text)] = len(norm)
    return to_norm


def _common_run(a: str, i: int, b: str, j: int) -> int:
    """How many characters ``a[i:]`` and ``b[j:]`` share at their start, found by comparing
    slices (galloping, then halving) rather than character by character."""
    limit = min(len(a) - i, len(b) - j)
    low, step = 0, 16
    while low < limit:
        high = min(low + step, limit)
        if a[i + low : i + high] == b[j + low : j + high]:
            low, step = high, step * 2
            continue
        while high - low > 1:  # a[i:i+low] agrees, a[i+low:i+high] does not
            middle = (low + high) // 2
            if a[i + low : i + middle] == b[j + low : j + middle]:
                low = middle
            else:
                high = middle
        return low
    return low
