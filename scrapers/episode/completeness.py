"""Is an episode copy complete? A copy cut short must never pass for the episode (pure).

A copy is ``complete`` only when it has

* every question its own text announces ("围绕三个问题作答") or implies (numbered questions
  without a gap, an answer after the last question),
* the trailer (供稿/来源/编辑 lines, either script, already Simplified here) where its family
  normally has one (``Family.trailer``, ``scrapers.families``): WeChat and its mirrors, and captured bodies (``text``) copied from them;
  MEE pages, ThePaper and unknown layouts carry none reliably,
* no sign of truncation: the body ends mid-sentence, the HTML stops before ``</html>``
  (and ``</body>``), or ``Content-Length`` promises more bytes than were received (only when
  the body was not content-encoded, since the archive keeps decoded bytes).

Otherwise the page is ``PageStatus.INCOMPLETE`` with the reason, its episode kept so that the
merge can rank it below every complete copy. A page that shows truncation and yielded no
episode at all ("no questions found", or a text body whose title was in its lost 原标题 line)
is ``incomplete`` too, when the page names the column.
"""

from __future__ import annotations

import re
from dataclasses import replace

from models.records import Episode, FetchedPage, PageStatus, ParsedPage
from scrapers.articles.draft import ArticleDraft
from scrapers.base.normalize import to_simplified
from scrapers.base.page import PageDoc
from scrapers.episode.trailer import TRAILER_RE

SENTENCE_END = ("。", "！", "？", "!", "?", "…", "”", "」", "』", "）", ")", "~", "～", "；", ";", ".")
_NUMBERS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_ANNOUNCED = re.compile(
    r"(?:围绕|回答了?|答好|聚焦)(?P<n>[两二三四五六七八九十]|\d{1,2})(?:个|道)(?:问题|题)"
)
_QUESTION_NO = re.compile(r"^(?:问|Q)\s*(?P<no>\d{1,2})\s*[:：]")
_OPENS_HTML = re.compile(r"<(?:html|body)\b", re.IGNORECASE)
_CLOSES_HTML = re.compile(r"</(?:html|body)\s*>", re.IGNORECASE)


def truncation(page: FetchedPage, doc: PageDoc, draft: ArticleDraft) -> str | None:
    """Why the page looks cut short, from the response and the markup (None: no sign)."""
    declared = (page.header("content-length") or "").strip()
    encoding = (page.header("content-encoding") or "identity").strip().lower()
    if declared.isdigit() and encoding == "identity" and int(declared) > len(page.body):
        return f"truncated: Content-Length {declared} but {len(page.body)} bytes received"
    if doc.is_html and _OPENS_HTML.search(doc.text) and not _CLOSES_HTML.search(doc.text):
        return "truncated: the HTML ends before </body> and </html>"
    last = to_simplified(draft.blocks[-1]) if draft.blocks else ""
    if not doc.is_html and last and not TRAILER_RE.match(last) and not last.endswith(SENTENCE_END):
        return "truncated: the text ends mid-sentence"
    return None


def judge_completeness(
    parsed: ParsedPage, cut: str | None, *, names_column: bool, trailer: bool
) -> ParsedPage:
    """``parsed`` as ``incomplete`` with the reason when the copy is cut short or misses parts;
    ``names_column``: the page names the column, so a cut copy that yielded no episode (its
    title or questions were in the lost part) is an incomplete episode, not something else;
    ``trailer``: the reader's family carries the 供稿/编辑 trailer (``Family.trailer``)."""
    failed = parsed.status in (PageStatus.ERROR, PageStatus.NOT_EPISODE)
    if failed and cut and names_column and parsed.episode is None:
        return replace(parsed, status=PageStatus.INCOMPLETE, reason=f"{cut} ({parsed.reason})")
    if parsed.status is not PageStatus.OK or parsed.episode is None:
        return parsed
    reason = cut or missing_parts(parsed.episode, parsed.family, trailer=trailer)
    return replace(parsed, status=PageStatus.INCOMPLETE, reason=reason) if reason else parsed


def missing_parts(episode: Episode, family: str | None, *, trailer: bool) -> str | None:
    """What a structured episode lacks (None when nothing): questions, answers, trailer, an end."""
    questions = episode.questions
    head = episode.body_text.split(questions[0].question, 1)[0] if questions else episode.body_text
    announced = _ANNOUNCED.search(head)
    if announced:
        n = _NUMBERS.get(announced["n"]) or int(announced["n"])
        if len(questions) < n:
            return f"incomplete: {len(questions)} of the {n} questions the text announces"
    numbered = [int(m["no"]) for line in episode.body_text.splitlines() if (m := _QUESTION_NO.match(line))]
    if numbered and numbered != list(range(1, len(numbered) + 1)):
        return f"incomplete: questions numbered {numbered}"
    if not questions or not questions[-1].answer.strip():
        return "incomplete: the last question has no answer"
    if not questions[-1].answer.rstrip().endswith(SENTENCE_END):
        return "truncated: the last answer ends mid-sentence"
    if trailer and not (episode.supplier or episode.editor):
        return f"incomplete: no 供稿/编辑 trailer, which {family} copies carry"
    return None
