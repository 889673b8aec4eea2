"""The real 2025 Jiangxi list page (../shared/data/real-sites/): its article records are data in a
script, drawn by a client-side template, paged by ``POST /queryList``; read before any anchor."""

from __future__ import annotations

import json
from urllib.parse import parse_qsl

from models.settings_load import load_settings
from scrapers.provinces.walk import discover_department_sites
from tests.provinces.support import site
from tests.support.real_jiangxi import (
    EPISODE_PATH,
    EPISODE_TITLE,
    LIST,
    RECORDS,
    jiangxi_env,
    real_page,
    serve,
    with_episode,
)

URL = "https://sthjt.jiangxi.gov.cn" + LIST


def test_the_real_page_reads_all_its_script_records_with_titles_dates_and_absolute_urls() -> None:
    read = site("jiangxi").read_list(real_page(), URL)
    assert (read.yield_.form, read.yield_.held, read.yield_.read) == ("script", RECORDS, RECORDS)
    first = read.links[0]
    assert first.title == "《江西省生态环境分类执法监管办法》政策解读"
    assert first.date == "2025-07-29 16:59"
    assert (
        first.href
        == "https://sthjt.jiangxi.gov.cn/jxssthjt/col/col42150/content/content_1951206363677671424.html"
    )
    # every record resolves under the page's <base href="/jxssthjt/"> to a content_<id>.html page
    assert all(
        link.href.startswith("https://sthjt.jiangxi.gov.cn/jxssthjt/col/col42150/content/content_")
        for link in read.links
    )
    assert len({link.href for link in read.links}) == RECORDS
    assert all(link.title and link.date[:2] == "20" for link in read.links)


def test_the_real_page_is_followed_by_a_post_of_its_own_params_for_page_two() -> None:
    [after] = site("jiangxi").read_list(real_page(), URL).next_requests
    assert after.url == "https://sthjt.jiangxi.gov.cn/queryList"
    form = dict(parse_qsl("&".join(f"{k}={v}" for k, v in after.form or ())))
    assert form["current"] == "2" and form["unitid"] == "380055" and form["channelCode"] == "col42150"
    assert form["webSiteCode"] == "jxssthjt" and form["perPage"] == "15"


def test_the_real_page_with_the_episode_injected_as_one_more_record_yields_the_episode() -> None:
    items = site("jiangxi").parse_list(with_episode(real_page()), URL).items
    assert len(items) == RECORDS + 1
    [episode] = [i for i in items if i.series_no == 10]
    assert episode.url == "https://sthjt.jiangxi.gov.cn" + EPISODE_PATH
    assert episode.title == EPISODE_TITLE


def test_a_queryList_answer_reads_its_source_records_and_pages_on_while_full() -> None:
    rows = [
        {
            "source": {
                "title": f"标题{i}",
                "pubDate": "2025-07-01 09:00",
                "urls": json.dumps({"pc": f"/jxssthjt/col/col42150/content/content_{i}.html"}),
            }
        }
        for i in range(15)
    ]
    answer = json.dumps({"data": {"results": rows, "total": 40}})
    key = "https://sthjt.jiangxi.gov.cn/queryList#POST?current=2&perPage=15&unitid=380055"
    read = site("jiangxi").read_list(answer, key)
    assert (read.yield_.form, read.yield_.read) == ("json", 15)
    assert read.links[3].href == "/jxssthjt/col/col42150/content/content_3.html"
    [after] = read.next_requests
    assert dict(after.form or ())["current"] == "3"
    last = site("jiangxi").read_list(answer, key.replace("current=2", "current=3"))
    assert last.next_requests == ()  # 3 pages of 15 cover the 40 the answer says exist


def test_the_department_walk_on_the_real_page_reports_the_articles_it_listed_and_no_episode() -> None:
    with serve(real_page()) as server:
        settings = load_settings(env=jiangxi_env(server.base_url, browser=False))
        found = discover_department_sites(settings, known=set(), on_page=lambda p, s: None)
        posts = [r for r in server.requests if r.method == "POST"]
    [report] = found.reports
    assert (report.outcome, report.articles_listed, report.articles_read, report.items) == (
        "empty",
        RECORDS,
        RECORDS,
        0,
    )
    assert [p.form for p in report.pages] == ["script", "json"]  # the list, then POST /queryList page 2
    assert len(posts) == 1 and b"current=2" in posts[0].body
