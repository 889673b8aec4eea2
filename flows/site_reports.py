"""The run's department-website artifact: one row per province walked (issue 11).

Kept apart from ``flows/artifacts.py`` so the ingest flow gains one call, not a rewrite.
"""

from __future__ import annotations

from datetime import UTC, datetime

from prefect.artifacts import create_table_artifact
from sqlalchemy.engine import Engine

from scrapers.provinces.walk import SiteReport, site_report_rows
from warehouse.department_pages import load_list_pages


def publish_site_reports(reports: list[SiteReport]) -> None:
    """Publish ``ingest-department-sites`` (outcome per province); nothing when no site was walked."""
    if reports:
        create_table_artifact(
            key="ingest-department-sites",
            table=site_report_rows(reports),
            description=(
                "Department websites, per province: ok / empty / listing_unreadable / blocked / "
                "needs_browser / failed, with the articles their list pages held and read"
            ),
        )


def record_list_pages(engine: Engine, run_id: str, reports: list[SiteReport]) -> int:
    """Store every visited department list page's yield in ``department_list_pages``."""
    rows = [
        {
            "slug": r.slug,
            "url": p.url,
            "outcome": p.outcome,
            "form": p.form,
            "articles_listed": p.held,
            "articles_read": p.read,
            "episodes": p.episodes,
            "rendered": p.rendered,
            "reason": p.reason,
        }
        for r in reports
        for p in r.pages
    ]
    return load_list_pages(engine, run_id, rows, now=datetime.now(UTC))
