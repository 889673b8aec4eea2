"""The real development sets, read from ``../shared/data`` beside the repository root.

They are other people's sentences: the repository holds no copy, so a test that needs them
skips, saying why, where ``../shared`` is absent (CI has it).
"""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
REAL_SETS = ("real-dev-set.jsonl", "real-dev-set-2.jsonl")


def shared_set(name: str) -> Path:
    """The path of a real development set in ../shared/data; skips the calling test when absent."""
    path = SHARED_DATA / name
    if not path.is_file():
        pytest.skip(
            f"{path} is absent: the real development sets are other people's text and live only in "
            "../shared/data beside the repository (CI has it), never in the repository"
        )
    return path
