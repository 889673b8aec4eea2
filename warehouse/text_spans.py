"""The episode text stored once: answers and points as spans of ``episodes.body_text``.

An answer is its paragraphs joined by newlines, and a point is one paragraph or a piece of one,
all cut from the episode's body (``scrapers.episode.qa``), so the warehouse keeps the body once
and locates the rest in it: ``questions.answer_spans`` (paragraphs next to each other in the body
make one span) and ``answer_points.start_offset``/``end_offset``. The views and the Parquet
export put the text back (``ANSWER_SQL``, ``POINT_SQL``). A text that cannot be located (only
possible for rows of an older parser, moved by migration 11) keeps its own copy instead. Pure.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from models.records import Question

Span = tuple[int, int]

# The text of a question's answer and of a point, from their spans in ``e.body_text``.
ANSWER_SQL = (
    "coalesce(q.answer, array_to_string(list_transform(q.answer_spans, "
    "lambda s: substr(e.body_text, s.start_offset + 1, s.end_offset - s.start_offset)), chr(10)))"
)
POINT_SQL = "coalesce(p.text, substr(e.body_text, p.start_offset + 1, p.end_offset - p.start_offset))"


def spans_in(body: str, text: str, start: int = 0) -> list[Span] | None:
    """Spans of ``body`` whose slices, joined by newlines, give ``text`` back: its lines found in
    order from ``start``, lines next to each other in the body as one span. None when a line is
    not there."""
    spans: list[Span] = []
    at = start
    for line in text.split("\n"):
        found = body.find(line, at)
        if found < 0:
            return None
        end = found + len(line)
        if spans and found == spans[-1][1] + 1 and body[spans[-1][1]] == "\n":
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((found, end))
        at = end
    return spans if rebuilt(body, spans) == text else None


def rebuilt(body: str, spans: Sequence[Span]) -> str:
    """The text the spans locate (what ``ANSWER_SQL`` computes)."""
    return "\n".join(body[s:e] for s, e in spans)


@dataclass(frozen=True, slots=True)
class LocatedQuestion:
    """Where one question's answer and points are in the body (None: keep the text itself)."""

    answer: list[Span] | None
    points: list[Span | None]


def locate(body: str, questions: Sequence[Question]) -> Iterator[LocatedQuestion]:
    """Each question's answer and points located in ``body``, in order."""
    at = 0
    for q in questions:
        answer = spans_in(body, q.answer, at) if q.answer else None
        first = answer[0][0] if answer else at
        points: list[Span | None] = []
        cursor = first
        for p in q.points:
            found = body.find(p.text, cursor)
            if found < 0 or not p.text:
                points.append(None)
                continue
            points.append((found, found + len(p.text)))
            cursor = found + len(p.text)
        at = answer[-1][1] if answer else at
        yield LocatedQuestion(answer, points)
