from dataclasses import replace

from models.records import ProvinceRef, TextSpan
from scrapers.extract import check_across_sources, check_indicators, extract, extract_text


def _by_check(checks, name):
    return [c for c in checks if c.check == name]


def test_seed_episode_parts_agree_with_their_totals(
    seed_body: str, seed_spans: list[TextSpan], jiangxi: ProvinceRef
) -> None:
    indicators, _ = extract(seed_body, seed_spans, province=jiangxi)
    parts = _by_check(check_indicators("360000-010", indicators), "parts_vs_total")
    assert [c.status for c in parts] == ["pass", "pass"]
    assert "博士 10 + 硕士 91" in parts[0].detail and "招录人员 193" in parts[0].detail


def test_parts_that_do_not_add_up_fail() -> None:
    indicators, _ = extract_text("招录人员193名，其中博士10名、硕士91名，占比70%。")
    (check,) = _by_check(check_indicators("k", indicators), "parts_vs_total")
    assert check.status == "fail"


def test_implausible_catalog_values_and_percentages_over_100_fail() -> None:
    indicators, _ = extract_text("全省PM2.5平均浓度为270微克/立方米，占比120%。")
    checks = check_indicators("k", indicators)
    assert [c.status for c in _by_check(checks, "range")] == ["fail"]
    assert [c.status for c in _by_check(checks, "percent_bounds")] == ["fail"]


def test_the_same_figure_reported_differently_by_two_sources_fails() -> None:
    (ind,), _ = extract_text("2024年全国PM2.5平均浓度为29.3微克/立方米。")
    other = replace(ind, value=30.0, value_base=30.0)
    (check,) = check_across_sources({"https://a.example/1": [ind], "https://b.example/1": [other]})
    assert (check.check, check.status, check.code) == ("cross_source", "fail", "pm25_avg_concentration")
    (same,) = check_across_sources({"a": [ind], "b": [ind]})
    assert same.status == "pass"


def test_a_figure_from_one_source_only_is_not_checked_across_sources() -> None:
    (ind,), _ = extract_text("2024年全国PM2.5平均浓度为29.3微克/立方米。")
    assert check_across_sources({"a": [ind], "b": []}) == ()
