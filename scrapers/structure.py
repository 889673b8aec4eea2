"""From an ``ArticleDraft`` to an ``Episode``: the column's fixed Q&A shape, in Simplified script.

Pure. Steps: normalise every block (Traditional → Simplified, width folding, pinyin removal);
take the title from the draft, the first block, or the "原标题" trailer line; cut the trailer
(供稿/来源/编辑/审核/原标题 lines among the last ten blocks); rejoin paragraphs a mirror split
mid-sentence (never gluing questions, points, trailer or byline lines); find the province and
apply its ``fix_blocks``; then split questions, answers and points.

Decisions (documented here because the golden files depend on them):

* The intro (编者按, "为深入贯彻落实…今日推出“江西篇”~"), the headline line and the byline
  ("——江西省生态环境厅厅长李军") come before the first question and belong to no answer.
* An answer is every paragraph between its question and the next question (or the trailer),
  speaker labels (答/A/the official's name) removed, joined by "\\n": the lead paragraph and
  all point paragraphs. Trailer lines are never part of an answer.
* A point is a paragraph starting with a marker (一是, 第一，, （一）, 1.), or, inside one
  paragraph, a run of sentences starting 一是…二是…; its ``text`` keeps the marker. Its
  ``headline`` is the first sentence after the marker, up to 。；！？ or a colon, commas included
  ("坚持改革创新,着力完善生态环境体制机制"); a heading longer than 30 characters is cut at its
  first comma instead.
* ``body_text`` is the repaired Simplified blocks (body + trailer) joined by "\\n";
  ``original_body`` the draft's blocks as captured, joined by "\\n".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from models.records import Episode, Official, PageStatus, Point, Question, TextSpan, Topic
from scrapers.families.draft import ArticleDraft
from scrapers.normalize import detect_script, normalize, rejoin_paragraphs
from scrapers.provinces import Registry
from scrapers.provinces.base import ProvinceScraper
from scrapers.titles import TitleInfo, parse_title

TRAILER_WINDOW = 10
_HEADLINE_MAX = 30
_SEP = r"\s*[|丨｜:：]\s*"
_TRAILER_LABELS = "供稿|来源|责任编辑|编辑|审核|审校|校对|原标题|作者|撰稿|文字|图片|摄影"
_TRAILER_RE = re.compile(rf"^(?P<label>{_TRAILER_LABELS}){_SEP}(?P<value>\S.*)$")
_TRAILER_SPLIT = re.compile(rf"\s+(?=(?:{_TRAILER_LABELS}){_SEP})")
_QUESTION_RE = re.compile(r"^(?:问|记者|提问|主持人|Q)\s*\d{0,2}\s*[:：]\s*")
_INLINE_ANSWER = re.compile(r"(?<=[?？])\s*(?:答|A)\s*[:：]\s*")
_NUM = "一二三四五六七八九十"
_POINT_RE = re.compile(
    rf"^(?P<marker>[{_NUM}]{{1,2}}是|第[{_NUM}]{{1,2}}(?=[，,、：:])|[（(][{_NUM}]{{1,2}}[)）]|\d{{1,2}}[.、](?!\d))"
)
_INLINE_POINT = re.compile(rf"(?:^|(?<=[。；;！？!?]))(?P<marker>[{_NUM}]{{1,2}}是)")
_HEAD_END = re.compile(r"[。；;！？!?：:]")
_COMMA = re.compile(r"[，,]")
_POSITIONS = "党组书记、厅长|党组书记、局长|党组书记、主任|副厅长|副局长|副主任|厅长|局长|主任"
_BYLINE_RE = re.compile(
    rf"^[—–\-－~～]+\s*(?P<org>.+?)(?P<pos>{_POSITIONS})\s*(?P<name>[\u4e00-\u9fff·]{{2,5}})$"
)
_DASH_START = re.compile(r"^[—–\-－]{1,3}")


@dataclass(frozen=True, slots=True)
class StructuredEpisode:
    """An episode plus the spans of its answer paragraphs in ``episode.body_text``."""

    episode: Episode
    spans: tuple[TextSpan, ...]
    extras: tuple[tuple[str, str], ...] = ()  # trailer values the record has no field for (审核)


@dataclass(frozen=True, slots=True)
class NotAnEpisode:
    """Why a draft did not yield an episode (``status`` is not_episode or error)."""

    status: PageStatus
    reason: str


@dataclass(frozen=True, slots=True)
class Trailer:
    start: int  # index of the first trailer block
    values: tuple[tuple[str, str], ...]

    def get(self, *labels: str) -> str | None:
        return next((v for want in labels for k, v in self.values if k == want), None)


def simplify(text: str) -> str:
    """The normalised Simplified text of one block (see ``scrapers.normalize.normalize``)."""
    return normalize(text).text


def structure_episode(draft: ArticleDraft, registry: Registry) -> StructuredEpisode | NotAnEpisode:
    """Recognise the column's shape in ``draft``; see the module docstring for the rules."""
    blocks = [simplify(b) for b in draft.blocks]
    title = simplify(draft.title) if draft.title else None
    if (title is None or parse_title(title) is None) and blocks and parse_title(blocks[0]):
        title, blocks = blocks[0], blocks[1:]
    trailer = find_trailer(blocks)
    body, tail = blocks[: trailer.start], blocks[trailer.start :]
    original_title = trailer.get("原标题")
    info = parse_title(title or "") or parse_title(original_title or "")
    if info is None:
        return NotAnEpisode(PageStatus.NOT_EPISODE, "no numbered 厅局长请回答 title")
    body = rejoin_paragraphs(body, _new_block_test(info.official_name))
    scraper = _province(registry, body, title or original_title or "")
    if scraper is None:
        return NotAnEpisode(PageStatus.NOT_EPISODE, "no province of the registry is named")
    body = list(scraper.fix_blocks(list(body)))
    first_q = next((i for i, b in enumerate(body) if _QUESTION_RE.match(b)), None)
    if first_q is None:
        return NotAnEpisode(PageStatus.ERROR, "no questions found")
    official = find_official(body[:first_q], info, scraper)
    if official is None:
        return NotAnEpisode(PageStatus.ERROR, "no official named in the title or byline")
    return _assemble(draft, body, tail, trailer, info, scraper, official, first_q, title or original_title)


def _assemble(
    draft: ArticleDraft,
    body: list[str],
    tail: list[str],
    trailer: Trailer,
    info: TitleInfo,
    scraper: ProvinceScraper,
    official: Official,
    first_q: int,
    title: str | None,
) -> StructuredEpisode:
    starts = _offsets(body)
    labels = _answer_label_re(official.name, scraper.speaker_labels)
    questions, spans = _questions(body, starts, first_q, labels)
    episode = Episode(
        source=draft.source,
        url=draft.url,
        script=detect_script("\n".join(draft.blocks)),
        title=title or "",
        series_no=info.series_no,
        province=scraper.ref,
        official=official,
        headline=info.headline or _headline_from_head(body[:first_q]),
        published_at=draft.published_at,
        supplier=trailer.get("供稿", "来源"),
        editor=trailer.get("责任编辑", "编辑"),
        original_title=trailer.get("原标题") or draft.original_title,
        questions=questions,
        body_text="\n".join([*body, *tail]),
        original_body="\n".join(draft.blocks),
        canonical_key=draft.canonical_key,
    )
    extras = tuple((k, v) for k, v in trailer.values if k in ("审核", "审校", "作者"))
    return StructuredEpisode(episode, spans, extras)


def find_trailer(blocks: list[str]) -> Trailer:
    """The trailer at the end of ``blocks``: label lines plus short boilerplate, last ten at most."""
    start = len(blocks)
    found = False
    for i in range(len(blocks) - 1, max(len(blocks) - TRAILER_WINDOW, 0) - 1, -1):
        if _TRAILER_RE.match(blocks[i]):
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
    match = _TRAILER_RE.match(block)
    if not match:
        return []
    if match["label"] == "原标题":
        return [("原标题", match["value"].strip())]
    out = []
    for part in _TRAILER_SPLIT.split(block):
        m = _TRAILER_RE.match(part.strip())
        if m:
            out.append((m["label"], m["value"].strip()))
    return out


def _new_block_test(official_name: str | None) -> Callable[[str], bool]:
    labels = _answer_label_re(official_name, ())

    def is_new_block(para: str) -> bool:
        return bool(
            _QUESTION_RE.match(para)
            or labels.match(para)
            or _POINT_RE.match(para)
            or _TRAILER_RE.match(para)
            or _DASH_START.match(para)
            or parse_title(para)
        )

    return is_new_block


def _province(registry: Registry, body: list[str], title: str) -> ProvinceScraper | None:
    head = []
    for block in body:
        if _QUESTION_RE.match(block):
            break
        head.append(block)
    byline = next((m for b in head if (m := _BYLINE_RE.match(b))), None)
    texts = ([byline["org"]] if byline else []) + [title, "\n".join(head)]
    return next((s for t in texts if (s := registry.find_in_text(t))), None)


def find_official(head: list[str], info: TitleInfo, scraper: ProvinceScraper) -> Official | None:
    """The official from the byline ("——<org><position><name>"), else from the intro text."""
    for block in head:
        m = _BYLINE_RE.match(block)
        if m and (info.official_name is None or m["name"] == info.official_name):
            return Official(name=m["name"], position=m["pos"], organization=m["org"].strip())
    name = info.official_name
    if not name:
        return None
    text = "\n".join(head)
    named = re.search(
        rf"(?P<org>{re.escape(scraper.department)})?(?P<pos>{_POSITIONS}){re.escape(name)}", text
    )
    if named:
        return Official(name=name, position=named["pos"], organization=named["org"] or scraper.department)
    return Official(name=name, position="", organization=scraper.department)


def _headline_from_head(head: list[str]) -> str:
    for i, block in enumerate(head):
        if _BYLINE_RE.match(block) and i > 0:
            return head[i - 1]
    return ""


def _offsets(blocks: list[str]) -> list[int]:
    starts, pos = [], 0
    for block in blocks:
        starts.append(pos)
        pos += len(block) + 1
    return starts


def _answer_label_re(name: str | None, extra: tuple[str, ...]) -> re.Pattern[str]:
    names = [re.escape(x) for x in (name, *extra) if x]
    alternatives = "|".join(["答", "A", *names])
    return re.compile(rf"^(?:{alternatives})\s*[:：]\s*")


def _questions(
    body: list[str], starts: list[int], first_q: int, labels: re.Pattern[str]
) -> tuple[tuple[Question, ...], tuple[TextSpan, ...]]:
    q_indices = [i for i in range(first_q, len(body)) if _QUESTION_RE.match(body[i])]
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
    question = _QUESTION_RE.sub("", q_block, count=1)
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
    match = _POINT_RE.match(text)
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
