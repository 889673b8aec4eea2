"""Department list pages are read structured data first, and a page that shows articles but
yields none says so (listing_unreadable) instead of passing for an empty column."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from models.settings_load import load_settings
from scrapers.provinces.cms import GenericSite, JcmsSite
from scrapers.provinces.cms.list_api import ListApi
from scrapers.provinces.walk import SiteReport, discover_department_sites
from tests.support.fault_server import FaultServer, robots_txt
from tests.support.real_jiangxi import jiangxi_env, page

LIST = "/jxssthjt/col/col42150/index.html"
ROWS = "".join(
    f"<li><a href='javascript:void(0)' onclick='go({i})'>第{i}篇很长的新闻标题在这里</a><span>2025-03-0{i}</span></li>"
    for i in range(1, 6)
)


def test_the_generic_family_reads_article_records_from_any_sites_scripts_under_its_base_href() -> None:
    text = """<html><head><base href="/news/"></head><body><div id="app"></div><script>
      window.__LIST__ = {total: 2, rows: [{title: '厅局长请回答⑤ | 某某：答问', linkUrl: 'a/5.html', publishTime: '2025-03-01'},
                                          {title: '另一篇文章的标题', linkUrl: 'a/6.html', publishTime: '2025-03-02',}]};
    </script></body></html>"""
    read = GenericSite().read_list(text, "https://sthj.example.gov.cn/index.html")
    assert read.yield_.form == "script" and (read.yield_.held, read.yield_.read) == (2, 2)
    assert [link.href for link in read.links] == [
        "https://sthj.example.gov.cn/news/a/5.html",
        "https://sthj.example.gov.cn/news/a/6.html",
    ]
    assert GenericSite().parse_list(text, "https://sthj.example.gov.cn/index.html").items[0].series_no == 5


def test_column_navigation_in_scripts_is_not_taken_for_articles() -> None:
    text = "<script>var crumbs = [{name: '政务公开', urls: {pc: '/col/col1/index.html'}}];</script>"
    read = GenericSite().read_list(text, "https://sthj.example.gov.cn/")
    assert (read.yield_.held, read.yield_.read, read.yield_.evidence) == (0, 0, "")


def test_a_dataproxy_xml_answer_is_read_and_the_next_record_range_is_posted() -> None:
    class Jiangsu(JcmsSite):
        list_api = ListApi(
            "/module/web/jpage/dataproxy.jsp", start_field="startrecord", end_field="endrecord", per_page=2
        )

    xml = (
        "<datastore><totalrecord>5</totalrecord><recordset>"
        "<record><![CDATA[<li><a href='/art/2025/3/1/art_84025_1.html' title='标题一'>标题一</a><span>2025-03-01</span></li>]]></record>"
        "<record><![CDATA[<li><a href='/art/2025/3/2/art_84025_2.html' title='标题二'>标题二</a><span>2025-03-02</span></li>]]></record>"
        "</recordset></datastore>"
    )
    key = "https://sthjt.jiangsu.gov.cn/module/web/jpage/dataproxy.jsp#POST?col=1&columnid=84025&startrecord=1&endrecord=2&perpage=2"
    read = Jiangsu().read_list(xml, key)
    assert read.yield_.form == "xml" and read.yield_.read == 2
    [after] = read.next_requests
    form = dict(after.form or ())
    assert (form["startrecord"], form["endrecord"], form["columnid"]) == ("3", "4", "84025")
    done = Jiangsu().read_list(xml, key.replace("startrecord=1&endrecord=2", "startrecord=5&endrecord=6"))
    assert done.next_requests == ()  # the answer said 5 records in all


@pytest.fixture
def walk() -> Iterator[object]:
    def go(body: str) -> SiteReport:
        with FaultServer() as server:
            server.route("/robots.txt", robots_txt("User-agent: *\nAllow: /\n"))
            server.route(LIST, page(body))
            settings = load_settings(env=jiangxi_env(server.base_url, browser=False))
            [report] = discover_department_sites(settings, known=set(), on_page=lambda p, s: None).reports
        return report

    yield go


def test_script_records_without_a_readable_url_make_the_page_listing_unreadable(walk) -> None:
    report = walk("<script>var listData = {articleList: [{title: '标题一'}, {title: '标题二'}]};</script>")
    assert report.outcome == "listing_unreadable"
    assert (report.articles_listed, report.articles_read) == (2, 0)
    assert report.reason.endswith("2 article records in script data, none with a readable URL")


def test_dated_list_rows_that_no_rule_reads_make_the_page_listing_unreadable(walk) -> None:
    report = walk(f"<html><body><ul class='list'>{ROWS}</ul></body></html>")
    assert report.outcome == "listing_unreadable"
    assert report.reason.endswith("list markup with 5 dated links that no rule read")


def test_a_client_side_template_without_data_needs_a_browser(walk) -> None:
    template = "<script type='text/x-handlebars-template'><ul>{{#each data}}<li><a href='{{url}}'>{{title}}</a></li>{{/each}}</ul></script>"
    report = walk(f"<html><body>{template}</body></html>")
    assert report.outcome == "needs_browser"
    assert "a client-side list template (text/x-handlebars-template)" in report.reason
    assert "no browser" in report.reason


def test_a_page_that_shows_no_article_at_all_is_just_empty(walk) -> None:
    report = walk("<html><body><p>栏目建设中</p></body></html>")
    assert (report.outcome, report.reason, report.articles_listed) == ("empty", "", 0)
