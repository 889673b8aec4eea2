"""``mee-interviews doctor``: is the warehouse, its archive, the configuration and Prefect healthy?

Every check returns a ``Finding`` with what to do about it; the command exits 1 when any
finding is not ok (warnings are ok). It never migrates; its one write marks runs whose process
died as failed (see ``doctor_runs``).
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from mee_interviews.cli_conventions import one_line
from mee_interviews.doctor_config import check_settings
from mee_interviews.doctor_prefect import check_prefect
from mee_interviews.doctor_runs import check_runs
from mee_interviews.findings import Finding
from warehouse.engine import WarehouseBusyError, WarehouseMissingError, open_reader
from warehouse.health import (
    BodyMismatch,
    duplicate_keys,
    raw_body_mismatches,
    reference_summary,
    schema_version,
)
from warehouse.reference import curated_text, curated_version
from warehouse.schema import SCHEMA_VERSION

__all__ = ["Finding", "exit_code", "format_findings", "run_doctor"]


def run_doctor(
    db_path: Path, settings_path: Path | None, env: Mapping[str, str] | None = None
) -> list[Finding]:
    """Run every check; ``env`` defaults to the process environment (read now, not at import)."""
    env = dict(os.environ) if env is None else dict(env)
    return [*check_warehouse(db_path), *check_settings(settings_path, env), check_prefect(env)]


def check_warehouse(db_path: Path) -> list[Finding]:
    """The file opens read-only, its schema version matches the code, its archive hashes match,
    no dead run is left ``running`` and the latest runs ended well."""
    try:
        engine = open_reader(db_path)
    except WarehouseMissingError:
        return [Finding("warehouse", False, f"no warehouse at {db_path}", "run `mee-interviews ingest`")]
    except WarehouseBusyError:
        return [
            Finding(
                "warehouse",
                False,
                f"{db_path} is locked: an ingest is running",
                "wait for the ingest to end, then run doctor again",
            )
        ]
    except Exception as exc:  # a file that does not open at all is doctor's finding, not its crash
        return [
            Finding(
                "warehouse",
                False,
                f"{db_path} does not open as a DuckDB database: {one_line(exc)}",
                "check the --db path (or [warehouse] path); move the file aside to start a new warehouse",
            )
        ]
    try:
        findings = [Finding("warehouse", True, f"{db_path} opens read-only")]
        version = schema_version(engine)
        findings.append(_version_finding(version))
        if version is not None:
            findings.append(_archive_finding(*raw_body_mismatches(engine)))
        if version == SCHEMA_VERSION:
            findings.append(_reference_finding(*reference_summary(engine)))
            findings.append(_keys_finding(duplicate_keys(engine)))
    finally:
        engine.dispose()
    if version == SCHEMA_VERSION:  # the ledger's columns are the ones this code knows
        findings.extend(check_runs(db_path))
    return findings


def _keys_finding(repeats: dict[str, int]) -> Finding:
    """The keys the load keeps unique without an index (migration 13): none may repeat."""
    bad = {table: n for table, n in repeats.items() if n}
    if not bad:
        return Finding("keys", True, f"no repeated key in {', '.join(sorted(repeats))}")
    listed = ", ".join(f"{table}: {n} rows" for table, n in sorted(bad.items()))
    return Finding(
        "keys",
        False,
        f"rows repeating a key: {listed}",
        "run `mee-interviews reparse` to write those episodes again, and report it as a bug",
    )


def _reference_finding(loaded: str | None, curated: int, pages: int, crawled: int) -> Finding:
    """The reference figures fact checks use: the shipped curated file's version loaded, and the
    bulletin pages read (a warning only: an older version still checks, against older figures)."""
    shipped = curated_version(curated_text())
    crawl = f"; {crawled} figures from {pages} crawled bulletin pages" if pages else ""
    if loaded != shipped:
        return Finding(
            "reference figures",
            True,
            f"curated reference file version {loaded or 'none'} loaded, this code ships {shipped}{crawl}",
            "run `mee-interviews ingest` or `mee-interviews reparse` to load it",
            warning=True,
        )
    return Finding("reference figures", True, f"curated reference file {loaded}: {curated} figures{crawl}")


def _version_finding(version: int | None) -> Finding:
    if version == SCHEMA_VERSION:
        return Finding("schema", True, f"schema version {version} (current)")
    if version is None:
        return Finding(
            "schema",
            False,
            "no schema_version table: not a mee-interviews warehouse",
            "check the --db path, or run `mee-interviews ingest` to create one",
        )
    if version < SCHEMA_VERSION:
        return Finding(
            "schema",
            False,
            f"schema version {version}, this code expects {SCHEMA_VERSION}",
            "run mee-interviews ingest or reparse to migrate",
        )
    return Finding(
        "schema",
        False,
        f"schema version {version} is newer than this code ({SCHEMA_VERSION})",
        "upgrade mee-interviews",
    )


def _archive_finding(checked: int, mismatches: Sequence[BodyMismatch]) -> Finding:
    if not mismatches:
        return Finding("raw archive", True, f"{checked} archived bodies match their sha256")
    listed = "; ".join(f"{m.url} (stored {m.stored[:12]}…, actual {m.actual[:12]}…)" for m in mismatches[:10])
    more = f" and {len(mismatches) - 10} more" if len(mismatches) > 10 else ""
    return Finding(
        "raw archive",
        False,
        f"{len(mismatches)} of {checked} bodies do not match their sha256: {listed}{more}",
        "re-fetch those URLs (mee-interviews ingest --live) and re-parse; do not trust their episodes until then",
    )


def format_findings(findings: Sequence[Finding]) -> str:
    """One line per finding (✓ ok, ! warning, ✗ problem), the action indented under it."""
    lines = []
    for f in findings:
        mark = "✗" if not f.ok else "!" if f.warning else "✓"
        lines.append(f"{mark} {f.name}: {f.message}")
        if f.action and (not f.ok or f.warning):
            lines.append(f"    → {f.action}")
    return "\n".join(lines)


def exit_code(findings: Sequence[Finding]) -> int:
    """1 when any finding is not ok, else 0."""
    return 0 if all(f.ok for f in findings) else 1
