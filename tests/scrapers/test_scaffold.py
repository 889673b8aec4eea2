"""Scaffolding a department site writes its site data, a test and a stub (a module only when asked),
fails until a page is recorded, and clobbers nothing."""

import subprocess
import sys
from pathlib import Path

import pytest

from mee_interviews.scaffold import STUB_MARKER, ScaffoldError, scaffold_province
from scrapers.provinces import load_registry
from scrapers.provinces.cms import TrsSite
from tests.provinces.support import NEW_UNIT_ROW

ROOT = Path(__file__).resolve().parents[2]
TABLE = ROOT / "scrapers" / "provinces" / "units.toml"
ROWS = TABLE.read_text(encoding="utf-8") + NEW_UNIT_ROW
REGISTRY = load_registry(table=ROWS)


def scaffold(slug: str, family: str, root: Path, *, module: bool = False) -> list[Path]:
    table = root / "scrapers" / "provinces" / "units.toml"
    if not table.exists():
        table.parent.mkdir(parents=True)
        table.write_text(ROWS, encoding="utf-8")
    return scaffold_province(slug, family=family, root=root, module=module, registry=REGISTRY)


def test_scaffold_writes_site_data_under_the_units_row_a_test_and_a_fixture_stub(tmp_path):
    written = scaffold("taiwan", "trs", tmp_path)
    assert [p.relative_to(tmp_path).as_posix() for p in written] == [
        "scrapers/provinces/units.toml",
        "tests/provinces/test_taiwan.py",
        "tests/files/provinces/taiwan.list.html",
    ]
    site = load_registry(table=written[0].read_text(encoding="utf-8")).get("taiwan").site
    assert isinstance(site, TrsSite) and [e.path for e in site.entry_points] == ["/"]
    assert "sthj.example.gov.cn" in site.about and not site.entry_points[0].confirmed
    assert STUB_MARKER in written[2].read_text(encoding="utf-8")


def test_scaffold_writes_a_module_with_a_site_class_only_when_asked(tmp_path):
    written = scaffold("taiwan", "trs", tmp_path, module=True)
    assert written[1].relative_to(tmp_path).as_posix() == "scrapers/provinces/taiwan.py"
    module = written[1].read_text(encoding="utf-8")
    assert "class Site(TrsSite)" in module and "sthj.example.gov.cn" in module
    compile(module, "taiwan.py", "exec")


def test_the_scaffolded_test_fails_rather_than_skips_while_the_stub_is_in_place(tmp_path):
    written = scaffold("taiwan", "trs", tmp_path)
    # Run the generated test inside a copy of the project that has the new data, test and stub.
    proj = tmp_path / "proj"
    proj.mkdir(exist_ok=True)
    for rel in ("scrapers", "tests", "models", "mee_interviews", "warehouse"):
        subprocess.run(["cp", "-r", str(ROOT / rel), str(proj / rel)], check=True)
    for path in written:
        target = proj / path.relative_to(tmp_path)
        target.write_bytes(path.read_bytes())
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/provinces/test_taiwan.py"],
        cwd=proj,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(proj), "PATH": "/usr/bin:/bin"},
    )
    assert "1 failed" in result.stdout and "skipped" not in result.stdout, result.stdout[-2000:]
    assert "record a real list page" in result.stdout


@pytest.mark.parametrize(
    ("slug", "family", "message"),
    [
        ("atlantis", "trs", "add its row to scrapers/provinces/units.toml"),
        ("jiangxi", "jcms", "already has site data"),
        ("taiwan", "jcms", "units.toml says taiwan runs 'trs'"),
        ("taiwan", "drupal", "family must be one of trs, jcms, json, generic"),
        ("base", "trs", "not a province"),
    ],
)
def test_scaffold_refuses_with_a_message_that_says_why(tmp_path, slug, family, message):
    with pytest.raises(ScaffoldError, match=message):
        scaffold(slug, family, tmp_path)
    assert (tmp_path / "scrapers" / "provinces" / "units.toml").read_text(encoding="utf-8") == ROWS
    assert not (tmp_path / "tests").exists()


def test_scaffold_refuses_to_overwrite_and_then_writes_nothing(tmp_path):
    stub = tmp_path / "tests" / "files" / "provinces" / "taiwan.list.html"
    stub.parent.mkdir(parents=True)
    stub.write_text("recorded", encoding="utf-8")
    with pytest.raises(ScaffoldError, match="refusing to overwrite"):
        scaffold("taiwan", "trs", tmp_path)
    assert (tmp_path / "scrapers" / "provinces" / "units.toml").read_text(encoding="utf-8") == ROWS
    assert stub.read_text(encoding="utf-8") == "recorded"
