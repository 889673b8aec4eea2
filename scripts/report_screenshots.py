"""Screenshot one page of each type of the HTML report in headless Chromium (for docs/).

    python scripts/report_screenshots.py DB OUT_DIR

Renders the report of warehouse DB, opens each page type (overview, the first province, the
first core indicator, fact check, claims, checks, runs), fails on console errors or undrawn
charts, and writes OUT_DIR/report-<type>.png at 60 % scale (small enough to commit). Needs Debian's ``chromium``
and ``fonts-noto-cjk`` (or Chinese renders as boxes).
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

from mee_interviews.report import write_report
from mee_interviews.report.browser import chromium_page, find_chromium, visit


def main(db: Path, out_dir: Path) -> None:
    chromium = find_chromium()
    if chromium is None:
        sys.exit("chromium is not installed: apt-get install -y chromium fonts-noto-cjk")
    html = write_report(db, Path(tempfile.mkdtemp()) / "report.html")
    ids = re.findall(
        r'<section class="page" id="([^"]+)" data-kind="([^"]+)"', html.read_text(encoding="utf-8")
    )
    first = {}
    for page_id, kind in ids:
        first.setdefault(kind, page_id)
    out_dir.mkdir(parents=True, exist_ok=True)
    with chromium_page(chromium, scale=0.6) as tools:
        for kind, page_id in first.items():
            seen = visit(tools, f"{html.resolve().as_uri()}#{page_id}", screenshot=True)
            if seen.errors or seen.charts_drawn != seen.charts_expected:
                sys.exit(
                    f"{page_id}: errors {seen.errors}, charts {seen.charts_drawn}/{seen.charts_expected}"
                )
            target = out_dir / f"report-{kind}.png"
            target.write_bytes(seen.screenshot)
            print(f"{target} ({len(seen.screenshot) // 1024} KB)")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
