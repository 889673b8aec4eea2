"""Sources sharing one base_url: canonical mapping follows the source, not the host."""

from __future__ import annotations

from models.settings import SourceSettings
from scrapers.fetch.hosts import HostMap, entry_url

BASE = "http://127.0.0.1:8765"
SOURCES = (
    SourceSettings("wechat", "mp.weixin.qq.com", BASE, ("/mp/appmsgalbum?a=1",)),
    SourceSettings("mee", "www.mee.gov.cn", BASE, ("/ywdt/dfnews/",)),
    SourceSettings("tw_mirror", "mirror.example", BASE + "/", ("/profile/x",)),
)


def test_a_page_on_a_shared_base_maps_back_to_the_source_that_found_it():
    hosts = HostMap(SOURCES)
    fetched = f"{BASE}/ywdt/dfnews/202502/t1.shtml"
    assert hosts.to_canonical(fetched, source="mee") == "https://www.mee.gov.cn/ywdt/dfnews/202502/t1.shtml"
    assert (
        hosts.to_canonical(fetched, source="tw_mirror")
        == "https://mirror.example/ywdt/dfnews/202502/t1.shtml"
    )


def test_without_a_source_the_requested_canonical_host_decides():
    hosts = HostMap(SOURCES)
    fetched = f"{BASE}/ywdt/dfnews/"
    assert hosts.to_canonical(fetched, requested="https://www.mee.gov.cn/ywdt/dfnews/") == (
        "https://www.mee.gov.cn/ywdt/dfnews/"
    )


def test_every_canonical_host_is_fetched_from_the_shared_base():
    hosts = HostMap(SOURCES)
    assert hosts.to_fetch("https://www.mee.gov.cn/ywdt/a.shtml") == f"{BASE}/ywdt/a.shtml"
    assert hosts.to_fetch("https://mp.weixin.qq.com/s?x=1#rd") == f"{BASE}/s?x=1"


def test_entry_points_are_canonical_urls_of_their_source():
    wechat, mee, _ = SOURCES
    assert entry_url(mee, "/ywdt/dfnews/") == "https://www.mee.gov.cn/ywdt/dfnews/"
    assert entry_url(wechat, "mp/appmsgalbum?a=1") == "https://mp.weixin.qq.com/mp/appmsgalbum?a=1"
    assert entry_url(mee, "https://big5.mee.gov.cn/gate/big5/x/") == "https://big5.mee.gov.cn/gate/big5/x/"
    real = SourceSettings("mee", "www.mee.gov.cn", "https://www.mee.gov.cn", ())
    assert entry_url(real, "/ywdt/") == "https://www.mee.gov.cn/ywdt/"
