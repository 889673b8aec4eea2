"""The parsing entry point: family detection, never raising, the JSON shape, documents on disk."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from models.records import FetchedPage, PageStatus, SourceFamily
from scrapers.parse import PARSER_VERSION, detect_family, parse_document, parse_page, parsed_to_json
from scrapers.provinces import default_registry
from tests.scrapers.articles_support import ARTICLES, SAMPLE_PAGES, article_text, registry_with_shili

FETCHED_AT = datetime(2025, 3, 1, tzinfo=UTC)
JSON_KEYS = {
    "status",
    "reason",
    "source",
    "url",
    "script",
    "title",
    "series_no",
    "province",
    "official",
    "headline",
    "published_at",
    "supplier",
    "editor",
    "original_title",
    "questions",
    "indicators",
    "claims",
}


def _page(
    body: bytes, url: str = "http://127.0.0.1:8000/p", status: int = 200, encoding: str = "utf-8"
) -> FetchedPage:
    return FetchedPage(url, url, status, (("Content-Type", "text/html"),), body, FETCHED_AT, encoding)


@pytest.mark.parametrize(
    ("url", "family"),
    [
        ("https://mp.weixin.qq.com/s/AbCd", SourceFamily.WECHAT),
        ("https://www.mee.gov.cn/ywdt/dfnews/202502/t20250219_1.shtml", SourceFamily.MEE),
        ("https://big5.mee.gov.cn/gate/big5/www.mee.gov.cn/ywdt/x.shtml", SourceFamily.MEE_BIG5),
        ("https://www.thepaper.cn/newsDetail_forward_30000010", SourceFamily.THEPAPER),
    ],
)
def test_family_is_known_from_the_host(url: str, family: SourceFamily) -> None:
    assert detect_family(url, "text/html", "<html></html>") is family


@pytest.mark.parametrize(
    ("fixture", "family"),
    [
        ("shili-32.wechat.html", SourceFamily.WECHAT),
        ("shili-32.mee.shtml", SourceFamily.MEE),
        ("shili-32.tw_mirror.html", SourceFamily.TW_MIRROR),
        ("shili-34.reporter-q.html", SourceFamily.FREEWECHAT),
        ("jiangxi-10.thepaper.html", SourceFamily.THEPAPER),
    ],
)
def test_family_is_sniffed_from_markup_on_a_local_url(fixture: str, family: SourceFamily) -> None:
    assert detect_family("http://127.0.0.1:8000/x", None, article_text(fixture)) is family


def test_mirror_path_and_plain_text_are_recognised() -> None:
    mirror = "https://freewechat.com/a/MzU3NjgyOTI3OA==/2247484970/3"
    assert (
        detect_family(mirror, "text/html", article_text("shili-34.reporter-q.html"))
        is SourceFamily.FREEWECHAT
    )
    assert detect_family("file:seed.txt", None, "問:今年?\n答。") is SourceFamily.TEXT


def test_fictional_province_is_not_an_episode_with_the_real_registry() -> None:
    parsed = parse_page(_page((ARTICLES / "shili-32.wechat.html").read_bytes()), registry=default_registry())
    assert parsed.status is PageStatus.NOT_EPISODE
    assert parsed.reason == "no province of the registry is named"
    assert parsed.extras["canonical_key"] == "MzkwMDAwMDAwMQ==:2650000032:1"


def test_fictional_province_parses_with_a_test_registry() -> None:
    parsed = parse_page(
        _page((ARTICLES / "shili-32.wechat.html").read_bytes()), registry=registry_with_shili()
    )
    assert parsed.status is PageStatus.OK
    assert parsed.parser_version == PARSER_VERSION
    assert parsed.raw_sha256 is not None
    assert parsed.episode is not None and parsed.episode.key == "990000-032"
    assert parsed.extras["审核"] == "示例审核"


def test_gate_page_keeps_its_status_and_reason() -> None:
    parsed = parse_page(
        _page((ARTICLES / "wechat-gate-verify.html").read_bytes()), registry=default_registry()
    )
    assert (parsed.status, parsed.reason) == (PageStatus.BLOCKED, "verification gate: 环境异常")


@pytest.mark.parametrize(
    "body", [b"", b"\x00\xff\xfe garbage", b"<html><body>", b'<script id="__NEXT_DATA__">{</script>']
)
def test_bad_input_gives_a_status_never_an_exception(body: bytes) -> None:
    parsed = parse_page(_page(body), registry=default_registry())
    assert parsed.status is not PageStatus.OK
    assert parsed.reason


def test_parser_bug_becomes_an_error_with_a_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    import scrapers.parse as parse_module

    def boom(draft: object, registry: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(parse_module, "structure_episode", boom)
    parsed = parse_page(
        _page((SAMPLE_PAGES / "jiangxi-10.wechat.html").read_bytes()), registry=default_registry()
    )
    assert (parsed.status, parsed.reason) == (PageStatus.ERROR, "parser error: RuntimeError: boom")


def test_json_of_a_non_episode_has_every_key_with_nulls() -> None:
    parsed = parse_page(_page((ARTICLES / "wechat-deleted.html").read_bytes()), registry=default_registry())
    out = parsed_to_json(parsed)
    assert set(out) == JSON_KEYS
    assert out["status"] == "deleted"
    assert out["reason"] == "removed: 该内容已被发布者删除"
    assert out["title"] is None and out["questions"] == [] and out["indicators"] == []


def test_json_of_an_episode_has_iso_china_time_and_an_empty_reason() -> None:
    data = (SAMPLE_PAGES / "jiangxi-10.wechat.html").read_bytes()
    out = parsed_to_json(parse_document(data, "https://mp.weixin.qq.com/s/x", registry=default_registry()))
    assert set(out) == JSON_KEYS
    assert (out["status"], out["reason"], out["script"]) == ("ok", "", "hans")
    assert out["published_at"] == "2025-02-19T18:00:00+08:00"


def test_document_encoding_is_resolved_from_its_meta_charset() -> None:
    for name in ("jiangxi-10.big5.shtml", "jiangxi-10.tw_mirror.gbk.html"):
        parsed = parse_document((ARTICLES / name).read_bytes(), f"file:{name}", registry=default_registry())
        assert parsed.status is PageStatus.OK, (name, parsed.reason)


def test_plain_text_document_with_a_bom_is_family_text() -> None:
    data = "\ufeff".encode() + (SAMPLE_PAGES / "jiangxi-10.zh-Hant.txt").read_bytes()
    parsed = parse_document(data, "file:seed.txt", registry=default_registry(), fetched_at=FETCHED_AT)
    assert (parsed.status, parsed.source) == (PageStatus.OK, SourceFamily.TEXT)


def test_caller_may_call_a_text_body_a_tw_mirror() -> None:
    data = (SAMPLE_PAGES / "jiangxi-10.zh-Hant.txt").read_bytes()
    parsed = parse_document(data, "file:seed.txt", registry=default_registry(), family=SourceFamily.TW_MIRROR)
    assert parsed.source is SourceFamily.TW_MIRROR
    assert parsed.episode is not None and parsed.episode.source is SourceFamily.TW_MIRROR


def test_forced_mirror_family_is_refined_by_the_page_script() -> None:
    data = (ARTICLES / "shili-32.tw_mirror.html").read_bytes()
    parsed = parse_page(_page(data), registry=registry_with_shili(), family=SourceFamily.FREEWECHAT)
    assert parsed.source is SourceFamily.TW_MIRROR
