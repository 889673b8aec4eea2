"""Render ``scripts/bench.py`` measurements as one table of ratios and a goals summary."""

from __future__ import annotations

import os
import platform
from typing import Any

GOALS = {  # issue 22: peak RSS with Prefect per N, the others as in issue 14
    "ingest_cpu_ratio": 1.3,  # at every N
    "peak_rss_mb": {3000: 400.0, 10000: 450.0},
    "load_ratio": 1.5,
    "reparse_pages_per_s_at_3000": 50.0,
}
HEADER = (
    "| N | ingest CPU s: Prefect / plain = ratio | wall s: Prefect / plain = ratio | peak RSS MB: "
    "Prefect / plain | peak threads: Prefect / plain | load ms/episode: ours / unnest = ratio | "
    "reparse pages/s (CPU s) | load avg |\n|---|---|---|---|---|---|---|---|"
)


def row(r: dict[str, Any]) -> str:
    """One table row for one corpus size."""
    p, f, load, rep = r["plain"], r["prefect"], r["plain"]["load"], r["reparse"]
    cells = [
        str(r["size"]),
        f"{f['cpu_s']:.1f} / {p['cpu_s']:.1f} = **{f['cpu_s'] / p['cpu_s']:.2f}×**",
        f"{f['wall_s']:.1f} / {p['wall_s']:.1f} = {f['wall_s'] / p['wall_s']:.2f}×",
        f"{f['peak_rss_mb']:.0f} / {p['peak_rss_mb']:.0f}",
        f"{f['peak_threads']} / {p['peak_threads']}",
        f"{load['ours_ms_per_episode']:.2f} / {load['bulk_ms_per_episode']:.2f} = "
        f"**{load['ours_ms_per_episode'] / load['bulk_ms_per_episode']:.2f}×**",
        f"{rep['pages_per_s']:.0f} ({rep['cpu_s']:.0f})",
        " ".join(f"{x:.1f}" for x in r["load_average"]),
    ]
    return "| " + " | ".join(cells) + " |"


def render(results: list[dict[str, Any]]) -> str:
    """The table of every size."""
    return "\n".join([HEADER, *(row(r) for r in results)])


def summary(results: list[dict[str, Any]]) -> str:
    """Each goal against the measurement it names (when that size was measured), then the peak
    RSS of every size."""
    by_size = {r["size"]: r for r in results}
    lines = [f"machine: {platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"]
    for r in results:
        ratio = r["prefect"]["cpu_s"] / r["plain"]["cpu_s"]
        lines.append(_goal(f"ingest CPU Prefect/plain at N={r['size']}", ratio, GOALS["ingest_cpu_ratio"]))
    for size, goal in GOALS["peak_rss_mb"].items():
        if size in by_size:
            lines.append(
                _goal(
                    f"peak RSS with Prefect at N={size} (MB)", by_size[size]["prefect"]["peak_rss_mb"], goal
                )
            )
    if 3000 in by_size:
        rate = by_size[3000]["reparse"]["pages_per_s"]
        lines.append(
            _goal("reparse pages/s at N=3000", rate, GOALS["reparse_pages_per_s_at_3000"], at_least=True)
        )
    worst = max(
        r["plain"]["load"]["ours_ms_per_episode"] / r["plain"]["load"]["bulk_ms_per_episode"] for r in results
    )
    lines.append(_goal("load / unnest bulk insert, worst size", worst, GOALS["load_ratio"]))
    lines.append(
        "peak RSS MB per N, Prefect / plain (largest parser process): "
        + ", ".join(
            f"{r['size']}: {r['prefect']['peak_rss_mb']:.0f} / {r['plain']['peak_rss_mb']:.0f} "
            f"({r['prefect'].get('children_peak_rss_mb', 0):.0f})"
            for r in results
        )
    )
    return "\n".join(lines)


def _goal(name: str, value: float, goal: float, *, at_least: bool = False) -> str:
    met = value >= goal if at_least else value <= goal
    return f"{name}: {value:.2f} (goal {'≥' if at_least else '≤'} {goal}) {'met' if met else 'NOT met'}"
