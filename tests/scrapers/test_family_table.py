"""A family is one value in one table: a toy family, declared here and nowhere else, has its
hosts, list pages and articles read by the same pipeline as the built-in ones."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from models.records import FetchedPage, ListingItem, ListingPage, PageStatus, SourceFamily
from scrapers.articles.draft import ArticleDraft
from scrapers.base.blocks import clean_text
from scrapers.base.page import PageDoc
from scrapers.base.titles import parse_title
from scrapers.families import FAMILIES, ArticleReader, Family, FamilyTable, Listing, UnknownFamilyError
from scrapers.families.detect import family_for_host
from scrapers.families.listing import read_listing
from scrapers.parse import parse_page
from scrapers.provinces import default_registry

SAMPLE = Path(__file__).resolve().parents[2] / "mee_interviews/sample/pages/jiangxi-10.zh-Hant.txt"
BODY = "div.toy-body"


def body_root(doc: PageDoc):
    return doc.select_first(BODY)


def read_toy_article(doc: PageDoc) -> ArticleDraft:
    root = body_root(doc)
    paragraphs = root.find_all("p") if root is not None else []
    heading = doc.select_first("h1")
    return ArticleDraft(
        source="toy",
        url=doc.url,
        title=clean_text(heading.get_text()) if heading is not None else None,
        published_at=None,
        blocks=tuple(text for p in paragraphs if (text := clean_text(p.get_text()))),
    )


def parse_toy_list(html: str, url: str, *, soup: BeautifulSoup | None = None) -> ListingPage:
    soup = soup or BeautifulSoup(html, "lxml")
    items = []
    for a in soup.select("ul.toy-list a"):
        info = parse_title(a.get_text())
        if info is not None:
            items.append(ListingItem(str(a["href"]), a.get_text(), "toy", url, info.series_no))
    return ListingPage(items=tuple(items))


TOY = Family(
    name="toy",
    reader=ArticleReader("toy", body_root, read_toy_article),
    hosts=("toy.example.org",),
    listings=(Listing("toy_list", parse_toy_list, rows="ul.toy-list li"),),
    containers=(BODY,),
    trailer=True,
)
TABLE = FAMILIES.with_family(TOY)


def _page(lines: list[str]) -> FetchedPage:
    title, *body = lines
    paragraphs = "".join(f"<p>{line}</p>" for line in body)
    html = f"<html><body><h1>{title}</h1><div class=toy-body>{paragraphs}</div></body></html>"
    return FetchedPage(
        requested_url="https://toy.example.org/a/10.html",
        final_url="https://toy.example.org/a/10.html",
        status_code=200,
        headers=(("Content-Type", "text/html; charset=utf-8"),),
        body=html.encode(),
        fetched_at=datetime(2025, 2, 19, tzinfo=UTC),
    )


def _sample_lines() -> list[str]:
    lines = [line for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    title = lines[-1].split(":", 1)[1]  # 原標題:廳局長請回答⑩ | 李軍:…
    return [title, *lines[:-1]]


def test_a_toy_family_added_to_the_table_has_a_page_of_it_parsed_into_an_episode() -> None:
    parsed = parse_page(_page(_sample_lines()), registry=default_registry(), families=TABLE)
    assert (parsed.status, parsed.reason) == (PageStatus.OK, "")
    assert (parsed.source, parsed.family) == ("toy", "toy")
    assert parsed.episode is not None
    assert (parsed.episode.province.slug, parsed.episode.series_no) == ("jiangxi", 10)
    assert parsed.episode.supplier == "江西省生态环境厅"


def test_the_toy_family_rules_its_copies_complete_only_with_their_trailer() -> None:
    without_trailer = [line for line in _sample_lines() if not line.startswith(("供稿", "編輯"))]
    parsed = parse_page(_page(without_trailer), registry=default_registry(), families=TABLE)
    assert parsed.status is PageStatus.INCOMPLETE
    assert parsed.reason == "incomplete: no 供稿/编辑 trailer, which toy copies carry"


def test_the_toy_family_owns_its_host_and_reads_its_list_pages() -> None:
    assert family_for_host("https://toy.example.org/a/10.html", TABLE) == "toy"
    assert family_for_host("https://toy.example.org/a/10.html") is None  # the project's table
    html = '<ul class="toy-list"><li><a href="https://toy.example.org/a/10.html">厅局长请回答⑩ | 李军</a></li></ul>'
    read = read_listing("toy", html, "https://toy.example.org/list.html", TABLE)
    assert read.kind == "toy_list"
    assert [(i.source, i.series_no) for i in read.page.items] == [("toy", 10)]
    assert read.fallbacks == ()


def test_a_family_name_no_table_declares_is_an_error_listing_the_known_ones() -> None:
    with pytest.raises(UnknownFamilyError, match="known: thepaper, wechat, mee"):
        FAMILIES["toy"]


def test_a_table_refuses_a_family_declared_twice() -> None:
    with pytest.raises(ValueError, match="family declared twice: toy"):
        FamilyTable((TOY, TOY), markup_default="toy")


def test_every_built_in_family_name_is_declared_in_the_table_once() -> None:
    assert sorted(FAMILIES.names()) == sorted(str(f) for f in SourceFamily)
