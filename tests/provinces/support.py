"""Helpers for the province tests: recorded pages, and parsing them with the province's site."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from models.records import ListingPage
from scrapers.articles.draft import ArticleDraft
from scrapers.provinces import default_registry
from scrapers.provinces.cms import CmsSite

FILES = Path(__file__).resolve().parents[1] / "files" / "provinces"


def recorded(name: str) -> str:
    """A recorded page of tests/files/provinces (every one is listed in MANIFEST.toml)."""
    return (FILES / name).read_text(encoding="utf-8")


def manifest() -> dict[str, dict[str, Any]]:
    """MANIFEST.toml: file name -> its record (slug, kind, url, reconstruction, real, made_up)."""
    return tomllib.loads((FILES / "MANIFEST.toml").read_text(encoding="utf-8"))["page"]


def site(slug: str) -> CmsSite:
    found = default_registry().get(slug).site
    assert found is not None, f"{slug} has no [unit.site] data in units.toml"
    return found


def article(slug: str, name: str) -> ArticleDraft:
    """The recorded article ``name`` read by ``slug``'s site, at the URL the manifest gives."""
    return site(slug).parse_article(recorded(name), manifest()[name]["url"])


def listing(slug: str, name: str) -> ListingPage:
    """The recorded list page ``name`` read by ``slug``'s site, at the URL the manifest gives."""
    return site(slug).parse_list(recorded(name), manifest()[name]["url"])


# A unit that has only its table row (every unit of the column has a module).
NEW_UNIT_ROW = """
[[unit]]
slug = "taiwan"
code = "710000"
name = "台湾省"
short_name = "台湾"
region = "东部"
department = "台湾省生态环境厅"
domain = "sthj.example.gov.cn"
cms = "trs"
evidence = "none"
"""
