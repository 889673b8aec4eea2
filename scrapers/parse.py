"""The pure parsing entry point: a fetched page (or a file's bytes) in, a ``ParsedPage`` out.

classify (gates, removals, shells) → the page family's parser (``ArticleDraft``) →
``scrapers.structure`` (``Episode`` + answer spans). Never raises on bad input: anything
unexpected becomes status ``error`` with a reason. No network, no clock, no database.

``parsed_to_json`` is the public JSON shape (``mee-interviews parse``, golden files)::

    {"status", "reason", "source", "url", "script", "title", "series_no",
     "province": {"code", "name", "slug"}, "official": {"name", "position", "organization"},
     "headline", "published_at", "supplier", "editor", "original_title",
     "questions": [{"no", "topic", "question", "answer",
                    "points": [{"no", "marker", "headline", "text"}]}],
     "indicators": [{"code", "subject", "value", "unit", "value_base", "unit_base", "year", "region",
                     "change", "previous_value", "ranks", "record", "streak_years", "quote", "start",
                     "end", "q_no", "point_no"}],
     "claims": [{"kind", "text", "quote", "start", "end", "q_no", "point_no"}]}

Indicator and claim offsets (``start``/``end``) index into the episode's Simplified
``body_text``; ``original_start``/``original_end`` locate the same quote in ``original_body``
(the page as captured, in its own script), so every quote maps back. ``reason`` is always present: "" for ``ok``, otherwise why there is no episode. Text is
Simplified; ``published_at`` is ISO 8601 with +08:00, or null. Non-episodes keep every key,
with nulls and empty lists.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, TypeVar
from urllib.parse import urlsplit

from models.records import (
    Claim,
    FetchedPage,
    Indicator,
    PageStatus,
    ParsedPage,
    Question,
    SourceFamily,
)
from scrapers.charset import resolve_encoding
from scrapers.classify import classify_page, looks_like_html
from scrapers.extract import claim_to_json, extract, indicator_to_json
from scrapers.families.draft import ArticleDraft
from scrapers.families.freewechat_article import parse_freewechat_article
from scrapers.families.mee_article import parse_mee_article
from scrapers.families.plaintext import parse_plaintext
from scrapers.families.thepaper_article import parse_thepaper_article
from scrapers.families.wechat_article import parse_wechat_article
from scrapers.normalize import detect_script, original_span_mapper
from scrapers.provinces import Registry
from scrapers.provinces.article import is_department_host, parse_department_article
from scrapers.structure import NotAnEpisode, structure_episode

PARSER_VERSION = "1.1.0"  # 1.1: quotes located in the original body too
T = TypeVar("T", Indicator, Claim)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)  # fetched_at placeholder for documents read from disk
_MIRROR_PATH = re.compile(r"/a/[A-Za-z0-9+/_=-]+/\d+/\d+/?$")
_PARSERS: dict[SourceFamily, Callable[[str, str], ArticleDraft]] = {
    SourceFamily.WECHAT: parse_wechat_article,
    SourceFamily.MEE: parse_mee_article,
    SourceFamily.MEE_BIG5: parse_mee_article,
    SourceFamily.FREEWECHAT: parse_freewechat_article,
    SourceFamily.TW_MIRROR: parse_freewechat_article,
    SourceFamily.THEPAPER: parse_thepaper_article,
    SourceFamily.PROVINCE: parse_department_article,
    SourceFamily.TEXT: parse_plaintext,
}


def detect_family(url: str, content_type: str | None, text: str) -> SourceFamily:
    """The page family of a page: by host and path first, then by markup (for local copies)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host == "mp.weixin.qq.com":
        return SourceFamily.WECHAT
    if host == "big5.mee.gov.cn" or "/gate/big5/" in parts.path:
        return SourceFamily.MEE_BIG5
    if host.endswith("mee.gov.cn"):
        return SourceFamily.MEE
    if host.endswith("thepaper.cn"):
        return SourceFamily.THEPAPER
    if is_department_host(host):
        return SourceFamily.PROVINCE
    if (content_type and "text/plain" in content_type.lower()) or not looks_like_html(text):
        return SourceFamily.TEXT
    return _family_by_markup(text, bool(_MIRROR_PATH.search(parts.path)))


def _family_by_markup(text: str, mirror_path: bool) -> SourceFamily:
    hant = detect_script(re.sub(r"<[^>]*>", "", text)) == "hant"
    if not mirror_path and 'id="__NEXT_DATA__"' in text and "contentDetail" in text:
        return SourceFamily.THEPAPER
    if not mirror_path and re.search(r"""id=["']?js_article\b|var\s+msg_title\b""", text):
        return SourceFamily.WECHAT
    if re.search(r'name="ArticleTitle"|class=["\']?TRS_Editor|content_body_box', text):
        return SourceFamily.MEE_BIG5 if hant else SourceFamily.MEE
    return SourceFamily.TW_MIRROR if hant else SourceFamily.FREEWECHAT


def parse_page(page: FetchedPage, *, registry: Registry, family: SourceFamily | None = None) -> ParsedPage:
    """Parse one fetched page; ``family`` overrides detection (e.g. ``tw_mirror`` for a text body)."""
    url = page.final_url or page.requested_url
    base = ParsedPage(
        status=PageStatus.ERROR,
        source=family or SourceFamily.TEXT,
        url=url,
        parser_version=PARSER_VERSION,
        raw_sha256=page.sha256,
    )
    try:
        text = page.text
        source = family or detect_family(url, page.header("content-type"), text)
        base = replace(base, source=source)
        status, reason = classify_page(text, status_code=page.status_code, url=url)
        if status not in (PageStatus.OK, PageStatus.NOT_EPISODE):
            return replace(base, status=status, reason=reason)
        return _structured(base, _draft(source, text, url, family), registry, status, reason)
    except Exception as exc:
        return replace(base, status=PageStatus.ERROR, reason=f"parser error: {type(exc).__name__}: {exc}")


def _draft(source: SourceFamily, text: str, url: str, forced: SourceFamily | None) -> ArticleDraft:
    """Plain text keeps the caller's family; for HTML the family only picks the parser, which
    refines it by script (``freewechat``/``tw_mirror``, ``mee``/``mee_big5``)."""
    if not looks_like_html(text):
        return parse_plaintext(text, url, family=forced or SourceFamily.TEXT)
    parser = _PARSERS[SourceFamily.FREEWECHAT] if source is SourceFamily.TEXT else _PARSERS[source]
    return parser(text, url)


def _structured(
    base: ParsedPage, draft: ArticleDraft, registry: Registry, status: PageStatus, reason: str
) -> ParsedPage:
    extras = {
        k: v for k, v in (("title", draft.title or ""), ("canonical_key", draft.canonical_key or "")) if v
    }
    base = replace(base, source=draft.source, extras=extras)
    if status is PageStatus.NOT_EPISODE:
        return replace(base, status=status, reason=reason)
    result = structure_episode(draft, registry)
    if isinstance(result, NotAnEpisode):
        return replace(base, status=result.status, reason=result.reason)
    extras.update(dict(result.extras))
    ep = result.episode
    indicators, claims = extract(ep.body_text, result.spans, province=ep.province)
    to_original = original_span_mapper(ep.body_text, ep.original_body)
    ep = replace(ep, indicators=_located(indicators, to_original), claims=_located(claims, to_original))
    return replace(base, status=PageStatus.OK, episode=ep, reason="", extras=extras)


def _located(items: tuple[T, ...], to_original: Callable[[int, int], tuple[int, int]]) -> tuple[T, ...]:
    """Add each quote's span in the original body (the page's own script)."""
    out = []
    for item in items:
        start, end = to_original(item.start, item.end)  # type: ignore[attr-defined]
        out.append(replace(item, original_start=start, original_end=end))  # type: ignore[type-var]
    return tuple(out)


def parse_document(
    data: bytes,
    url: str,
    *,
    registry: Registry,
    content_type: str | None = None,
    fetched_at: datetime | None = None,
    family: SourceFamily | None = None,
) -> ParsedPage:
    """Parse a saved page or a plain-text body (``mee-interviews parse PATH_OR_URL``).

    The encoding comes from ``scrapers.charset.resolve_encoding`` (BOM, declared charset,
    detection); ``fetched_at`` defaults to the Unix epoch since parsing never reads the clock.
    """
    headers = (("Content-Type", content_type),) if content_type else ()
    page = FetchedPage(
        requested_url=url,
        final_url=url,
        status_code=200,
        headers=headers,
        body=data,
        fetched_at=fetched_at or _EPOCH,
        encoding=resolve_encoding(headers, data),
    )
    return parse_page(page, registry=registry, family=family)


def parsed_to_json(parsed: ParsedPage) -> dict[str, Any]:
    """The public JSON shape of a parse (see the module docstring)."""
    out: dict[str, Any] = {
        "status": str(parsed.status),
        "reason": parsed.reason,
        "source": str(parsed.source),
        "url": parsed.url,
        "script": None,
        "title": None,
        "series_no": None,
        "province": None,
        "official": None,
        "headline": None,
        "published_at": None,
        "supplier": None,
        "editor": None,
        "original_title": None,
        "questions": [],
        "indicators": [],
        "claims": [],
    }
    ep = parsed.episode
    if ep is None:
        return out
    out.update(
        script=ep.script,
        title=ep.title,
        series_no=ep.series_no,
        headline=ep.headline,
        province={"code": ep.province.code, "name": ep.province.name, "slug": ep.province.slug},
        official={
            "name": ep.official.name,
            "position": ep.official.position,
            "organization": ep.official.organization,
        },
        published_at=ep.published_at.isoformat() if ep.published_at else None,
        supplier=ep.supplier,
        editor=ep.editor,
        original_title=ep.original_title,
        questions=[_question_json(q) for q in ep.questions],
        indicators=[indicator_to_json(i) for i in ep.indicators],
        claims=[claim_to_json(c) for c in ep.claims],
    )
    return out


def _question_json(q: Question) -> dict[str, Any]:
    return {
        "no": q.no,
        "topic": str(q.topic),
        "question": q.question,
        "answer": q.answer,
        "points": [
            {"no": p.no, "marker": p.marker, "headline": p.headline, "text": p.text} for p in q.points
        ],
    }
