"""The bulletin crawl against a local site (tests/support/bulletin_site.py), with an in-memory archive."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

import pytest

from models.records import FetchedPage
from models.settings_load import load_settings
from scrapers.bulletins import (
    BulletinCrawl,
    bulletin_entries,
    bulletin_entry_problems,
    crawl_bulletins,
    owner_of,
)
from scrapers.provinces import default_registry
from tests.support.bulletin_site import FILES, BulletinSite, bulletin_site
from tests.support.fault_server import Reply

REGISTRY = default_registry()


@dataclass
class MemoryArchive:
    """Keeps every body by (url, sha256); answers validators from the ETags it kept."""

    pages: dict[tuple[str, str], FetchedPage] = field(default_factory=dict)

    def validators(self, urls: Sequence[str]) -> Mapping[str, tuple[str | None, str | None]]:
        kept = {p.requested_url: p for p in self.pages.values()}
        return {u: (kept[u].header("etag"), None) for u in urls if u in kept}

    def keep(self, page: FetchedPage, source: str) -> tuple[FetchedPage | None, bool]:
        if page.not_modified:
            return next(
                (p for p in self.pages.values() if p.requested_url == page.requested_url), None
            ), False
        new = (page.requested_url, page.sha256) not in self.pages
        self.pages[(page.requested_url, page.sha256)] = page
        return page, new


@pytest.fixture
def site() -> Iterator[BulletinSite]:
    with bulletin_site() as s:
        yield s


def titles(crawl: BulletinCrawl) -> list[str]:
    return sorted(b.title for b in crawl.bulletins)


def test_every_bulletin_the_entry_points_reach_is_read_and_every_page_archived(site: BulletinSite) -> None:
    archive = MemoryArchive()
    crawl = crawl_bulletins(site.settings(), archive, registry=REGISTRY)
    assert titles(crawl) == [
        "2022中国生态环境状况公报",
        "2023年江西省生态环境状况公报",
        "2024中国生态环境状况公报",
        "2024年江西省生态环境状况公报",
    ]
    assert [(s, ok) for s, _, ok in crawl.entry_points] == [("mee", True), ("province_jiangxi", True)]
    assert (crawl.fetched, crawl.unchanged, crawl.list_pages, crawl.links) == (4, 0, 3, 6)
    assert len(archive.pages) == 8  # three lists, four bulletins, the notice
    assert sum(len(b.figures) for b in crawl.bulletins) == 6 + 4 + 5 + 3


def test_documents_are_listed_not_fetched_and_a_page_that_is_no_bulletin_is_reported(
    site: BulletinSite,
) -> None:
    crawl = crawl_bulletins(site.settings(), MemoryArchive(), registry=REGISTRY)
    assert crawl.documents == [
        "https://www.mee.gov.cn/hjzl/sthjzk/zghjzkgb/202406/P020240605000000000001.pdf"
    ]
    assert site.mee.count("/hjzl/sthjzk/zghjzkgb/202406/P020240605000000000001.pdf") == 0
    assert [url.rsplit("/", 1)[1] for url, _ in crawl.not_bulletin] == ["t20250605_1000003.shtml"]


def test_a_second_crawl_asks_with_the_archived_validators_and_reads_a_304_from_the_archive(
    site: BulletinSite,
) -> None:
    archive = MemoryArchive()
    crawl_bulletins(site.settings(), archive, registry=REGISTRY)
    again = crawl_bulletins(site.settings(), archive, registry=REGISTRY)
    assert (again.fetched, again.unchanged) == (0, 4) and titles(again)[0] == "2022中国生态环境状况公报"
    bulletin = "/hjzl/sthjzk/zghjzkgb/202506/t20250605_1000001.shtml"
    last = [r for r in site.mee.requests if r.path == bulletin][-1]
    assert last.header("if-none-match") == '"mee.bulletin-2024.shtml-v1"'


def test_a_changed_bulletin_is_fetched_again(site: BulletinSite) -> None:
    archive = MemoryArchive()
    crawl_bulletins(site.settings(), archive, registry=REGISTRY)
    body = (FILES / "mee.bulletin-2022.shtml").read_bytes().replace(b"86.5%", b"86.6%")
    site.serve("mee.bulletin-2022.shtml", body=body, etag='"v2"')
    again = crawl_bulletins(site.settings(), archive, registry=REGISTRY)
    assert (again.fetched, again.unchanged) == (1, 3)
    (changed,) = [b for b in again.bulletins if b.title.startswith("2022")]
    assert {f.value for f in changed.figures if f.code == "good_air_days_ratio"} == {86.6}


def test_broken_and_refused_links_are_recorded_and_the_rest_still_read(site: BulletinSite) -> None:
    site.jiangxi.route("/art/2024/6/5/art_42164_6000002.html", Reply(status=500))
    site.jiangxi.route("/robots.txt", Reply(body=b"User-agent: *\nDisallow: /art/2025/\n"))
    crawl = crawl_bulletins(site.settings(), MemoryArchive(), registry=REGISTRY)
    assert [u.rsplit("/", 1)[1] for u, _ in crawl.failed] == ["art_42164_6000002.html"]
    assert [u.rsplit("/", 1)[1] for u, _ in crawl.skipped] == ["art_42164_6000001.html"]
    assert titles(crawl) == ["2022中国生态环境状况公报", "2024中国生态环境状况公报"]


def test_an_entry_point_may_be_a_bulletin_page_itself(site: BulletinSite) -> None:
    env = site.env() | {
        "MEE_INTERVIEWS__SOURCES__MEE__BULLETIN_ENTRY_POINTS": '["/hjzl/sthjzk/zghjzkgb/202305/t20230529_1000002.shtml"]',
        "MEE_INTERVIEWS__PROVINCES__JIANGXI__BULLETIN_ENTRY_POINTS": "[]",
    }
    crawl = crawl_bulletins(load_settings(env=env), MemoryArchive(), registry=REGISTRY)
    assert titles(crawl) == ["2022中国生态环境状况公报"] and crawl.entry_points[0][2] is True


def test_an_unreadable_entry_point_is_reported_as_not_read(site: BulletinSite) -> None:
    site.mee.route("/hjzl/sthjzk/zghjzkgb/", Reply(status=404))
    crawl = crawl_bulletins(site.settings(), MemoryArchive(), registry=REGISTRY)
    assert crawl.entry_points[0][2] is False and crawl.failed[0][1] == "HTTP 404"


def test_entry_points_belong_to_the_national_record_or_their_province(site: BulletinSite) -> None:
    entries = {e.owner.source: e for e in bulletin_entries(site.settings(), REGISTRY)}
    mee, jiangxi = entries["mee"].owner, entries["province_jiangxi"].owner
    assert (mee.scope_code, mee.publisher, mee.official) == ("000000", "生态环境部", False)
    assert (jiangxi.scope_code, jiangxi.publisher) == ("360000", "江西省生态环境厅")
    assert entries["province_jiangxi"].url == "https://sthjt.jiangxi.gov.cn/jxssthjt/col/col42164/index.html"
    assert owner_of(site.settings(), REGISTRY, "province_hubei").scope_code == "420000"


def test_an_entry_point_on_a_host_no_base_url_allows_is_refused_before_any_request(
    site: BulletinSite,
) -> None:
    env = site.env() | {
        "MEE_INTERVIEWS__SOURCES__MEE__BULLETIN_ENTRY_POINTS": '["https://elsewhere.example/gb/"]'
    }
    problems = bulletin_entry_problems(load_settings(env=env), REGISTRY)
    assert len(problems) == 1 and "elsewhere.example" in problems[0]
    assert bulletin_entry_problems(site.settings(), REGISTRY) == []
