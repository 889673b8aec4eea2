"""江西 (Hanweb JCMS): its column list, the list's second page, and the repost of episode ⑩."""

from scrapers.parse import parse_document
from scrapers.provinces import default_registry
from tests.provinces.support import article, listing, manifest, recorded


def test_the_jiangxi_list_reads_every_datastore_record_with_its_date_and_episode_number():
    page = listing("jiangxi", "jiangxi.list.html")
    assert [i.url for i in page.items] == [
        "https://sthjt.jiangxi.gov.cn/art/2025/2/19/art_42066_5860010.html",
        "https://sthjt.jiangxi.gov.cn/art/2025/2/18/art_42066_5860001.html",
        "https://sthjt.jiangxi.gov.cn/art/2025/2/17/art_42066_5859990.html",
    ]
    assert page.items[0].series_no == 10
    assert str(page.items[0].published_at.date()) == "2025-02-19"  # "(2025-02-19)": parentheses stripped


def test_the_jiangxi_list_pages_on_with_its_unit_id_until_totalrecord_is_reached():
    first = listing("jiangxi", "jiangxi.list.html")
    assert first.next_urls == (
        "https://sthjt.jiangxi.gov.cn/jxssthjt/col/col42066/index.html?uid=380055&pageNum=2",
    )
    second = listing("jiangxi", "jiangxi.list-page2.html")
    assert len(second.items) == 2 and second.next_urls == ()  # 3 + 2 = totalrecord 5


def test_the_jiangxi_repost_article_reads_title_date_source_and_the_zoom_body():
    draft = article("jiangxi", "jiangxi.article.html")
    assert draft.title == "厅局长请回答⑩ | 李军:推进美丽江西建设底色更亮、成色更足、特色更明"
    assert draft.published_at is not None and draft.published_at.isoformat() == "2025-02-19T18:30:00+08:00"
    assert draft.meta_value("province_body") == "selector:div.zoom"
    assert draft.blocks[-1] == "原标题:厅局长请回答⑩ | 李军:推进美丽江西建设底色更亮、成色更足、特色更明"


def test_the_jiangxi_repost_parses_through_scrapers_parse_to_the_jiangxi_episode_10():
    url = manifest()["jiangxi.article.html"]["url"]
    parsed = parse_document(recorded("jiangxi.article.html").encode(), url, registry=default_registry())
    assert str(parsed.status) == "ok", parsed.reason
    assert str(parsed.source) == "province"
    assert parsed.episode is not None and parsed.episode.key == "360000-010"
    assert [q.no for q in parsed.episode.questions] == [1, 2, 3]
