"""One fetched page of a bulletin source, read once (pure): a bulletin's figures, or a list's links.

The page is read by its family's article reader (MEE ``.TRS_Editor``, a department site's CMS
family), or by the generic main-content reader (trafilatura) when that finds no body: the
fallback every page family has. A page is a bulletin when its title names one and its main text
covers the bulletin's sections (``recognise``); its figures are then extracted (``figures``).
Any other page is read as a list: the links whose text or ``title`` names a bulletin, and the
next page by the generic pagination rules. Walls, removals and errors are said with the reason.

Example: ``https://www.mee.gov.cn/hjzl/sthjzk/zghjzkgb/`` (a list) links
``…/202506/t20250605_….shtml`` (the 2024 bulletin), read by the MEE family.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from typing import Literal

from models.records import FetchedPage, PageStatus
from models.reference import NATIONAL, ReferenceFigure, ReferenceSource
from scrapers.articles.draft import ArticleDraft
from scrapers.base.blocks import NestingTooDeep, clean_text
from scrapers.base.page import PageDoc
from scrapers.base.urls import resolve_link
from scrapers.bulletins.figures import bulletin_figures
from scrapers.bulletins.recognise import BulletinTitle, covers_sections, read_title
from scrapers.classify import classify_doc
from scrapers.families import FAMILIES, ArticleReader
from scrapers.families.detect import read_page
from scrapers.families.others import GENERIC
from scrapers.families.readers import department_family, read_draft
from scrapers.listings.generic_list import generic_next
from scrapers.provinces import Registry

BulletinPageStatus = Literal["bulletin", "list", "blocked", "deleted", "error"]
CHINA = timezone(timedelta(hours=8))


@dataclass(frozen=True, slots=True)
class BulletinOwner:
    """Whose record a configured bulletin entry point holds."""

    source: str  # the settings source it is fetched as: mee, or province_<slug>
    scope_code: str  # NATIONAL, or the province's code
    publisher: str  # 生态环境部, 江西省生态环境厅 …
    official: bool  # fetched from the publisher's own host (base_url is the canonical host)


@dataclass(frozen=True, slots=True)
class BulletinLink:
    url: str
    title: str


@dataclass(frozen=True, slots=True)
class BulletinPage:
    """What one page was: a bulletin (``figures``, possibly none), a list (``links``, ``next_urls``),
    or unreadable (``status`` blocked/deleted/error, with ``reason``)."""

    url: str
    status: BulletinPageStatus
    reason: str = ""
    origin: str = ""  # the canonical URL requested: the reference figures' origin
    version: str = ""  # sha256 of the body read
    title: str | None = None
    family: str | None = None
    figures: tuple[ReferenceFigure, ...] = ()
    links: tuple[BulletinLink, ...] = ()
    next_urls: tuple[str, ...] = ()


def read_bulletin_page(page: FetchedPage, owner: BulletinOwner, *, registry: Registry) -> BulletinPage:
    """Read ``page`` (see the module docstring); never raises on bad input."""
    url = page.final_url or page.requested_url
    read = _read(page, url, owner, registry)
    return replace(read, origin=page.requested_url, version=page.sha256)


def _read(page: FetchedPage, url: str, owner: BulletinOwner, registry: Registry) -> BulletinPage:
    try:
        doc = read_page(
            page.text, url, content_type=page.header("content-type"), family=department_family(url, registry)
        )
        status, reason = classify_doc(doc, status_code=page.status_code)
        if status in (PageStatus.BLOCKED, PageStatus.DELETED):
            return BulletinPage(url, "blocked" if status is PageStatus.BLOCKED else "deleted", reason)
        family, draft = read_draft(doc, _reader)
        named = read_title(draft.title or doc.title, registry)
        text = "\n".join(draft.blocks)
        if named is not None and covers_sections(text):
            return _bulletin(page, url, owner, named, draft, family, text, registry)
        if status is PageStatus.ERROR and not doc.is_html:
            return BulletinPage(url, "error", reason)
        return _listing(doc, url, registry)
    except NestingTooDeep as exc:
        return BulletinPage(url, "error", str(exc))
    except Exception as exc:
        return BulletinPage(url, "error", f"parser error: {type(exc).__name__}: {exc}")


def _reader(doc: PageDoc) -> ArticleReader:
    """The family's reader when it finds its body, else the generic main-content reader."""
    reader = FAMILIES[doc.family].reader
    return reader if reader.body_root(doc) is not None else GENERIC.reader


def _bulletin(
    page: FetchedPage,
    url: str,
    owner: BulletinOwner,
    named: BulletinTitle,
    draft: ArticleDraft,
    family: str,
    text: str,
    registry: Registry,
) -> BulletinPage:
    title = clean_text(draft.title or "")
    scope = named.scope_code or owner.scope_code
    bulletin = "national_bulletin" if scope == NATIONAL else "provincial_bulletin"
    kind = "press_release" if named.kind == "press_release" else bulletin
    source = ReferenceSource(
        kind=kind,
        title=title,
        publisher=owner.publisher,
        published_on=_china_date(draft.published_at),
        url=page.requested_url,
    )
    figures = bulletin_figures(
        text,
        scope_code=scope,
        source=source,
        verification="verified" if owner.official else "unverified",
        seen_at=page.requested_url,
        registry=registry,
    )
    if named.year is not None:  # a 2024 bulletin is about 2024: a figure of another year is context
        figures = tuple(f for f in figures if f.year == named.year)
    return BulletinPage(url, "bulletin", title=title, family=family, figures=figures)


def _china_date(instant: datetime | None) -> date | None:
    return instant.astimezone(CHINA).date() if instant is not None else None


def _listing(doc: PageDoc, url: str, registry: Registry) -> BulletinPage:
    if not doc.is_html:
        return BulletinPage(url, "list")
    links: dict[str, BulletinLink] = {}
    for a in doc.soup.find_all("a"):
        target = resolve_link(a.get("href"), url)
        texts = (a.get_text(" ", strip=True), str(a.get("title") or ""))
        title = max((t for t in texts if read_title(t, registry) is not None), key=len, default=None)
        if target is not None and title is not None and target not in links:
            links[target] = BulletinLink(target, " ".join(title.split()))
    return replace(
        BulletinPage(url, "list"), links=tuple(links.values()), next_urls=generic_next(doc.soup, url)
    )
