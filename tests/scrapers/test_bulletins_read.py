"""Bulletin pages read purely: title and structure rules, family and generic readers, figures."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from models.records import FetchedPage, Rank
from models.reference import NATIONAL
from scrapers.bulletins import BulletinOwner, read_bulletin_page
from scrapers.bulletins.figures import written_decimals
from scrapers.bulletins.recognise import covers_sections, read_title
from scrapers.provinces import default_registry
from tests.support.bulletin_site import FILES, manifest

REGISTRY = default_registry()
MEE = BulletinOwner("mee", NATIONAL, "生态环境部", official=True)
JIANGXI = BulletinOwner("province_jiangxi", "360000", "江西省生态环境厅", official=False)


def read(name: str, owner: BulletinOwner = MEE, body: bytes | None = None, status: int = 200):
    url = manifest()[name]["url"]
    page = FetchedPage(
        url, url, status, (("Content-Type", "text/html; charset=utf-8"),),
        body if body is not None else (FILES / name).read_bytes(), datetime(2026, 1, 1, tzinfo=UTC),
    )  # fmt: skip
    return read_bulletin_page(page, owner, registry=REGISTRY)


@pytest.mark.parametrize(
    ("title", "kind", "scope", "year"),
    [
        ("2024中国生态环境状况公报", "national_bulletin", NATIONAL, 2024),
        ("2015中国环境状况公报", "national_bulletin", NATIONAL, 2015),
        ("2024年江西省生态环境状况公报", "provincial_bulletin", "360000", 2024),
        ("2023年度新疆生产建设兵团生态环境状况公报", "provincial_bulletin", "660000", 2023),
        ("2019年全国生态环境质量简况", "press_release", NATIONAL, 2019),
        ("生态环境状况公报", "national_bulletin", None, None),
    ],
)
def test_a_title_names_a_bulletin_its_scope_and_year(
    title: str, kind: str, scope: str | None, year: int | None
) -> None:
    named = read_title(title, REGISTRY)
    assert named is not None and (named.kind, named.scope_code, named.year) == (kind, scope, year)


@pytest.mark.parametrize("title", ["生态环境部召开6月例行新闻发布会", "厅局长请回答⑩ | 李军", "", None])
def test_other_titles_name_no_bulletin(title: str | None) -> None:
    assert read_title(title, REGISTRY) is None


def test_a_bulletin_must_cover_at_least_two_of_its_sections() -> None:
    assert covers_sections("一、大气环境……二、淡水环境……")
    assert not covers_sections("本公报全文见附件。空气质量持续改善。")


def test_a_national_bulletin_in_the_mee_family_yields_its_figures_with_quotes_and_offsets() -> None:
    page = read("mee.bulletin-2024.shtml")
    assert (page.status, page.title, str(page.family)) == ("bulletin", "2024中国生态环境状况公报", "mee")
    got = {f.code: f for f in page.figures}
    assert {c: f.value for c, f in got.items()} == {
        "pm25_avg_concentration": 29.3,
        "good_air_days_ratio": 87.2,
        "heavy_pollution_days_ratio": 0.9,
        "surface_water_good_ratio": 90.4,
        "worse_than_class_v_ratio": 0.6,
        "coastal_water_good_ratio": 83.7,
    }
    pm25 = got["pm25_avg_concentration"]
    assert (pm25.scope_code, pm25.year, pm25.decimals, pm25.unit_base) == (NATIONAL, 2024, 1, "ug/m3")
    assert "29.3微克/立方米" in (pm25.quote or "") and pm25.start is not None and pm25.end is not None
    assert pm25.end - pm25.start == len(pm25.quote or "")
    source = pm25.source
    assert (source.kind, source.publisher, source.published_on) == (
        "national_bulletin",
        "生态环境部",
        date(2025, 6, 5),
    )
    assert source.url == manifest()["mee.bulletin-2024.shtml"]["url"] and pm25.verification == "verified"


def test_a_figure_of_another_year_in_a_bulletin_is_context_not_its_record() -> None:
    page = read("mee.bulletin-2024.shtml")
    assert {f.year for f in page.figures} == {2024}  # its 2020 surface-water figure is left out


def test_a_provincial_bulletin_keeps_its_own_figures_and_ranks_and_leaves_out_cities_and_the_nation() -> None:
    page = read("jiangxi.bulletin-2024.html", JIANGXI)
    assert (page.status, str(page.family)) == ("bulletin", "province")
    got = {f.code: f for f in page.figures}
    assert {f.scope_code for f in page.figures} == {"360000"}
    assert got["pm25_avg_concentration"].value == 27.0  # not 南昌市's 31, not the nation's 29.3
    assert got["better_than_class_ii_ratio"].ranks == (Rank("全国", 3), Rank("中部", 1))
    assert got["good_air_days_ratio"].source.kind == "provincial_bulletin"
    assert got["good_air_days_ratio"].verification == "unverified"  # not fetched from its own host


def test_a_layout_no_family_knows_is_read_by_the_generic_reader() -> None:
    page = read("unseen.bulletin.html", JIANGXI)
    assert (page.status, str(page.family), page.title) == (
        "bulletin",
        "generic",
        "2023年江西省生态环境状况公报",
    )
    assert {(f.code, f.value) for f in page.figures} == {
        ("good_air_days_ratio", 96.5),
        ("pm25_avg_concentration", 29.0),
        ("surface_water_good_ratio", 97.0),
    }
    assert {f.source.published_on for f in page.figures} == {date(2024, 6, 5)}


def test_a_list_yields_the_links_that_name_a_bulletin_and_its_next_page() -> None:
    page = read("mee.list.shtml")
    base = "https://www.mee.gov.cn/hjzl/sthjzk/zghjzkgb/"
    assert page.status == "list" and page.figures == ()
    assert [link.url for link in page.links] == [
        base + "202506/t20250605_1000001.shtml",
        base + "202506/t20250605_1000003.shtml",
        base + "202406/P020240605000000000001.pdf",
    ]
    assert page.next_urls == (base + "index_1.shtml",)


def test_a_news_item_naming_a_bulletin_without_its_sections_is_no_bulletin() -> None:
    page = read("mee.notice.shtml")
    assert page.status == "list" and page.figures == ()


def test_walls_and_removals_are_said_with_their_reason() -> None:
    assert read("mee.bulletin-2024.shtml", status=404).status == "deleted"
    assert read("mee.bulletin-2024.shtml", body="访问过于频繁，请稍后再试".encode()).status == "blocked"


def test_the_origin_is_the_requested_url_and_the_version_the_body_hash() -> None:
    page = read("mee.bulletin-2022.shtml")
    assert page.origin == manifest()["mee.bulletin-2022.shtml"]["url"] and len(page.version) == 64


def test_decimals_are_read_from_the_number_as_the_quote_writes_it() -> None:
    assert written_decimals("平均浓度为28.0微克/立方米", 28.0) == 1
    assert written_decimals("PM2.5平均浓度为29微克/立方米", 29.0) == 0
    assert written_decimals("比例为0.6%", 0.6) == 1
