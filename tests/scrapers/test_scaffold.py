"""Scaffolding a province writes the trio, registers it, and refuses to clobber anything."""

import shutil
import sys
from pathlib import Path

import pytest

from scrapers.provinces import default_registry, load_registry
from scrapers.scaffold import STUB_MARKER, ScaffoldError, scaffold_province

NEW = {
    "name": "示例省",
    "short_name": "示例",
    "code": "710000",
    "region": "东部",
    "department": "示例省生态环境厅",
}


def _scaffold(root: Path, slug: str = "shili", **changes) -> list[Path]:
    return scaffold_province(slug, **{**NEW, **changes}, root=root)


@pytest.fixture
def temp_import_path(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(tmp_path))
    before = set(sys.modules)
    yield tmp_path
    for name in set(sys.modules) - before:
        if name.startswith("tmpscaffold_"):
            del sys.modules[name]


def test_scaffold_writes_module_test_and_fixture_stub(tmp_path):
    paths = _scaffold(tmp_path)
    assert [p.relative_to(tmp_path).as_posix() for p in paths] == [
        "scrapers/provinces/shili.py",
        "tests/provinces/test_shili.py",
        "tests/files/provinces/shili.html",
    ]
    assert all(p.is_file() for p in paths)


def test_scaffolded_module_imports_and_registers_in_a_temp_package(temp_import_path):
    module, _, _ = _scaffold(temp_import_path / "root")
    package = temp_import_path / "tmpscaffold_pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    shutil.copy(module, package / "shili.py")
    (scraper,) = load_registry("tmpscaffold_pkg")
    assert (scraper.slug, scraper.code, scraper.region) == ("shili", "710000", "东部")
    assert scraper.department == "示例省生态环境厅"
    assert "示例" in sys.modules["tmpscaffold_pkg.shili"].__doc__


def test_scaffolded_test_compiles_and_skips_until_the_stub_is_replaced(tmp_path):
    _, test, fixture = _scaffold(tmp_path, example_url="https://mp.weixin.qq.com/s/AbC")
    source = test.read_text(encoding="utf-8")
    compile(source, str(test), "exec")
    assert "def test_the_shili_fixture_page_parses_to_an_episode_of_shili" in source
    assert "pytest.skip" in source and "parse_document" in source
    assert 'FIXTURE_URL = "https://mp.weixin.qq.com/s/AbC"' in source
    stub = fixture.read_text(encoding="utf-8")
    assert stub.startswith("<!--") and STUB_MARKER in stub and "raw_pages" in stub


def test_scaffold_refuses_a_registered_slug_and_lists_the_known_ones(tmp_path):
    with pytest.raises(ScaffoldError, match="already registered") as err:
        _scaffold(tmp_path, "jiangxi", code="360000")
    assert all(s.slug in str(err.value) for s in default_registry())
    assert not (tmp_path / "scrapers").exists()


def test_scaffold_refuses_a_code_that_another_unit_has(tmp_path):
    with pytest.raises(ScaffoldError, match="jiangxi"):
        _scaffold(tmp_path, code="360000")


def test_scaffold_refuses_to_overwrite_and_writes_nothing_then(tmp_path):
    fixture = tmp_path / "tests" / "files" / "provinces" / "shili.html"
    fixture.parent.mkdir(parents=True)
    fixture.write_text("recorded page")
    with pytest.raises(ScaffoldError, match="refusing to overwrite"):
        _scaffold(tmp_path)
    assert fixture.read_text() == "recorded page"
    assert not (tmp_path / "scrapers" / "provinces" / "shili.py").exists()


def test_scaffold_twice_refuses_the_second_time(tmp_path):
    _scaffold(tmp_path)
    with pytest.raises(ScaffoldError, match="refusing to overwrite"):
        _scaffold(tmp_path)


@pytest.mark.parametrize(
    ("slug", "changes", "message"),
    [
        ("Shi-Li", {}, "slug"),
        ("base", {}, "slug"),
        ("class", {}, "slug"),
        ("shili", {"code": "71000"}, "code"),
        ("shili", {"code": "710100"}, "code"),
        ("shili", {"region": "南部"}, "region"),
        ("shili", {"short_name": "别处"}, "short_name"),
        ("shili", {"department": "某某生态环境厅"}, "department"),
    ],
)
def test_scaffold_validates_its_arguments(tmp_path, slug, changes, message):
    with pytest.raises(ScaffoldError, match=message):
        _scaffold(tmp_path, slug, **changes)
