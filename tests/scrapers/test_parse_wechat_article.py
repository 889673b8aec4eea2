"""WeChat article pages (family ``wechat``): metadata from og tags and JS vars, body from #js_content."""

from __future__ import annotations

from datetime import datetime

from models.records import SourceFamily
from scrapers.articles.wechat_article import is_wechat_article, js_vars, parse_wechat_article
from scrapers.base.dates import CHINA_TZ
from tests.scrapers.articles_support import article_text, sample_text

URL = "https://mp.weixin.qq.com/s/AbCdEfGhIjKlMnOpQrStUv"


def test_fictional_article_metadata_comes_from_og_tags_and_js_vars() -> None:
    draft = parse_wechat_article(article_text("shili-32.wechat.html"), URL)
    assert draft.source is SourceFamily.WECHAT
    assert draft.title == "厅局长请回答㉜ | 王示例：守护示例省绿水青山的两道必答题"
    assert draft.published_at == datetime(2025, 3, 1, 18, 0, tzinfo=CHINA_TZ)
    assert draft.account == "生态环境部"
    assert draft.author is None
    assert draft.canonical_key == "MzkwMDAwMDAwMQ==:2650000032:1"


def test_msg_link_loses_its_js_and_html_escapes() -> None:
    draft = parse_wechat_article(article_text("shili-32.wechat.html"), URL)
    assert draft.meta_value("msg_link") == (
        "http://mp.weixin.qq.com/s?__biz=MzkwMDAwMDAwMQ==&mid=2650000032&idx=1"
        "&sn=0123456789abcdef0123456789abcdef&chksm=aaaaaaaa#rd"
    )


def test_msg_title_is_read_without_its_html_false_suffix() -> None:
    assert js_vars(article_text("shili-32.wechat.html"))["msg_title"] == (
        "厅局长请回答㉜ | 王示例：守护示例省绿水青山的两道必答题"
    )


def test_hidden_js_content_is_read_and_spans_of_one_section_make_one_block() -> None:
    blocks = parse_wechat_article(article_text("shili-32.wechat.html"), URL).blocks
    assert blocks[1] == "问：示例省今年在大气治理上有哪些新举措？"
    assert blocks[2].startswith("答：我们把示例河谷")
    assert blocks[-3:] == ("来源：示例省生态环境厅", "编辑：示例编辑", "审核：示例审核")


def test_display_none_and_aria_hidden_sections_are_dropped() -> None:
    text = "\n".join(parse_wechat_article(sample_text("jiangxi-10.wechat.html"), URL).blocks)
    assert "本段隐藏" not in text
    assert "向上滑动阅览" not in text


def test_bold_point_heading_and_its_sentence_stay_one_paragraph() -> None:
    blocks = parse_wechat_article(sample_text("jiangxi-10.wechat.html"), URL).blocks
    assert any(b.startswith("一是美丽底色更亮。我们统筹推进") for b in blocks)


def test_the_sample_episode_carries_its_placeholder_key_and_publish_time() -> None:
    draft = parse_wechat_article(sample_text("jiangxi-10.wechat.html"), URL)
    assert draft.canonical_key == "MzkwMDAwMDAwMA==:2650001010:1"
    assert draft.published_at == datetime(2025, 2, 19, 18, 0, tzinfo=CHINA_TZ)
    assert len(draft.blocks) == 24  # the 24 lines of the capture, the broken paragraph still broken


def test_js_article_marks_a_real_article_but_not_a_gate() -> None:
    assert is_wechat_article(article_text("shili-32.wechat.html"))
    assert not is_wechat_article(article_text("wechat-gate-verify.html"))


def test_page_without_body_gives_an_empty_draft() -> None:
    draft = parse_wechat_article(article_text("wechat-deleted.html"), URL)
    assert draft.blocks == ()
    assert draft.published_at is None
