"""Questions, answers and enumerated points (一是…二是…) of an episode body (pure).

See ``scrapers.episode.structure`` for the decisions the golden files depend on.
"""

from __future__ import annotations

import re

from models.records import Point, Question, TextSpan, Topic
from scrapers.base.titles import QUESTION_RE

_HEADLINE_MAX = 30
_INLINE_ANSWER = re.compile(r"(?<=[?？])\s*(?:答|A)\s*[:：]\s*")
_NUM = "一二三四五六七八九十"
POINT_RE = re.compile(
    rf"^(?P<marker>[{_NUM}]{{1,2}}是|第[{_NUM}]{{1,2}}(?=[，,、：:])|[（(][{_NUM}]{{1,2}}[)）]|\d{{1,2}}[.、](?!\d))"
)
_INLINE_POINT = re.compile(rf"(?:^|(?<=[。；;！？!?]))(?P<marker>[{_NUM}]{{1,2}}是)")
_HEAD_END = re.compile(r"[。；;！？!?：:]")
_COMMA = re.compile(r"[，,]")


def answer_label_re(name: str | None, extra: tuple[str, ...]) -> re.Pattern[str]:
    """Speaker labels that open an answer: 答, A, the official's name, a province's own labels."""
    names = [re.escape(x) for x in (name, *extra) if x]
    alternatives = "|".join(["答", "A", *names])
    return re.compile(rf"^(?:{alternatives})\s*[:：]\s*")


def split_questions(
    body: list[str], starts: list[int], first_q: int, labels: re.Pattern[str]
) -> tuple[tuple[Question, ...], tuple[TextSpan, ...]]:
    """Questions from ``first_q`` on, each with its answer paragraphs and points, plus the spans
    (offsets in the joined body) of every answer paragraph and point for the extractor."""
    q_indices = [i for i in range(first_q, len(body)) if QUESTION_RE.match(body[i])]
    questions: list[Question] = []
    spans: list[TextSpan] = []
    for no, (qi, end) in enumerate(zip(q_indices, [*q_indices[1:], len(body)], strict=True), start=1):
        question, paragraphs = _split_question(body, starts, qi, end, labels)
        topic = classify_topic(question)
        points, para_spans = _points(paragraphs, no, topic)
        answer = "\n".join(text for _, text in paragraphs)
        questions.append(Question(no=no, topic=topic, question=question, answer=answer, points=points))
        spans.extend(para_spans)
    return tuple(questions), tuple(spans)


def _split_question(
    body: list[str], starts: list[int], qi: int, end: int, labels: re.Pattern[str]
) -> tuple[str, list[tuple[int, str]]]:
    """The question text and its answer paragraphs as (offset in body_text, text) pairs."""
    q_block = body[qi]
    question = QUESTION_RE.sub("", q_block, count=1)
    paragraphs: list[tuple[int, str]] = []
    inline = _INLINE_ANSWER.search(question)
    if inline:  # "问：…？答：…" in one block
        qstart = len(q_block) - len(question)
        paragraphs.append((starts[qi] + qstart + inline.end(), question[inline.end() :]))
        question = question[: inline.start()]
    for i in range(qi + 1, end):
        text = labels.sub("", body[i], count=1)
        if text:
            paragraphs.append((starts[i] + len(body[i]) - len(text), text))
    if not question.strip() and paragraphs:  # "问：" alone, the question in the next block
        question = paragraphs.pop(0)[1]
    return question.strip(), paragraphs


def classify_topic(question: str) -> Topic:
    """The question's theme from its wording (see ``Topic``)."""
    if re.search(r"难忘|印象最深|最深刻|最感动", question):
        return Topic.MEMORABLE
    if re.search(r"2025年|今年|明年|新的一年|下一步", question) and re.search(
        r"重点|思路|打算|计划|安排|举措|目标|方向", question
    ):
        return Topic.PRIORITIES
    if re.search(r"亮点|成效|成绩|成果|2024年|去年|过去一年", question):
        return Topic.HIGHLIGHTS
    return Topic.OTHER


def _points(
    paragraphs: list[tuple[int, str]], q_no: int, topic: Topic
) -> tuple[tuple[Point, ...], list[TextSpan]]:
    points: list[Point] = []
    spans: list[TextSpan] = []
    for start, text in paragraphs:
        for offset, marker, piece in _point_pieces(text):
            no = None
            if marker is not None:
                no = len(points) + 1
                points.append(Point(no=no, marker=marker, headline=point_headline(piece, marker), text=piece))
            spans.append(TextSpan(start + offset, start + offset + len(piece), q_no, no, topic))
    return tuple(points), spans


def _point_pieces(text: str) -> list[tuple[int, str | None, str]]:
    """(offset, marker, text) pieces covering one paragraph: the paragraph itself (a point when
    it starts with a marker), or its lead and the inline 一是…二是… runs."""
    match = POINT_RE.match(text)
    if match:
        return [(0, match["marker"], text)]
    inline = list(_INLINE_POINT.finditer(text))
    if len(inline) < 2 or not inline[0]["marker"].startswith("一"):
        return [(0, None, text)]
    bounds = [m.start() for m in inline] + [len(text)]
    lead = [(0, None, text[: bounds[0]].rstrip())] if bounds[0] > 0 else []
    return lead + [
        (bounds[k], m["marker"], text[bounds[k] : bounds[k + 1]].rstrip()) for k, m in enumerate(inline)
    ]


def point_headline(text: str, marker: str) -> str:
    """The heading sentence after ``marker`` (see the module docstring for the rule)."""
    rest = text[len(marker) :].lstrip("，,、：: ")
    end = _HEAD_END.search(rest)
    heading = rest[: end.start()] if end else rest
    if len(heading) > _HEADLINE_MAX:
        comma = _COMMA.search(heading)
        heading = heading[: comma.start()] if comma else heading
    return heading.strip()
