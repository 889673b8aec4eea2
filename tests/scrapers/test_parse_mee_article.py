"""MEE article pages: template A, template B and the big5 gateway (families ``mee``/``mee_big5``)."""

from __future__ import annotations

from datetime import datetime

from models.records import SourceFamily
from scrapers.articles.mee_article import parse_mee_article
from scrapers.base.dates import CHINA_TZ
from tests.scrapers.articles_support import ARTICLES, article_text, sample_text

URL = "https://www.mee.gov.cn/ywdt/dfnews/202503/t20250302_1100032.shtml"
BIG5_URL = "https://big5.mee.gov.cn/gate/big5/www.mee.gov.cn/ywdt/dfnews/202502/t20250219_1100010.shtml"

TEMPLATE_B = """<html><head><meta charset="UTF-8"><title>某通知_中华人民共和国生态环境部</title></head><body>
<div class="content_top_box"><ul><li><span>名 称：</span>某通知</li><li><span>生成日期：</span>2025-02-20</li></ul></div>
<div class="content_body"><h1>厅局长请回答⑪ | 示例：模板B</h1>
<div class="content_body_box"><div class="Custom_UnionStyle"><p>　　第一段。</p><p>　　第二段。</p></div></div></div>
<div class="dialog"><h1>您访问的链接即将离开“生态环境部”门户网站</h1></div>
</body></html>"""


def test_template_a_metadata_comes_from_head_metas() -> None:
    draft = parse_mee_article(article_text("shili-32.mee.shtml"), URL)
    assert draft.source is SourceFamily.MEE
    assert draft.title == "厅局长请回答㉜ | 王示例：守护示例省绿水青山的两道必答题"
    assert draft.published_at == datetime(2025, 3, 2, 9, 30, tzinfo=CHINA_TZ)
    assert draft.account == "生态环境部微信公众号"
    assert draft.meta_value("ColumnName") == "地方快讯"


def test_unquoted_trs_editor_body_loses_its_full_width_indents() -> None:
    blocks = parse_mee_article(article_text("shili-32.mee.shtml"), URL).blocks
    assert blocks[0].startswith("编者按：")
    assert blocks[1] == "问：示例省今年在大气治理上有哪些新举措？"
    assert all(not b.startswith("\u3000") for b in blocks)


def test_b_run_in_heads_stay_in_their_paragraph() -> None:
    blocks = parse_mee_article(sample_text("jiangxi-10.mee.shtml"), URL).blocks
    assert any(b.startswith("一是全面升级硬件设备。在财政支出") and "提升一批环境监测" in b for b in blocks)


def test_template_b_uses_the_content_h1_not_the_dialog_one() -> None:
    draft = parse_mee_article(
        TEMPLATE_B, "https://www.mee.gov.cn/xxgk2018/xxgk/xxgk06/202502/t20250220_1.html"
    )
    assert draft.title == "厅局长请回答⑪ | 示例：模板B"
    assert draft.published_at == datetime(2025, 2, 20, tzinfo=CHINA_TZ)
    assert draft.blocks == ("第一段。", "第二段。")


def test_big5_gateway_page_is_family_mee_big5_with_traditional_text() -> None:
    html = (ARTICLES / "jiangxi-10.big5.shtml").read_bytes().decode("big5")
    draft = parse_mee_article(html, BIG5_URL)
    assert draft.source is SourceFamily.MEE_BIG5
    assert draft.title == "廳局長請回答⑩ | 李軍:推進美麗江西建設底色更亮、成色更足、特色更明"
    assert draft.meta_value("original_url") == (
        "https://www.mee.gov.cn/ywdt/dfnews/202502/t20250219_1100010.shtml"
    )


def test_traditional_text_on_a_local_url_still_means_mee_big5() -> None:
    html = (ARTICLES / "jiangxi-10.big5.shtml").read_bytes().decode("big5")
    assert parse_mee_article(html, "http://127.0.0.1:8000/page.shtml").source is SourceFamily.MEE_BIG5
