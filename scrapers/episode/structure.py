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

from models.records import Episode, Official, PageStatus, TextSpan
from scrapers.articles.draft import ArticleDraft
from scrapers.base.normalize import detect_script, normalize, rejoin_paragraphs
from scrapers.base.titles import QUESTION_RE, TitleInfo, parse_title
from scrapers.episode.qa import POINT_RE, answer_label_re, split_questions
from scrapers.episode.trailer import TRAILER_RE, Trailer, find_trailer
from scrapers.provinces import Registry
from scrapers.provinces.base import ProvinceScraper

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


def simplify(text: str) -> str:
    """The normalised Simplified text of one block (see ``scrapers.base.normalize.normalize``)."""
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
    first_q = next((i for i, b in enumerate(body) if QUESTION_RE.match(b)), None)
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
    labels = answer_label_re(official.name, scraper.speaker_labels)
    questions, spans = split_questions(body, starts, first_q, labels)
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


def _new_block_test(official_name: str | None) -> Callable[[str], bool]:
    labels = answer_label_re(official_name, ())

    def is_new_block(para: str) -> bool:
        return bool(
            QUESTION_RE.match(para)
            or labels.match(para)
            or POINT_RE.match(para)
            or TRAILER_RE.match(para)
            or _DASH_START.match(para)
            or parse_title(para)
        )

    return is_new_block


def _province(registry: Registry, body: list[str], title: str) -> ProvinceScraper | None:
    head = []
    for block in body:
        if QUESTION_RE.match(block):
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
