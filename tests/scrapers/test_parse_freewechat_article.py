"""freewechat-style mirrors (``freewechat``) and their Traditional conversions (``tw_mirror``)."""

from __future__ import annotations

from datetime import datetime

from models.records import SourceFamily
from scrapers.articles.freewechat_article import parse_freewechat_article
from scrapers.base.dates import CHINA_TZ
from tests.scrapers.articles_support import ARTICLES, article_text

URL = "https://mirror.example/zh-tw/a/MzkwMDAwMDAwMQ==/2650000032/1"


def test_traditional_mirror_is_family_tw_mirror_with_original_text() -> None:
    draft = parse_freewechat_article(article_text("shili-32.tw_mirror.html"), URL)
    assert draft.source is SourceFamily.TW_MIRROR
    assert draft.title == "廳局長請回答㉜ | 王示例：守護示例省綠水青山的兩道必答題"
    assert draft.blocks[1] == "問：示例省今年在大氣治理上有哪些新舉措？"


def test_publish_time_is_the_date_shown_in_china_time() -> None:
    draft = parse_freewechat_article(article_text("shili-32.tw_mirror.html"), URL)
    assert draft.published_at == datetime(2025, 3, 1, tzinfo=CHINA_TZ)
    assert draft.account == "生態環境部"


def test_view_original_link_gives_the_wechat_key_even_on_a_local_url() -> None:
    draft = parse_freewechat_article(article_text("shili-32.tw_mirror.html"), "http://127.0.0.1:9/x")
    assert draft.canonical_key == "MzkwMDAwMDAwMQ==:2650000032:1"
    assert draft.meta_value("original_url").startswith("https://mp.weixin.qq.com/s?__biz=")


def test_image_placeholders_and_amp_images_leave_no_blocks() -> None:
    blocks = parse_freewechat_article(article_text("shili-32.tw_mirror.html"), URL).blocks
    assert blocks[0].startswith("編者按")
    assert len(blocks) == 8


def test_simplified_mirror_is_family_freewechat() -> None:
    draft = parse_freewechat_article(article_text("shili-34.reporter-q.html"), "http://127.0.0.1/x")
    assert draft.source is SourceFamily.FREEWECHAT
    assert draft.title == "厅局长请回答㉞ | 王示例：答好示例省的三道题"


def test_gbk_mirror_decoded_by_the_caller_parses_like_any_other() -> None:
    html = (ARTICLES / "jiangxi-10.tw_mirror.gbk.html").read_bytes().decode("gb18030")
    draft = parse_freewechat_article(html, URL)
    assert draft.source is SourceFamily.TW_MIRROR
    assert draft.blocks[-1].startswith("原標題:廳局長請回答⑩")
    assert len(draft.blocks) == 24


def test_unknown_layout_falls_back_to_the_page_body() -> None:
    draft = parse_freewechat_article("<html><body><p>第一段。</p><p>第二段。</p></body></html>", "http://x/")
    assert draft.blocks == ("第一段。", "第二段。")
