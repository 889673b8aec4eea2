"""Bounded parsing: hostile nesting is an error with a reason, a big page is read in linear time.

The speed claim (time per KB from 10 KB to 2 MB, and against a bare ``get_text``) lives in
``scripts/bench_parse.py``; the 2 MB test below is only a smoke check with a generous bound.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest

from models.records import FetchedPage, PageStatus
from scrapers.base.blocks import MAX_DEPTH, NestingTooDeep, element_blocks, soup_of
from scrapers.classify import classify_doc
from scrapers.episode.structure import StructuredEpisode, structure_episode
from scrapers.families.detect import read_page
from scrapers.families.readers import choose_reader
from scrapers.parse import parse_page
from scrapers.provinces import default_registry
from tests.scrapers.articles_support import ARTICLES
from tests.scrapers.generated_pages import nested_page, sized_page

URL = "https://mp.weixin.qq.com/s/generated"
UNSEEN = ARTICLES / "unseen"


def _fetched(html: str) -> FetchedPage:
    return FetchedPage(
        URL, URL, 200, (("Content-Type", "text/html"),), html.encode(), datetime(2025, 3, 1, tzinfo=UTC)
    )


def test_a_page_nested_100000_divs_deep_is_an_error_with_a_reason_not_a_recursion_error() -> None:
    parsed = parse_page(_fetched(nested_page(100_000)), registry=default_registry())
    assert parsed.status is PageStatus.ERROR
    assert parsed.reason == f"markup nested deeper than {MAX_DEPTH} elements"


def test_nesting_just_under_the_bound_still_parses_as_the_episode() -> None:
    parsed = parse_page(_fetched(nested_page(MAX_DEPTH - 20)), registry=default_registry())
    assert parsed.status is PageStatus.OK
    assert parsed.episode is not None
    assert "深处的一段话。" in parsed.episode.questions[0].answer


def test_the_block_walk_iterates_so_depth_is_limited_by_the_bound_not_by_python() -> None:
    deep = soup_of(
        "<div id='r'>" + "<section>" * (MAX_DEPTH + 1) + "x" + "</section>" * (MAX_DEPTH + 1) + "</div>"
    )
    root = deep.find(id="r")
    assert root is not None
    with pytest.raises(NestingTooDeep):
        element_blocks(root)  # type: ignore[arg-type]
    shallow = soup_of("<div id='r'>" + "<p>" + "<b>" * 200 + "文" + "</b>" * 200 + "</p><p>后</p></div>")
    assert element_blocks(shallow.find(id="r")) == ("文", "后")  # type: ignore[arg-type]


def test_an_unknown_layout_nested_too_deep_for_lxml_is_an_error_not_a_silently_shortened_text() -> None:
    html = (UNSEEN / "jiangxi-10.div-br.html").read_text(encoding="utf-8")
    at = html.index('<div class="cont">')
    for depth in (300, 100_000):
        deep = html[:at] + "<div>" * depth + "深处。" + "</div>" * depth + html[at:]
        parsed = parse_page(_fetched(deep), registry=default_registry())
        assert (parsed.status, parsed.reason) == (
            PageStatus.ERROR,
            f"markup nested deeper than {MAX_DEPTH} elements",
        )


def test_a_generated_2_mb_page_is_read_and_structured_within_a_generous_bound() -> None:
    html = sized_page(2 * 1024 * 1024)
    start = time.perf_counter()
    doc = read_page(html, URL)
    assert classify_doc(doc) == (PageStatus.OK, "")
    result = structure_episode(choose_reader(doc).read(doc), default_registry())
    elapsed = time.perf_counter() - start
    assert isinstance(result, StructuredEpisode)
    assert len(result.episode.questions) == 3
    assert elapsed < 60, f"2 MB took {elapsed:.1f} s"
