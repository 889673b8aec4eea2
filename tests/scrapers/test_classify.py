"""Classifying pages before parsing: gates, removals, shells, HTTP codes, episodes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from models.records import FetchedPage, PageStatus
from scrapers.classify import classify_page
from scrapers.parse import parse_page
from scrapers.provinces import default_registry
from tests.scrapers.articles_support import article_text, sample_text


@pytest.mark.parametrize(
    ("fixture", "status", "reason_start"),
    [
        ("wechat-gate-verify.html", PageStatus.BLOCKED, "verification gate"),
        ("wechat-gate-frequency.html", PageStatus.BLOCKED, "frequency gate"),
        ("wechat-deleted.html", PageStatus.DELETED, "removed: 该内容已被发布者删除"),
        ("wechat-deleted-en.html", PageStatus.DELETED, "removed: The content has been deleted"),
        ("wechat-violation.html", PageStatus.DELETED, "removed: 此内容因违规无法查看"),
        ("wechat-expired.html", PageStatus.DELETED, "expired link"),
        ("wechat-shell.html", PageStatus.ERROR, "empty shell"),
    ],
)
def test_notice_pages_are_classified_by_their_markers(
    fixture: str, status: PageStatus, reason_start: str
) -> None:
    got_status, reason = classify_page(article_text(fixture))
    assert got_status is status
    assert reason.startswith(reason_start)


@pytest.mark.parametrize(
    "marker",
    [
        "请在微信客户端打开链接",
        "当前环境异常，完成验证后即可继续访问",
        "操作频繁，请稍后再试",
        "此内容发送失败无法查看",
        "该内容被投诉且经审核涉嫌侵权，无法查看",
        "该内容暂时无法查看",
        "内容审核中",
        "此帐号已被屏蔽, 内容无法查看",
        "此帐号已自主注销，内容无法查看",
        "该公众号已迁移",
    ],
)
def test_every_documented_notice_string_is_not_ok(marker: str) -> None:
    status, reason = classify_page(f"<html><body><div class='weui-msg'><h2>{marker}</h2></div></body></html>")
    assert status in (PageStatus.BLOCKED, PageStatus.DELETED)
    assert reason


def test_captcha_redirect_url_is_blocked_whatever_the_body() -> None:
    url = "https://mp.weixin.qq.com/mp/wappoc_appmsgcaptcha?poc_token=x&target_url=y"
    assert classify_page("<html></html>", url=url)[0] is PageStatus.BLOCKED


@pytest.mark.parametrize(
    ("code", "status"),
    [
        (404, PageStatus.DELETED),
        (410, PageStatus.DELETED),
        (429, PageStatus.BLOCKED),
        (503, PageStatus.ERROR),
    ],
)
def test_http_status_decides_before_the_body(code: int, status: PageStatus) -> None:
    assert classify_page(sample_text("jiangxi-10.wechat.html"), status_code=code) == (status, f"HTTP {code}")


@pytest.mark.parametrize("name", ["jiangxi-10.wechat.html", "jiangxi-10.mee.shtml", "jiangxi-10.zh-Hant.txt"])
def test_real_episode_pages_are_ok(name: str) -> None:
    assert classify_page(sample_text(name)) == (PageStatus.OK, "")


def test_thepaper_episode_is_ok_from_its_json_body() -> None:
    assert classify_page(article_text("jiangxi-10.thepaper.html"))[0] is PageStatus.OK


def test_article_that_says_environment_anomaly_is_not_a_gate() -> None:
    status, reason = classify_page(article_text("wechat-not-episode.html"))
    assert status is PageStatus.NOT_EPISODE
    assert "厅局长请回答" in reason


def test_page_without_body_or_marker_is_an_error() -> None:
    assert classify_page("<html><body><p>hi</p></body></html>") == (PageStatus.ERROR, "no article body")


def test_wechat_article_with_empty_content_and_shell_text_is_an_empty_shell() -> None:
    page = (
        '<html><body><div id="js_article"><div id="js_content"></div></div>'
        "<p>微信扫一扫可打开此内容，使用完整服务</p></body></html>"
    )
    assert classify_page(page) == (PageStatus.ERROR, "empty shell")


@pytest.mark.parametrize(
    ("fixture", "reason"),
    [
        (
            "wechat-picture-share.html",
            "a WeChat picture share (item_show_type 8: a carousel of images), not an article",
        ),
        ("wechat-text-share.html", "a WeChat text share (item_show_type 10: a short text), not an article"),
    ],
)
def test_wechat_share_posts_are_not_episodes_and_say_why(fixture: str, reason: str) -> None:
    assert classify_page(article_text(fixture)) == (PageStatus.NOT_EPISODE, reason)


def test_a_wechat_share_post_parses_as_not_an_episode_with_its_reason() -> None:
    page = FetchedPage(
        requested_url="https://mp.weixin.qq.com/s/x",
        final_url="https://mp.weixin.qq.com/s/x",
        status_code=200,
        headers=(("content-type", "text/html; charset=utf-8"),),
        body=article_text("wechat-picture-share.html").encode(),
        fetched_at=datetime(2026, 1, 1, tzinfo=UTC),
    )
    parsed = parse_page(page, registry=default_registry())
    assert parsed.status is PageStatus.NOT_EPISODE and parsed.reason.startswith("a WeChat picture share")
    assert parsed.episode is None
