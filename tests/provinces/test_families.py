"""The CMS-family mixins without any province override, on the recorded pages of their family,
and the article dispatch for hosts no unit owns."""

from scrapers.provinces.article import site_for_url
from scrapers.provinces.cms import GenericSite, JcmsSite, JsonSearchSite, TrsSite
from tests.provinces.support import manifest, recorded


def _list(site, name):  # type: ignore[no-untyped-def]
    return site.parse_list(recorded(name), manifest()[name]["url"])


def test_the_bare_trs_mixin_finds_t_date_article_links_and_trs_paging():
    page = _list(TrsSite(), "qinghai.list.html")
    assert len(page.items) == 2 and page.next_urls[0].endswith("/xwzx/szyw/index_1.html")


def test_the_bare_jcms_mixin_reads_records_and_the_unit_id_from_the_nextgroup():
    page = _list(JcmsSite(), "jiangxi.list.html")
    assert len(page.items) == 3
    assert page.next_urls[0].endswith("index.html?uid=380055&pageNum=2")  # unitid= read from the page


def test_the_bare_generic_mixin_falls_back_to_headline_links_and_says_so():
    site = GenericSite()
    page = _list(site, "beijing.list.html")
    assert [i.title for i in page.items] == ["北京市2024年空气质量持续改善", "市生态环境局召开新闻发布会"]
    assert site.list_rule(recorded("beijing.list.html"), "") == "fallback"  # navigation links are too short


def test_json_answers_are_read_by_every_family_alike():
    for site in (JsonSearchSite(), TrsSite(), GenericSite()):
        assert len(_list(site, "heilongjiang.list.json").items) == 2


def test_the_bare_mixins_read_their_familys_article_template():
    jcms = JcmsSite().parse_article(recorded("jiangsu.article.html"), "https://x.invalid/a.html")
    trs = TrsSite().parse_article(recorded("qinghai.article.html"), "https://x.invalid/a.html")
    assert jcms.meta_value("province_body") == "selector:div.zoom"
    assert trs.meta_value("province_body") == "selector:.TRS_UEDITOR"


def test_an_article_on_a_host_no_unit_owns_is_read_by_the_family_its_url_shape_names():
    assert isinstance(site_for_url("http://127.0.0.1:8080/art/2025/2/19/art_42066_5860010.html"), JcmsSite)
    assert isinstance(site_for_url("http://127.0.0.1:8080/xwzx/202502/t20250221_190001.html"), TrsSite)
    assert type(site_for_url("http://127.0.0.1:8080/news/1.html")) is GenericSite
    assert type(site_for_url("https://sthjt.qinghai.gov.cn/x.html")).__name__ == "QinghaiSite"
