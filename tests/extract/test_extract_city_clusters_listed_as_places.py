"""Sentences written for these tests (twenty-seventh round): a city cluster (城市群), a
metropolitan ring (都市圈) or a delta (三角洲) listed with other regions before 分别 is a place,
so the pollutant named after the list is every member's, not only the last one's."""

from __future__ import annotations

from tests.extract.figure_rows import placed_changes


def _changes(text: str) -> list[tuple[str, str | None, float | None]]:
    return [(code, region, size) for code, _, region, _, size, _ in placed_changes(text)]


def test_a_list_opening_with_a_city_cluster_gives_every_member_the_pollutant() -> None:
    text = "东岭城市群、西河地区、南山平原PM2.5浓度同比分别下降11.2%、9.6%、3.7%。"
    assert _changes(text) == [
        ("pm25_avg_concentration", "东岭城市群", 11.2),
        ("pm25_avg_concentration", "西河地区", 9.6),
        ("pm25_avg_concentration", "南山平原", 3.7),
    ]


def test_a_metropolitan_ring_and_a_delta_are_places_too() -> None:
    text = "西河都市圈和南江三角洲优良天数比例分别上升2.1个百分点、1.5个百分点。"
    assert _changes(text) == [
        ("good_air_days_ratio", "西河都市圈", 2.1),
        ("good_air_days_ratio", "南江三角洲", 1.5),
    ]
