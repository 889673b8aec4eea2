"""Every department site's UNCONFIRMED entry points are listed in docs/sources.md, every unit in
docs/provinces.md, and every recorded page in the fixture manifest as a reconstruction or not."""

from pathlib import Path

import pytest

from scrapers.provinces import default_registry
from tests.provinces.support import FILES, manifest

DOCS = Path(__file__).resolve().parents[2] / "docs"
UNITS = [u for u in default_registry() if u.site is not None]


@pytest.mark.parametrize("unit", UNITS, ids=lambda u: u.slug)
def test_each_entry_point_is_listed_in_sources_md_and_each_unit_in_provinces_md(unit):
    sources = (DOCS / "sources.md").read_text(encoding="utf-8")
    assert unit.site is not None
    missing = [e.path for e in unit.site.entry_points if f"`{e.path}`" not in sources]
    assert missing == [], "list them in docs/sources.md, 'Department websites'"
    assert f"`{unit.domain}`" in (DOCS / "provinces.md").read_text(encoding="utf-8")


def test_every_recorded_page_is_in_the_manifest_and_says_what_is_real_and_what_is_made_up():
    pages = manifest()
    on_disk = sorted(p.name for p in FILES.iterdir() if p.name != "MANIFEST.toml")
    assert sorted(pages) == on_disk
    for name, page in pages.items():
        assert page["slug"] == name.split(".")[0] and page["url"].startswith("http")
        assert page["reconstruction"] is False or (page["real"] and page["made_up"]), name


@pytest.mark.parametrize("unit", UNITS, ids=lambda u: u.slug)
def test_every_province_module_has_its_own_test_and_recorded_page(unit):
    assert (Path(__file__).parent / f"test_{unit.slug}.py").exists()
    assert any(p["slug"] == unit.slug for p in manifest().values())


def test_every_confirmed_entry_point_names_a_live_recording_whose_bytes_match_its_manifest():
    import hashlib

    pages = manifest()
    for unit in UNITS:
        assert unit.site is not None
        for entry in (e for e in unit.site.entry_points if e.confirmed):
            page = pages.get(entry.recording)
            assert page is not None, f"{unit.slug} {entry.path}: {entry.recording!r} is not in MANIFEST.toml"
            assert page["reconstruction"] is False and page["slug"] == unit.slug
            digest = hashlib.sha256((FILES / entry.recording).read_bytes()).hexdigest()
            assert page.get("sha256") == digest, f"{entry.recording} was edited after it was recorded"
