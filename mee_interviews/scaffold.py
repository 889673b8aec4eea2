"""Write what a new department website needs (city-scrapers ``genspider`` style): its site data,
its test and a fixture stub, and a module only when asked.

``mee-interviews new-scraper <slug> --family trs|jcms|json|generic [--module]`` is a thin call to
:func:`scaffold_province`. The unit must already have its row in
``scrapers/provinces/units.toml`` (identity is data); its ``[unit.site]`` table (entry point,
selectors: site data is data) is written under that row. ``--module`` adds
``scrapers/provinces/<slug>.py`` with a ``Site`` class subclassing the family's mixin, for a site
that needs code no family has. The fixture stub makes the new test FAIL (not skip) until a real
page is recorded over it. Nothing is overwritten: everything is checked first, then written.
"""

from __future__ import annotations

from pathlib import Path

from models.choices import CmsFamily
from scrapers.provinces import INFRASTRUCTURE, Registry, default_registry
from scrapers.provinces.cms import FAMILIES

STUB_MARKER = "SCAFFOLD STUB"


class ScaffoldError(ValueError):
    """The module cannot be scaffolded; the message says why (and lists known slugs)."""


def trio_paths(slug: str, root: Path, *, module: bool = False) -> list[Path]:
    """Where the test, its recorded list page and (``module``) the module live under ``root``."""
    paths = [
        root / "tests" / "provinces" / f"test_{slug}.py",
        root / "tests" / "files" / "provinces" / f"{slug}.list.html",
    ]
    return ([root / "scrapers" / "provinces" / f"{slug}.py"] if module else []) + paths


def scaffold_province(
    slug: str, *, family: CmsFamily, root: Path, module: bool = False, registry: Registry | None = None
) -> list[Path]:
    """Write the site data of ``slug`` into ``units.toml``, its test, its fixture stub and, with
    ``module``, its module; returns the paths written (``units.toml`` first).

    Raises ScaffoldError (nothing written) for a slug without a table row, a unit that already
    has site data, a family other than the table's, or when any file to create exists.
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
        raise ScaffoldError(f"{slug} already has site data ([unit.site] in scrapers/provinces/units.toml)")
    if unit.cms != family:
        raise ScaffoldError(
            f"units.toml says {slug} runs {unit.cms!r}; change its row first to use {family!r}"
        )
    table = root / "scrapers" / "provinces" / "units.toml"
    paths = trio_paths(slug, root, module=module)
    existing = [str(p) for p in paths if p.exists()]
    if existing:
        raise ScaffoldError(f"refusing to overwrite {', '.join(existing)}")
    mixin = FAMILIES[family].__name__
    rows = table.read_text(encoding="utf-8") if table.exists() else ""
    texts = [test_text(slug, unit.domain), stub_text(slug)]
    if module:
        texts.insert(0, module_text(slug, unit.short_name, unit.department, unit.domain, mixin))
    updated = with_site_data(rows, slug, site_text(unit.short_name, unit.department, unit.domain, mixin))
    table.parent.mkdir(parents=True, exist_ok=True)
    table.write_text(updated, encoding="utf-8")
    for path, text in zip(paths, texts, strict=True):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return [table, *paths]


def with_site_data(rows: str, slug: str, site: str) -> str:
    """``units.toml`` text with ``site`` (a ``[unit.site]`` table) placed right under ``slug``'s row
    (a row it cannot find is appended to: the caller checked the slug against the registry)."""
    marker = f'slug = "{slug}"'
    start = rows.find(marker)
    if start < 0:
        return rows.rstrip("\n") + "\n\n" + site
    end = rows.find("\n[[unit]]", start)
    end = len(rows) if end < 0 else end
    return rows[:end].rstrip("\n") + "\n\n" + site + rows[end:]


def site_text(short_name: str, department: str, domain: str, mixin: str) -> str:
    """The ``[unit.site]`` table of a new department website: one entry point to fill in."""
    return f"""[unit.site]
about = \"\"\"{department} ({domain}): {mixin}.

Example list: https://{domain}/<column>/  (UNCONFIRMED until `mee-interviews scrapers check --record`
records it). Quirks: none known yet; set only the selectors that differ from the {mixin} defaults.\"\"\"
entry_points = [
  {{ path = "/", label = "{short_name} news column (set the real path)" }},
]
"""


def module_text(slug: str, short_name: str, department: str, domain: str, mixin: str) -> str:
    """Source of a province module: code the family lacks, in ``Site`` (its data stays in units.toml)."""
    return f'''"""{department} ({domain}): code the {mixin} family lacks; its site data is in units.toml.

Say here which quirk of {short_name}'s pages needs code (an override of a {mixin} method) and why
data cannot express it (see docs/adding-a-province.md).
"""

from scrapers.provinces.cms import {mixin}


class Site({mixin}):
    pass
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
