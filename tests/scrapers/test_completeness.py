"""Completeness before trust: a copy cut short or missing parts is ``incomplete`` with the
reason, and never replaces a complete copy in the merge."""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import permutations

import pytest

from models.records import FetchedPage, PageStatus, ParsedPage
from scrapers.merge import merge_parsed
from scrapers.parse import parse_document, parse_page
from scrapers.provinces import default_registry
from tests.scrapers.articles_support import SAMPLE_PAGES, sample_text

WECHAT_URL = "https://mp.weixin.qq.com/s?__biz=MzkwMDAwMDAwMA==&mid=2650001010&idx=1"
MEE_URL = "https://www.mee.gov.cn/ywdt/dfnews/202502/t20250219_1100010.shtml"
TEXT_URL = "file:jiangxi-10.zh-Hant.txt"
PRIORITY = ["wechat", "mee", "mee_big5", "freewechat", "thepaper", "tw_mirror"]
SAMPLES = {
    "jiangxi-10.wechat.html": WECHAT_URL,
    "jiangxi-10.mee.shtml": MEE_URL,
    "jiangxi-10.zh-Hant.txt": TEXT_URL,
}


def _cut(name: str, fraction: float) -> ParsedPage:
    data = (SAMPLE_PAGES / name).read_bytes()
    return parse_document(data[: int(len(data) * fraction)], SAMPLES[name], registry=default_registry())


def _fetched(url: str, body: bytes, headers: tuple[tuple[str, str], ...]) -> FetchedPage:
    return FetchedPage(url, url, 200, headers, body, datetime(2025, 3, 1, tzinfo=UTC))


@pytest.mark.parametrize("name", list(SAMPLES))
def test_the_complete_samples_are_ok(name: str) -> None:
    parsed = _cut(name, 1.0)
    assert (parsed.status, parsed.reason) == (PageStatus.OK, "")


@pytest.mark.parametrize("fraction", [0.25, 0.5, 0.9])
@pytest.mark.parametrize("name", list(SAMPLES))
def test_the_jiangxi_sample_cut_short_is_incomplete_with_a_reason(name: str, fraction: float) -> None:
    parsed = _cut(name, fraction)
    assert parsed.status is PageStatus.INCOMPLETE
    assert parsed.reason.startswith("truncated: ")


def test_a_cut_html_page_says_it_ends_before_its_closing_tags() -> None:
    assert _cut("jiangxi-10.wechat.html", 0.5).reason == "truncated: the HTML ends before </body> and </html>"


def test_a_cut_text_body_says_it_ends_mid_sentence() -> None:
    assert _cut("jiangxi-10.zh-Hant.txt", 0.9).reason.startswith("truncated: the text ends mid-sentence")


def test_a_content_length_larger_than_the_body_received_is_truncation() -> None:
    body = (SAMPLE_PAGES / "jiangxi-10.wechat.html").read_bytes()
    short = _fetched(WECHAT_URL, body, (("Content-Length", str(len(body) + 500)),))
    parsed = parse_page(short, registry=default_registry())
    assert parsed.status is PageStatus.INCOMPLETE
    assert parsed.reason == f"truncated: Content-Length {len(body) + 500} but {len(body)} bytes received"


def test_a_content_length_of_an_encoded_body_is_not_compared_with_the_decoded_bytes() -> None:
    body = (SAMPLE_PAGES / "jiangxi-10.wechat.html").read_bytes()
    gzipped = _fetched(WECHAT_URL, body, (("Content-Length", "4000"), ("Content-Encoding", "gzip")))
    exact = _fetched(WECHAT_URL, body, (("Content-Length", str(len(body))),))
    assert parse_page(gzipped, registry=default_registry()).status is PageStatus.OK
    assert parse_page(exact, registry=default_registry()).status is PageStatus.OK


def _without(html: str, *markers: str) -> str:
    """``html`` without the lines holding any of ``markers``."""
    return "\n".join(line for line in html.split("\n") if not any(m in line for m in markers))


def test_a_wechat_copy_without_its_trailer_is_incomplete_even_with_well_formed_html() -> None:
    html = _without(sample_text("jiangxi-10.wechat.html"), "供稿 |", "编辑 |", "原标题:")
    parsed = parse_document(html.encode(), WECHAT_URL, registry=default_registry())
    assert parsed.status is PageStatus.INCOMPLETE
    assert parsed.reason == "incomplete: no 供稿/编辑 trailer, which wechat copies carry"


def test_an_mee_copy_needs_no_trailer() -> None:
    html = _without(sample_text("jiangxi-10.mee.shtml"), "供稿", "编辑")
    parsed = parse_document(html.encode(), MEE_URL, registry=default_registry())
    assert (parsed.status, parsed.reason) == (PageStatus.OK, "")


def test_fewer_questions_than_the_text_announces_is_incomplete() -> None:
    html = sample_text("jiangxi-10.wechat.html").replace(
        "今日推出“江西篇”", "围绕四个问题作答。今日推出“江西篇”"
    )
    parsed = parse_document(html.encode(), WECHAT_URL, registry=default_registry())
    assert (parsed.status, parsed.reason) == (
        PageStatus.INCOMPLETE,
        "incomplete: 3 of the 4 questions the text announces",
    )


def test_a_last_answer_ending_mid_sentence_is_truncation() -> None:
    html = sample_text("jiangxi-10.wechat.html").replace("守牢生态环境安全底线。", "守牢生态环境")
    parsed = parse_document(html.encode(), WECHAT_URL, registry=default_registry())
    assert (parsed.status, parsed.reason) == (
        PageStatus.INCOMPLETE,
        "truncated: the last answer ends mid-sentence",
    )


@pytest.mark.parametrize("fraction", [0.25, 0.5, 0.9])
def test_the_complete_copy_wins_the_merge_in_every_order(fraction: float) -> None:
    truncated_wechat = _cut("jiangxi-10.wechat.html", fraction)  # WeChat ranks first by priority
    complete_mee = _cut("jiangxi-10.mee.shtml", 1.0)
    complete_text = _cut("jiangxi-10.zh-Hant.txt", 1.0)
    assert truncated_wechat.episode is not None
    for order in permutations([truncated_wechat, complete_mee, complete_text]):
        [bundle] = merge_parsed(list(order), PRIORITY)
        assert bundle.episode.url == MEE_URL
        assert len(bundle.episode.questions) == 3
        assert {c.url for c in bundle.sources} == {WECHAT_URL, MEE_URL, TEXT_URL}


def test_an_incomplete_copy_alone_still_merges_so_nothing_is_lost() -> None:
    truncated = _cut("jiangxi-10.wechat.html", 0.9)
    [bundle] = merge_parsed([truncated], PRIORITY)
    assert bundle.episode.url == WECHAT_URL


def test_among_complete_copies_priority_still_decides() -> None:
    wechat, mee = _cut("jiangxi-10.wechat.html", 1.0), _cut("jiangxi-10.mee.shtml", 1.0)
    for order in ([wechat, mee], [mee, wechat]):
        assert merge_parsed(order, PRIORITY)[0].episode.url == WECHAT_URL
