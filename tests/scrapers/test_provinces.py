"""The province registry: complete, correctly coded, and a contract every scraper module keeps."""

import sys
import textwrap
import tomllib
from collections import Counter
from pathlib import Path

import pytest

import scrapers.provinces as provinces_pkg
from scrapers.provinces import (
    DuplicateProvinceError,
    ProvinceScraper,
    ProvinceTableError,
    UnknownProvinceError,
    default_registry,
    load_registry,
)

REGISTRY = default_registry()
MODULE_FILES = sorted(
    p.stem
    for p in Path(provinces_pkg.__file__).parent.glob("*.py")
    if p.stem not in provinces_pkg.INFRASTRUCTURE and not p.stem.startswith("_")
)
TABLE = (Path(provinces_pkg.__file__).parent / "units.toml").read_text(encoding="utf-8")


def test_the_registry_holds_exactly_32_provincial_units():
    assert len(REGISTRY) == 32
    assert len({s.code for s in REGISTRY}) == 32


def test_site_data_lives_in_the_table_and_only_sites_that_need_code_have_a_module():
    rows = {row["slug"]: row for row in tomllib.loads(TABLE)["unit"]}
    assert sorted(s.slug for s in REGISTRY if s.site is not None) == sorted(
        s for s, r in rows.items() if "site" in r
    )
    assert MODULE_FILES == ["chongqing", "jilin"]  # scripted article sources no family reads
    for slug in MODULE_FILES:
        module = sys.modules[f"scrapers.provinces.{slug}"]
        assert isinstance(REGISTRY.get(slug).site, module.Site)
        assert {k for k in vars(module.Site) if not k.startswith("_")} == {"account"}  # code, no data


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


def test_a_slug_declared_twice_in_the_table_raises_duplicate_province_error():
    first = TABLE.index("\n[[unit]]\n")
    twice = TABLE + TABLE[first : TABLE.index("\n[[unit]]\n", first + 1)]
    with pytest.raises(DuplicateProvinceError, match=r"slug 'beijing' already used by beijing"):
        load_registry(table=twice)


def test_a_table_row_with_an_unknown_key_names_the_row_and_the_key():
    with pytest.raises(ProvinceTableError, match=r"row 1 \(beijing\).*unknown keys \['website'\]"):
        load_registry(table=TABLE.replace('slug = "beijing"', 'slug = "beijing"\nwebsite = "x"', 1))


def test_a_module_without_a_table_row_is_refused_with_the_known_slugs(temp_import_path):
    name = _temp_package(temp_import_path, "tmpprov_stray", {"atlantis": "SITE = None"})
    with pytest.raises(ProvinceTableError, match=r"atlantis have no row in units.toml; known: .*beijing"):
        load_registry(name)


def test_a_module_whose_cms_family_differs_from_its_table_row_is_refused(temp_import_path):
    body = "from scrapers.provinces.cms import TrsSite\nclass Site(TrsSite):\n    pass\n"
    name = _temp_package(temp_import_path, "tmpprov_family", {"jiangxi": body})
    with pytest.raises(ValueError, match=r"Site is a 'trs' site but units.toml says 'jcms'"):
        load_registry(name)


def test_a_module_without_a_site_class_is_refused_with_where_site_data_goes(temp_import_path):
    name = _temp_package(temp_import_path, "tmpprov_nosite", {"jiangxi": "SITE = None"})
    with pytest.raises(TypeError, match=r"must define Site.*site data goes in units.toml"):
        load_registry(name)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ('unit_id = "380055"\nwebsite = "x"', r"jiangxi: unknown \[unit.site\] keys \['website'\]"),
        ('unit_id = "380055"\nlist_api = { path = "/q" }', r"jiangxi: list_api: .*exactly one of page_field"),
        (
            'label = "头条" }',
            r"confirmed but names no recording",
        ),
    ],
)
def test_malformed_site_data_names_the_unit_and_the_key(change: str, message: str):
    table = TABLE.replace(
        'unit_id = "380055"\nlist_api = { path = "/queryList", page_field = "current" }',
        'unit_id = "380055"',
        1,
    )
    if change.startswith("label"):
        table = table.replace('label = "头条" }', 'label = "头条", status = "confirmed" }', 1)
    else:
        table = table.replace('unit_id = "380055"', change, 1)
    with pytest.raises(ProvinceTableError, match=message):
        load_registry(table=table)


def test_bingtuan_keeps_its_project_local_code_documented_in_the_table():
    assert REGISTRY.get("bingtuan").code == "660000"
    assert "project-local 660000" in TABLE


def test_department_hosts_resolve_to_their_unit_including_a_former_domain():
    assert REGISTRY.by_host("sthjt.jiangxi.gov.cn").slug == "jiangxi"  # type: ignore[union-attr]
    assert REGISTRY.by_host("www.hljdep.gov.cn").slug == "heilongjiang"  # type: ignore[union-attr]
    assert REGISTRY.by_host("example.org") is None


# --- the contract every registered scraper keeps -------------------------------------------


@pytest.mark.parametrize("scraper", list(REGISTRY), ids=lambda s: s.slug)
def test_contract_identity_is_well_formed(scraper: ProvinceScraper):
    assert scraper.slug not in MODULE_FILES or scraper.site is not None
    assert scraper.domain.endswith(".gov.cn")
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


@pytest.mark.parametrize("scraper", [s for s in REGISTRY if s.site is not None], ids=lambda s: s.slug)
def test_contract_site_data_says_what_the_evidence_is_naming_the_unit(scraper: ProvinceScraper):
    assert scraper.site is not None
    about = scraper.site.about
    assert about and scraper.short_name in about and scraper.domain in about


@pytest.mark.parametrize("slug", MODULE_FILES)
def test_contract_a_province_module_has_a_docstring_naming_the_unit(slug: str):
    scraper, module = REGISTRY.get(slug), sys.modules[f"scrapers.provinces.{slug}"]
    assert module.__doc__ and scraper.short_name in module.__doc__ and scraper.domain in module.__doc__
