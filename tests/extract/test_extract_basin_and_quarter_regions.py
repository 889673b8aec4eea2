"""Sentences written for these tests (twenty-fifth round): a part of the whole named as a river
basin (淮河流域) or by its quarter (皖北地区, 东部地区) after 其中. The figure is that part's; it
was the whole's (全省)."""

from __future__ import annotations

from scrapers.extract import extract_text


def _regions(text: str) -> list[tuple[float | None, str | None]]:
    return [(i.value, i.region) for i in extract_text(text)[0]]


def test_a_basin_after_qizhong_is_the_region_of_its_share() -> None:
    text = "全省地表水国考断面水质优良比例为91.4%，其中长江流域为97.1%，淮河流域为84.6%。"
    assert _regions(text) == [(91.4, "全省"), (97.1, "长江流域"), (84.6, "淮河流域")]


def test_a_quarter_of_the_province_is_the_region_of_its_share() -> None:
    text = "全省优良天数比例为88.7%，其中皖北地区为81.7%，东部地区为92.6%。"
    assert _regions(text) == [(88.7, "全省"), (81.7, "皖北地区"), (92.6, "东部地区")]


def test_a_key_basin_is_no_place() -> None:
    assert _regions("全省重点流域水质优良比例为90.2%。") == [(90.2, "全省")]
