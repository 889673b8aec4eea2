"""Write the trio for a new province (city-scrapers ``genspider`` style): module, test, fixture stub.

``mee-interviews new-scraper <slug>`` is a thin call to :func:`scaffold_province`. Nothing is
overwritten: the function checks everything first and writes only when all three paths are free.
"""

from __future__ import annotations

import json
import keyword
import re
from pathlib import Path

from scrapers.provinces import Registry, default_registry
from scrapers.provinces.base import REGIONS

STUB_MARKER = "SCAFFOLD STUB"
_SLUG_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_RESERVED = {"base"}


class ScaffoldError(ValueError):
    """The province cannot be scaffolded; the message says why (and lists known slugs)."""


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def trio_paths(slug: str, root: Path) -> list[Path]:
    """Where the module, its test and its fixture live under the project ``root``."""
    return [
        root / "scrapers" / "provinces" / f"{slug}.py",
        root / "tests" / "provinces" / f"test_{slug}.py",
        root / "tests" / "files" / "provinces" / f"{slug}.html",
    ]


def validate(
    slug: str, *, name: str, short_name: str, code: str, region: str, department: str, registry: Registry
) -> None:
    """Raise ScaffoldError unless the arguments describe a new, well-formed provincial unit."""
    known = sorted(s.slug for s in registry)
    if not _SLUG_RE.match(slug) or keyword.iskeyword(slug) or slug in _RESERVED:
        raise ScaffoldError(f"slug must be lower-case pinyin (a-z, 0-9, _), got {slug!r}")
    if slug in known:
        raise ScaffoldError(f"province {slug!r} is already registered; known: {', '.join(known)}")
    if not re.fullmatch(r"[1-8]\d0000", code):
        raise ScaffoldError(f"code must be a provincial GB/T 2260 code like 360000, got {code!r}")
    clash = next((s for s in registry if s.code == code), None)
    if clash:
        raise ScaffoldError(f"code {code} already belongs to {clash.slug} ({clash.name})")
    if region not in REGIONS:
        raise ScaffoldError(f"region must be one of {', '.join(REGIONS)}, got {region!r}")
    if not name or not short_name or short_name not in name:
        raise ScaffoldError(f"short_name {short_name!r} must be part of name {name!r}")
    if short_name not in department:
        raise ScaffoldError(f"department {department!r} must name the unit ({short_name})")


def scaffold_province(
    slug: str,
    *,
    name: str,
    short_name: str,
    code: str,
    region: str,
    department: str,
    root: Path,
    example_url: str | None = None,
    registry: Registry | None = None,
) -> list[Path]:
    """Write ``scrapers/provinces/<slug>.py``, its test and its fixture stub under ``root``.

    Returns the three paths written. Raises ScaffoldError (nothing written) for an invalid or
    already registered slug/code, or when any of the three files exists.
    """
    fields = {
        "slug": slug,
        "name": name,
        "short_name": short_name,
        "code": code,
        "region": region,
        "department": department,
    }
    validate(**fields, registry=registry if registry is not None else default_registry())
    paths = trio_paths(slug, root)
    existing = [str(p) for p in paths if p.exists()]
    if existing:
        raise ScaffoldError(f"refusing to overwrite {', '.join(existing)}")
    texts = (
        module_text(**fields, example_url=example_url),
        province_test_text(**fields, example_url=example_url),
        fixture_text(**fields),
    )
    for path, text in zip(paths, texts, strict=True):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return paths


def module_text(
    *,
    slug: str,
    name: str,
    short_name: str,
    code: str,
    region: str,
    department: str,
    example_url: str | None = None,
) -> str:
    """Source of the province module: docstring plus ``SCRAPER = ProvinceScraper(...)``."""
    example = f"\nExample URL: {example_url}\n" if example_url else ""
    return f'''"""{short_name} ({name}, {code}): episodes come from the shared page families; no overrides.

Page families: WeChat article, MEE site (and its big5 gateway), mirrors; see scrapers/families.
Fixture: tests/files/provinces/{slug}.html; see docs/adding-a-province.md.{example}
"""

from scrapers.provinces.base import ProvinceScraper

SCRAPER = ProvinceScraper(
    slug={_q(slug)},
    name={_q(name)},
    short_name={_q(short_name)},
    code={_q(code)},
    region={_q(region)},
    department={_q(department)},
    aliases=(),
    example_url={_q(example_url) if example_url else None},
)
'''


def province_test_text(
    *,
    slug: str,
    name: str,
    short_name: str,
    code: str,
    region: str,
    department: str,
    example_url: str | None = None,
) -> str:
    """Source of the province's test: registry lookup, and its fixture parsing to its episode."""
    return f'''"""{short_name} ({name}): the registry finds it; its recorded page parses to its episode."""

from pathlib import Path

import pytest

from models.records import PageStatus
from scrapers.provinces import default_registry

SLUG = {_q(slug)}
FIXTURE = Path(__file__).resolve().parents[1] / "files" / "provinces" / f"{{SLUG}}.html"
# The URL the fixture page was fetched from (it picks the page family): set it with the fixture.
FIXTURE_URL = {_q(example_url or "")}


def test_the_registry_finds_{slug}_by_slug_and_by_its_department_name():
    registry = default_registry()
    scraper = registry.get(SLUG)
    assert scraper.code == {_q(code)}
    assert registry.find_in_text(scraper.department) is scraper


def test_the_{slug}_fixture_page_parses_to_an_episode_of_{slug}():
    data = FIXTURE.read_bytes()
    if b"{STUB_MARKER}" in data:
        pytest.skip(f"{{FIXTURE.name}} is still the scaffold stub: record a real episode page "
                    "(see docs/adding-a-province.md)")
    assert FIXTURE_URL, "set FIXTURE_URL to the URL the fixture page was fetched from"
    from scrapers.parse import parse_document

    parsed = parse_document(data, FIXTURE_URL, registry=default_registry())
    assert parsed.status is PageStatus.OK, parsed.reason
    assert parsed.episode is not None
    assert parsed.episode.province.slug == SLUG
'''


def fixture_text(*, slug: str, name: str, short_name: str, code: str, region: str, department: str) -> str:
    """The fixture stub: an HTML comment telling how to replace it with a recorded page."""
    return f"""<!-- {STUB_MARKER} for {slug} ({name}, {code}).
Replace this whole file with the raw bytes of one real episode page of {department}
(a WeChat article, an MEE page or a mirror copy), then set FIXTURE_URL in
tests/provinces/test_{slug}.py to the URL it was fetched from. Two ways to get the bytes:
  - from the raw archive:  SELECT body FROM raw_pages WHERE requested_url = '<url>'
  - from a live fetch, saved byte for byte (no re-encoding).
Check it with:  mee-interviews parse tests/files/provinces/{slug}.html --json
Until then tests/provinces/test_{slug}.py skips its fixture test.
See docs/adding-a-province.md. -->
"""
