"""Access hazards are told apart from content, and content is never mistaken for a hazard."""

from scrapers.provinces.hazards import access_hazard, list_hazard
from tests.provinces.support import recorded


def test_a_recorded_list_and_article_are_not_hazards():
    for name in ("jiangxi.list.html", "qinghai.list.html", "jiangxi.article.html"):
        assert access_hazard(200, {}, recorded(name)) is None
    assert list_hazard(recorded("qinghai.list.html"), found_links=2) is None


def test_a_long_article_that_mentions_a_challenge_word_is_still_content():
    text = (
        "<html><body><div class='zoom'>"
        + "<p>网络安全验证工作会议召开，部署生态环境信息系统安全。</p>" * 60
        + "</div></body></html>"
    )
    assert access_hazard(200, {}, text) is None


def test_a_403_and_a_521_are_blocked():
    assert access_hazard(403, {}, "").outcome == "blocked"  # type: ignore[union-attr]
    assert access_hazard(521, {}, "<script>document.cookie='x'</script>").reason == "HTTP 521 (anti-bot)"  # type: ignore[union-attr]


def test_an_empty_list_without_frames_or_scripts_is_no_hazard_but_just_empty():
    assert list_hazard("<html><body><ul></ul><p>暂无信息</p></body></html>", found_links=0) is None


def test_a_page_with_an_iframe_and_real_text_is_a_list_inside_an_iframe():
    text = (
        "<html><body>"
        + "<p>陕西省生态环境厅 环境要闻 栏目介绍。</p>" * 20
        + '<iframe src="/f.html"></iframe></body></html>'
    )
    hazard = list_hazard(text, found_links=0)
    assert hazard is not None and hazard.reason == "list inside an iframe (/f.html)"


def test_site_reports_become_one_artifact_row_per_province():
    from scrapers.provinces.walk import SiteReport, site_report_rows

    report = SiteReport("hubei")
    report.worse("blocked", "https://sthjt.hubei.gov.cn/dtyw/hbyw/: HTTP 412 (WAF)")
    report.worse("failed", "later problems do not replace the first")
    assert site_report_rows([report]) == [
        {
            "province": "hubei",
            "outcome": "blocked",
            "listing_pages": 0,
            "articles_listed": 0,
            "articles_read": 0,
            "episode_links": 0,
            "fallback_pages": 0,
            "reason": "https://sthjt.hubei.gov.cn/dtyw/hbyw/: HTTP 412 (WAF)",
        }
    ]


def test_a_near_empty_page_whose_script_sets_a_cookie_and_reloads_is_a_javascript_challenge():
    from scrapers.provinces.hazards import access_hazard

    page = "<html><script>document.cookie='x=1; path=/';location.reload();</script></html>"
    found = access_hazard(200, {}, page)
    assert found is not None and (found.outcome, found.reason.split(" (")[0]) == (
        "needs_browser",
        "JavaScript cookie challenge",
    )
    article = (
        "<html><body>"
        + "<p>正文内容。</p>" * 100
        + "<script>document.cookie='a=1';location.href='/';</script></body></html>"
    )
    assert access_hazard(200, {}, article) is None  # a real page that happens to set a cookie


def test_a_list_page_and_its_site_share_one_set_of_problem_outcomes():
    from typing import get_args

    from models.outcomes import ListOutcome, ListProblem, SiteOutcome, Wall, is_list_problem

    problems = set(get_args(ListProblem))
    assert problems == {"blocked", "needs_browser", "listing_unreadable", "failed"} >= set(get_args(Wall))
    assert set(get_args(ListOutcome)) - problems == {"read", "empty"}
    assert set(get_args(SiteOutcome)) - problems == {"ok", "empty"}
    assert [o for o in get_args(ListOutcome) if is_list_problem(o)] == list(get_args(ListProblem))


def test_a_problem_list_page_makes_its_sites_outcome_and_a_read_one_does_not():
    from scrapers.provinces.list_visit import PageYield
    from scrapers.provinces.walk import SiteReport

    report = SiteReport("hubei")
    report.add(PageYield("https://a/1", "read", episodes=2))
    report.add(PageYield("https://a/2", "empty"))
    assert report.outcome == "empty"
    report.add(PageYield("https://a/3", "needs_browser", reason="list built by JavaScript"))
    assert (report.outcome, report.reason) == ("needs_browser", "https://a/3: list built by JavaScript")
