"""Parse once: one tree per page shared by classification and the family reader, one
host → family table.

Before this change a WeChat, MEE or mirror page was parsed by BeautifulSoup twice (classify,
then the family parser) and a ThePaper page four times; now once (ThePaper: the page plus the
body fragment its JSON carries).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import bs4
import pytest

from models.records import SourceFamily
from scrapers.families import FAMILIES
from scrapers.families.detect import family_for_host
from scrapers.parse import parse_document
from scrapers.provinces import default_registry
from tests.scrapers.articles_support import ARTICLES, SAMPLE_PAGES


@pytest.fixture()
def soups(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """Counts BeautifulSoup constructions (every tree built, by any module)."""
    built: list[int] = []
    original = bs4.BeautifulSoup.__init__

    def counting(self: bs4.BeautifulSoup, *args: Any, **kwargs: Any) -> None:
        built.append(1)
        original(self, *args, **kwargs)

    monkeypatch.setattr(bs4.BeautifulSoup, "__init__", counting)
    yield built


@pytest.mark.parametrize(
    ("path", "url", "trees"),
    [
        (SAMPLE_PAGES / "jiangxi-10.wechat.html", "https://mp.weixin.qq.com/s/x", 1),
        (SAMPLE_PAGES / "jiangxi-10.mee.shtml", "https://www.mee.gov.cn/ywdt/dfnews/202502/t1.shtml", 1),
        (ARTICLES / "jiangxi-10.big5.shtml", "https://big5.mee.gov.cn/gate/big5/www.mee.gov.cn/x.shtml", 1),
        (ARTICLES / "jiangxi-10.tw_mirror.gbk.html", "http://127.0.0.1:9/a/MzkwMDAwMDAwMA==/1/1", 1),
        (ARTICLES / "jiangxi-10.thepaper.html", "https://www.thepaper.cn/newsDetail_forward_30000010", 2),
        (SAMPLE_PAGES / "jiangxi-10.zh-Hant.txt", "file:jiangxi-10.zh-Hant.txt", 0),
    ],
)
def test_each_page_is_parsed_into_a_tree_once(soups: list[int], path: Path, url: str, trees: int) -> None:
    parsed = parse_document(path.read_bytes(), url, registry=default_registry())
    assert parsed.episode is not None and len(parsed.episode.questions) == 3
    assert len(soups) == trees


@pytest.mark.parametrize(
    ("url", "family"),
    [
        ("https://mp.weixin.qq.com/s/AbCd", SourceFamily.WECHAT),
        ("https://www.mee.gov.cn/ywdt/x.shtml", SourceFamily.MEE),
        ("https://mee.gov.cn/ywdt/x.shtml", SourceFamily.MEE),
        ("https://big5.mee.gov.cn/gate/big5/www.mee.gov.cn/x.shtml", SourceFamily.MEE_BIG5),
        ("http://127.0.0.1:8000/gate/big5/www.mee.gov.cn/x.shtml", SourceFamily.MEE_BIG5),
        ("https://m.thepaper.cn/detail/30000010", SourceFamily.THEPAPER),
        ("https://freewechat.com/a/MzU3/1/1", SourceFamily.FREEWECHAT),
        ("https://mirror.example.org/a/MzU3/1/1", None),
        ("https://notmee.gov.cn.example.org/x", None),
        ("https://fakemee.gov.cn/x", None),
    ],
)
def test_the_one_host_table_names_the_family_of_a_url(url: str, family: SourceFamily | None) -> None:
    assert family_for_host(url) is family


def test_the_family_table_lists_each_host_once() -> None:
    hosts = [host for family in FAMILIES for host in family.hosts]
    assert len(hosts) == len(set(hosts))
