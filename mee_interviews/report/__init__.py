"""The analysts' HTML report: one self-contained file with a page per province, per core
indicator, claims by scope, failed quality checks and the run history.

``write_report(db, out)`` reads the warehouse (or its snapshot while an ingest writes) through
``warehouse.report_data`` and renders ``pages`` into ``document``; charts are Vega-Lite specs
built with Altair (``charts``). Run ``python -m mee_interviews.report DB OUT``.
"""

from __future__ import annotations

from pathlib import Path

from mee_interviews.report.document import render_document
from mee_interviews.report.pages import all_pages
from warehouse import reports
from warehouse.export import open_reader_or_snapshot
from warehouse.report_data import report_data
from warehouse.target_files import check_target, replaced_atomically


def write_report(db_path: Path, out: Path) -> Path:
    """Render the report of the warehouse at ``db_path`` into ``out`` (atomically, never over
    anything but a regular file: ``warehouse.target_files``); returns ``out``."""
    check_target(out)  # before the work, not after it
    engine, from_snapshot = open_reader_or_snapshot(db_path)
    try:
        overview = reports.overview(engine)
        data = report_data(engine)
    finally:
        engine.dispose()
    note = "数据来自快照 (an ingest was running)" if from_snapshot else ""
    page = render_document(overview, data["coverage"], all_pages(data), note=note)
    with replaced_atomically(out) as file:
        file.write(page.encode("utf-8"))
    return out


__all__ = ["write_report"]
