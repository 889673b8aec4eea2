"""Write the trio for a department website (city-scrapers ``genspider`` style): module, test, stub.

``mee-interviews new-scraper <slug> --family trs|jcms|json|generic`` is a thin call to
:func:`scaffold_province`. The unit must already have its row in
``scrapers/provinces/units.toml`` (identity is data); the module subclasses the family's mixin.
The fixture stub makes the new test FAIL (not skip) until a real page is recorded over it.
Nothing is overwritten: everything is checked first, and written only when all three are free.
"""

from __future__ import annotations

from pathlib import Path

from scrapers.provinces import INFRASTRUCTURE, Registry, default_registry
from scrapers.provinces.cms import FAMILIES

STUB_MARKER = "SCAFFOLD STUB"


class ScaffoldError(ValueError):
    """The module cannot be scaffolded; the message says why (and lists known slugs)."""


def trio_paths(slug: str, root: Path) -> list[Path]:
    """Where the module, its test and its recorded list page live under the project ``root``."""
    return [
        root / "scrapers" / "provinces" / f"{slug}.py",
        root / "tests" / "provinces" / f"test_{slug}.py",
        root / "tests" / "files" / "provinces" / f"{slug}.list.html",
    ]


def scaffold_province(slug: str, *, family: str, root: Path, registry: Registry | None = None) -> list[Path]:
    """Write the module, test and fixture stub of ``slug``; returns the three paths.

    Raises ScaffoldError (nothing written) for a slug without a table row, a unit that already
    has a module, a family other than the table's, or when any of the three files exists.
    """
    registry = registry if registry is not None else default_registry()
    if family not in FAMILIES:
        raise ScaffoldError(f"family must be one of {', '.join(FAMILIES)}, got {family!r}")
    if slug in INFRASTRUCTURE:
        raise ScaffoldError(f"{slug!r} is a module of the package, not a province")
    try:
        unit = registry.get(slug)
    except LookupError as exc:
        raise ScaffoldError(f"{exc}; add its row to scrapers/provinces/units.toml first") from exc
    if unit.site is not None:
        raise ScaffoldError(f"{slug} already has a module (scrapers/provinces/{slug}.py)")
    if unit.cms != family:
        raise ScaffoldError(
            f"units.toml says {slug} runs {unit.cms!r}; change its row first to use {family!r}"
        )
    paths = trio_paths(slug, root)
    existing = [str(p) for p in paths if p.exists()]
    if existing:
        raise ScaffoldError(f"refusing to overwrite {', '.join(existing)}")
    mixin = FAMILIES[family].__name__
    texts = (
        module_text(slug, unit.short_name, unit.department, unit.domain, mixin),
        test_text(slug, unit.domain),
        stub_text(slug),
    )
    for path, text in zip(paths, texts, strict=True):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return paths


def module_text(slug: str, short_name: str, department: str, domain: str, mixin: str) -> str:
    """Source of the province module: docstring, one entry point to fill in, ``SITE``."""
    cls = slug.title().replace("_", "") + "Site"
    return f'''"""{department} ({domain}): {mixin}.

Example list: https://{domain}/<column>/  (UNCONFIRMED until a recorded page shows it)

Quirks: none known yet. Record a list page into tests/files/provinces/{slug}.list.html, then
override only the selectors that differ from the {mixin} defaults (see docs/adding-a-province.md).
"""

from typing import ClassVar

from scrapers.provinces.cms import EntryPoint, {mixin}

NEWS = EntryPoint("/", "{short_name} news column (set the real path)")


class {cls}({mixin}):
    entry_points: ClassVar[tuple[EntryPoint, ...]] = (NEWS,)


SITE = {cls}()
'''


def test_text(slug: str, domain: str) -> str:
    """Source of the province's test: its recorded list page yields links (fails on the stub)."""
    return f'''"""{slug}: its recorded list page is real and its site reads links from it."""

from mee_interviews.scaffold import STUB_MARKER
from tests.provinces.support import recorded, site

LIST_URL = "https://{domain}/"  # set to the URL the list page was recorded from


def test_the_{slug}_recorded_list_page_yields_article_links():
    text = recorded("{slug}.list.html")
    assert STUB_MARKER not in text, "record a real list page over the stub (docs/adding-a-province.md)"
    assert site("{slug}").parse_list(text, LIST_URL).items
'''


def stub_text(slug: str) -> str:
    """The fixture stub: an HTML comment saying how to replace it (the test fails until then)."""
    return f"""<!-- {STUB_MARKER} for {slug}. Replace this whole file with the raw bytes of one list page of the
department website (saved byte for byte, no re-encoding), add it to tests/files/provinces/MANIFEST.toml
(reconstruction = false), set LIST_URL in tests/provinces/test_{slug}.py, and run
  pytest tests/provinces -k {slug}
Until then that test FAILS on purpose. See docs/adding-a-province.md. -->
"""
