"""Sentence and clause splitting visits only the marks, yet cuts exactly where a walk over every
character would: quotes, thousands separators, ??? runs and over-long runs included."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scrapers.extract import segments
from scrapers.extract.segments import CLAUSE_END, SENTENCE_END, Segment, clauses, quoted_regions, sentences

_PAIRS = {"“": "”", "「": "」", "『": "』", "《": "》"}
_TEXT = st.text(alphabet=st.sampled_from(list("甲乙12,3?？。；，：:\n “”「」『』《》0")), max_size=80)


def _reference_split(text: str, start: int, end: int, breaks: str, limit: int) -> list[Segment]:
    """The definition, one character at a time."""
    protected = {m.start() for m in segments._THOUSANDS_RE.finditer(text, start, end)}
    out: list[Segment] = []
    begin, depth = start, 0
    for i in range(start, end):
        ch = text[i]
        if ch == "\n":
            depth = 0
        if ch in _PAIRS:
            depth += 1
        elif ch in _PAIRS.values():
            depth = max(depth - 1, 0)
        elif ch in breaks and depth == 0 and i not in protected and not segments._mojibake(text, i):
            if i > begin:
                out.append(Segment(begin, i))
            begin = i + 1
        elif i - begin >= limit:
            out.append(Segment(begin, i))
            begin, depth = i, 0
    if end > begin:
        out.append(Segment(begin, end))
    return out


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.sampled_from([SENTENCE_END, CLAUSE_END, "。！!？?\n"]), st.integers(1, 6), st.data())
def test_split_agrees_with_a_character_by_character_walk(
    text: str, breaks: str, limit: int, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(segments, "MAX_SEGMENT", limit)
        assert segments._split(text, start, end, breaks) == _reference_split(text, start, end, breaks, limit)


def test_sentences_split_at_stops_but_not_inside_quotes_or_numbers() -> None:
    text = "全省“十四五”目标。提出“一是；二是”要求；投入1,234万元，完成???项目"
    cut = [text[s.start : s.end] for s in sentences(text, 0, len(text))]
    assert cut == ["全省“十四五”目标", "提出“一是；二是”要求", "投入1,234万元，完成???项目"]


def test_clauses_keep_a_thousands_separator_and_break_at_a_plain_comma() -> None:
    text = "投入1,234万元,完成5项"
    assert [text[c.start : c.end] for c in clauses(text, Segment(0, len(text)))] == [
        "投入1,234万元",
        "完成5项",
    ]


def test_a_text_without_stops_is_cut_into_bounded_pieces() -> None:
    text = "字" * (2 * segments.MAX_SEGMENT + 10)
    pieces = sentences(text, 0, len(text))
    assert [p.end - p.start for p in pieces] == [segments.MAX_SEGMENT, segments.MAX_SEGMENT, 10]


def test_quoted_regions_close_at_their_own_mark_and_never_span_a_line() -> None:
    text = "实施《条例》和“三线「一单」”\n“未闭合\n「完」"
    regions = [text[r.start : r.end] for r in quoted_regions(text, 0, len(text))]
    assert regions == ["《条例》", "“三线「一单」”", "「完」"]
