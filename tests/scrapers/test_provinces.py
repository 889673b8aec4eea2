"""The province registry: complete, correctly coded, and a contract every scraper module keeps."""

import sys
import textwrap
from collections import Counter
from pathlib import Path

import pytest

import scrapers.provinces as provinces_pkg
from scrapers.provinces import (
    DuplicateProvinceError,
    ProvinceScraper,
    UnknownProvinceError,
    default_registry,
    load_registry,
)

REGISTRY = default_registry()
MODULE_FILES = sorted(
    p.stem for p in Path(provinces_pkg.__file__).parent.glob("*.py") if p.stem not in {"__init__", "base"}
)


def test_the_registry_holds_exactly_32_provincial_units():
    assert len(REGISTRY) == 32
    assert len({s.code for s in REGISTRY}) == 32


def test_every_province_module_file_is_registered():
    assert sorted(s.slug for s in REGISTRY) == MODULE_FILES


@pytest.mark.parametrize(
    ("slug", "code", "name"),
    [
        ("jiangxi", "360000", "江西省"),
        ("beijing", "110000", "北京市"),
        ("neimenggu", "150000", "内蒙古自治区"),
        ("guangxi", "450000", "广西壮族自治区"),
        ("xinjiang", "650000", "新疆维吾尔自治区"),
        ("bingtuan", "660000", "新疆生产建设兵团"),
    ],
)
def test_codes_follow_gb_t_2260(slug, code, name):
    scraper = REGISTRY.get(slug)
    assert (scraper.code, scraper.name) == (code, name)
    assert REGISTRY.by_code(code) is scraper


def test_regions_split_10_east_6_central_13_west_with_bingtuan_and_3_northeast():
    counts = Counter(s.region for s in REGISTRY)
    assert counts == {"东部": 10, "中部": 6, "西部": 13, "东北": 3}
    assert REGISTRY.get("bingtuan").region == "西部"


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("内蒙古", "neimenggu"),
        ("内蒙古自治区生态环境厅厅长", "neimenggu"),
        ("兵团", "bingtuan"),
        ("新疆生产建设兵团生态环境局局长", "bingtuan"),
        ("新疆维吾尔自治区生态环境厅", "xinjiang"),
        ("江西省生态环境厅", "jiangxi"),
    ],
)
def test_aliases_and_full_names_resolve_to_their_unit(text, slug):
    found = REGISTRY.find_in_text(text)
    assert found is not None and found.slug == slug


def test_an_unknown_slug_error_lists_the_known_slugs():
    with pytest.raises(UnknownProvinceError) as err:
        REGISTRY.get("atlantis")
    message = str(err.value)
    assert "atlantis" in message
    assert all(s.slug in message for s in REGISTRY)


def _temp_package(tmp_path: Path, name: str, modules: dict[str, str]) -> str:
    package = tmp_path / name
    package.mkdir()
    (package / "__init__.py").write_text("")
    for module, body in modules.items():
        (package / f"{module}.py").write_text(textwrap.dedent(body), encoding="utf-8")
    return name


@pytest.fixture
def temp_import_path(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(tmp_path))
    before = set(sys.modules)
    yield tmp_path
    for name in set(sys.modules) - before:
        if name.startswith("tmpprov_"):
            del sys.modules[name]


def _module(slug: str, code: str) -> str:
    return f"""
        from scrapers.provinces.base import ProvinceScraper
        SCRAPER = ProvinceScraper(slug="{slug}", name="示例省", short_name="示例", code="{code}",
                                  region="中部", department="示例省生态环境厅")
    """


def test_a_unit_declared_twice_in_a_temp_package_raises_duplicate_province_error(temp_import_path):
    # Slugs must equal file names, so a copied module shows up as the same unit (code) twice.
    name = _temp_package(
        temp_import_path,
        "tmpprov_dup",
        {"alpha": _module("alpha", "360000"), "beta": _module("beta", "360000")},
    )
    with pytest.raises(DuplicateProvinceError, match=r"beta.*alpha"):
        load_registry(name)


def test_a_temp_package_with_distinct_units_loads(temp_import_path):
    name = _temp_package(
        temp_import_path,
        "tmpprov_ok",
        {"alpha": _module("alpha", "360000"), "beta": _module("beta", "370000")},
    )
    assert [s.slug for s in load_registry(name)] == ["alpha", "beta"]


def test_a_module_whose_slug_differs_from_its_file_name_is_refused(temp_import_path):
    name = _temp_package(temp_import_path, "tmpprov_name", {"alpha": _module("gamma", "360000")})
    with pytest.raises(ValueError, match="must match the file name"):
        load_registry(name)


# --- the contract every registered scraper keeps -------------------------------------------


@pytest.mark.parametrize("scraper", list(REGISTRY), ids=lambda s: s.slug)
def test_contract_identity_is_well_formed(scraper: ProvinceScraper):
    assert scraper.slug in MODULE_FILES
    assert scraper.slug.isascii() and scraper.slug.isidentifier() and scraper.slug.islower()
    assert len(scraper.code) == 6 and scraper.code.isdigit() and scraper.code.endswith("0000")
    assert scraper.region in ("东部", "中部", "西部", "东北")
    assert scraper.short_name in scraper.name


@pytest.mark.parametrize("scraper", list(REGISTRY), ids=lambda s: s.slug)
def test_contract_department_names_the_unit_and_resolves_to_it(scraper: ProvinceScraper):
    assert scraper.name in scraper.department or scraper.short_name in scraper.department
    assert scraper.department.endswith(("生态环境厅", "生态环境局"))
    assert REGISTRY.find_in_text(scraper.department) is scraper


@pytest.mark.parametrize("scraper", list(REGISTRY), ids=lambda s: s.slug)
def test_contract_fix_blocks_returns_a_list_of_blocks(scraper: ProvinceScraper):
    assert callable(scraper.fix_blocks)
    blocks = ["问：示例问题？", "答：示例回答。"]
    fixed = scraper.fix_blocks(list(blocks))
    assert isinstance(fixed, list) and all(isinstance(b, str) for b in fixed)
    assert scraper.fix_blocks([]) == []


@pytest.mark.parametrize("scraper", list(REGISTRY), ids=lambda s: s.slug)
def test_contract_module_has_a_docstring_naming_the_unit(scraper: ProvinceScraper):
    module = sys.modules[f"scrapers.provinces.{scraper.slug}"]
    assert module.__doc__ and scraper.short_name in module.__doc__
