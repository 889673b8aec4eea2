"""The run's department-website artifact: one row per province walked (issue 11).

Kept apart from ``flows/artifacts.py`` so the ingest flow gains one call, not a rewrite.
"""

from __future__ import annotations

from prefect.artifacts import create_table_artifact

from scrapers.provinces.walk import SiteReport, site_report_rows


def publish_site_reports(reports: list[SiteReport]) -> None:
    """Publish ``ingest-department-sites`` (outcome per province); nothing when no site was walked."""
    if reports:
        create_table_artifact(
            key="ingest-department-sites",
            table=site_report_rows(reports),
            description="Department websites: ok / empty / blocked / needs_browser / failed, per province",
        )
