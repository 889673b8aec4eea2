"""A module constant is bound once: a second ``_NAME_RE = …`` further down a module silently
replaces the first for every function that reads it (two patterns in ``scrapers/extract`` once
shared a name this way, and the earlier one's reader got the later pattern)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("mee_interviews", "flows", "scrapers", "warehouse", "models", "scripts")


def _constant_names(node: ast.stmt) -> list[str]:
    """The upper-case names (``NAME``, ``_NAME``) a module-level statement binds."""
    if isinstance(node, ast.Assign):
        targets = node.targets
    elif isinstance(node, ast.AnnAssign):
        targets = [node.target]
    else:
        return []
    return [t.id for t in targets if isinstance(t, ast.Name) and t.id.lstrip("_").isupper()]


def rebound_constants(source: str) -> list[str]:
    """The module constants ``source`` binds more than once at its top level."""
    counts = Counter(name for node in ast.parse(source).body for name in _constant_names(node))
    return sorted(name for name, n in counts.items() if n > 1)


def test_a_constant_bound_twice_at_module_level_is_found() -> None:
    source = 'import re\n_A_RE = re.compile("x")\nLIMIT: int = 3\n_A_RE = re.compile("y")\n_b = 1\n_b = 2\n'
    assert rebound_constants(source) == ["_A_RE"]


def test_no_module_of_the_project_binds_a_constant_twice() -> None:
    found = {
        str(path.relative_to(ROOT)): names
        for package in PACKAGES
        for path in sorted((ROOT / package).rglob("*.py"))
        if (names := rebound_constants(path.read_text(encoding="utf-8")))
    }
    assert found == {}
