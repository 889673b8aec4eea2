"""ThePaper 澎湃号·政务 pages (family ``thepaper``), read from ``__NEXT_DATA__``."""

from __future__ import annotations

from datetime import datetime

from models.records import SourceFamily
from scrapers.articles.thepaper_article import parse_thepaper_article
from scrapers.base.dates import CHINA_TZ
from tests.scrapers.articles_support import article_text

URL = "https://www.thepaper.cn/newsDetail_forward_30000010"


def test_title_time_account_and_id_come_from_content_detail() -> None:
    draft = parse_thepaper_article(article_text("jiangxi-10.thepaper.html"), URL)
    assert draft.source is SourceFamily.THEPAPER
    assert draft.title == "厅局长请回答⑩ | 李军:推进美丽江西建设底色更亮、成色更足、特色更明"
    assert draft.published_at == datetime(2025, 2, 19, 18, 30, tzinfo=CHINA_TZ)
    assert draft.account == "江西省生态环境厅"
    assert draft.meta_value("cont_id") == "30000010"


def test_content_html_becomes_paragraph_blocks() -> None:
    blocks = parse_thepaper_article(article_text("jiangxi-10.thepaper.html"), URL).blocks
    assert blocks[0].startswith("为深入贯彻落实")
    assert blocks[3] == "问:可以分享一下2024年的工作亮点吗?请重点说一两项工作。"
    assert len(blocks) == 24


def test_epoch_milliseconds_publish_time_is_read_in_china_time() -> None:
    page = (
        '<script id="__NEXT_DATA__" type="application/json">'
        '{"props":{"pageProps":{"detailData":{"contentDetail":'
        '{"name":"t","content":"<p>x</p>","publishTime":1739959200000}}}}}</script>'
    )
    assert parse_thepaper_article(page, URL).published_at == datetime(2025, 2, 19, 18, 0, tzinfo=CHINA_TZ)


def test_broken_json_gives_an_empty_draft_not_an_exception() -> None:
    draft = parse_thepaper_article('<script id="__NEXT_DATA__">{not json</script>', URL)
    assert draft.title is None
    assert draft.blocks == ()
