"""The curated reference file: every figure cites its publication and says where it was read."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest

from models.reference import NATIONAL, SOURCE_KINDS, VERIFICATIONS
from scrapers.extract.catalog import load_catalog
from warehouse.reference import CuratedFileError, curated_text, read_curated

UNITS = {e.code: (e.unit, e.unit_base) for e in load_catalog()}
SOURCE = """
version = "t1"
[[source]]
id = "s"
kind = "press_release"
title = "某通报"
publisher = "生态环境部"
published = 2025-01-20
verification = "unverified"
seen_at = ["https://mirror.example/a"]
"""


def figure(**fields: object) -> str:
    base: dict[str, object] = {
        "source": "s",
        "scope": NATIONAL,
        "year": 2024,
        "code": "pm25_avg_concentration",
    }
    body = "\n".join(f"{k} = {v!r}".replace("'", '"') for k, v in {**base, "value": "29.3", **fields}.items())
    return f"\n[[figure]]\n{body}\n"


def test_every_shipped_figure_cites_a_publication_with_its_title_publisher_date_and_where_it_was_read() -> (
    None
):
    curated = read_curated(curated_text(), UNITS)
    assert len(curated.figures) >= 90
    for f in curated.figures:
        s = f.source
        assert s.kind in SOURCE_KINDS and s.title and s.publisher, f
        assert s.published_on is not None or s.note, f
        assert f.verification in VERIFICATIONS
        assert s.url or f.seen_at, f"{f.code} {f.year}: nowhere to read it"
        assert all(u.startswith(("http://", "https://")) for u in f.seen_at)


def test_every_raw_figure_of_the_shipped_file_names_a_source_id() -> None:
    raw = tomllib.loads(curated_text())
    ids = {s["id"] for s in raw["source"]}
    assert all(f.get("source") in ids for f in raw["figure"])


def test_a_figure_without_a_source_is_refused_and_nothing_is_read() -> None:
    text = SOURCE + figure() + figure(source="", code="good_air_days_ratio", value="87.2")
    with pytest.raises(CuratedFileError) as caught:
        read_curated(text, UNITS)
    assert len(caught.value.problems) == 1
    assert "figure #2" in caught.value.problems[0] and "cites no known source" in caught.value.problems[0]


def test_a_source_without_a_date_needs_a_note_saying_why() -> None:
    undated = SOURCE.replace("published = 2025-01-20\n", "")
    with pytest.raises(CuratedFileError, match="published"):
        read_curated(undated + figure(), UNITS)
    noted = undated.replace("seen_at = [", 'note = "release date not seen"\nseen_at = [')
    assert read_curated(noted + figure(), UNITS).figures[0].source.published_on is None


def test_a_figure_read_nowhere_is_refused() -> None:
    nowhere = SOURCE.replace('seen_at = ["https://mirror.example/a"]\n', "")
    with pytest.raises(CuratedFileError, match="where it can be read"):
        read_curated(nowhere + figure(), UNITS)


def test_unknown_codes_units_scopes_and_keys_are_each_reported() -> None:
    text = SOURCE + figure(code="pm99") + figure(unit="%") + figure(scope="36") + figure(colour="red")
    with pytest.raises(CuratedFileError) as caught:
        read_curated(text, UNITS)
    problems = " | ".join(caught.value.problems)
    assert "not in the indicator catalog" in problems and "catalog unit" in problems
    assert "scope must be" in problems and "unknown key 'colour'" in problems


def test_one_source_stating_one_figure_twice_is_refused() -> None:
    with pytest.raises(CuratedFileError, match="stated twice"):
        read_curated(SOURCE + figure() + figure(value="29"), UNITS)


def test_values_keep_the_precision_they_are_written_with() -> None:
    read = read_curated(SOURCE + figure(value="28.0") + figure(code="good_air_days_ratio", value="88"), UNITS)
    assert [(f.value, f.decimals, f.unit, f.unit_base) for f in read.figures] == [
        (28.0, 1, "μg/m³", "ug/m3"),
        (88.0, 0, "%", "%"),
    ]


def test_a_figure_may_override_where_it_was_read_and_state_ranks() -> None:
    text = SOURCE + figure(verification="press", seen_at=["https://news.example/b"])
    text += '\n[[figure]]\nsource = "s"\nscope = "360000"\nyear = 2024\ncode = "better_than_class_ii_ratio"\n'
    text += 'value = "91.7"\nranks = [{ scope = "全国", position = 3 }]\n'
    national, jiangxi = read_curated(text, UNITS).figures
    assert (national.verification, national.seen_at) == ("press", ("https://news.example/b",))
    assert (jiangxi.verification, jiangxi.seen_at) == ("unverified", ("https://mirror.example/a",))
    assert [(r.scope, r.position) for r in jiangxi.ranks] == [("全国", 3)]


def shipped(scope: str, code: str, year: int) -> set[float]:
    return {
        f.value
        for f in read_curated(curated_text(), UNITS).figures
        if (f.scope_code, f.code, f.year) == (scope, code, year)
    }


def test_the_national_and_jiangxi_2024_figures_the_fact_check_needs_are_there() -> None:
    assert shipped(NATIONAL, "pm25_avg_concentration", 2024) == {29.3}
    assert shipped(NATIONAL, "good_air_days_ratio", 2024) == {87.2}
    assert shipped(NATIONAL, "surface_water_good_ratio", 2024) == {90.4}
    assert shipped("360000", "pm25_avg_concentration", 2024) == {27.0}
    assert shipped("360000", "good_air_days_ratio", 2024) == {95.5}
    assert shipped("360000", "surface_water_good_ratio", 2024) == {97.7}


@pytest.mark.parametrize(
    ("code", "years"),
    [
        ("pm25_avg_concentration", range(2017, 2026)),
        ("good_air_days_ratio", range(2015, 2026)),
        ("surface_water_good_ratio", (2015, *range(2018, 2025))),
        ("worse_than_class_v_ratio", (2015, 2016, *range(2018, 2025))),
    ],
)
def test_the_core_national_series_run_from_the_earliest_year_found_to_the_latest(
    code: str, years: range | tuple[int, ...]
) -> None:
    assert all(shipped(NATIONAL, code, y) for y in years), [
        y for y in years if not shipped(NATIONAL, code, y)
    ]


def test_dates_are_publication_dates_after_the_year_they_report() -> None:
    for f in read_curated(curated_text(), UNITS).figures:
        assert f.source.published_on is None or f.source.published_on > date(f.year, 1, 1), f


def test_the_maintainers_doc_lists_every_source_of_the_shipped_version() -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "reference-figures.md").read_text(encoding="utf-8")
    raw = tomllib.loads(curated_text())
    assert f"(version {raw['version']})" in doc, (
        "docs/reference-figures.md describes another version of the file"
    )
    assert [s["id"] for s in raw["source"] if f"`{s['id']}`" not in doc] == []
