"""Benchmark: how close a crawl of many hosts comes to the politeness bound.

    PYTHONPATH=. .venv/bin/python scripts/bench_hosts.py --hosts 32 --delay 1.0 --articles 10 [--json]

H department websites, each on its own loopback address (127.0.0.2, 127.0.0.3, … one port), each
with a robots.txt, one list page in its unit's CMS family (TRS, Hanweb JCMS or plain links) and
``--articles`` episode pages, every answer after ``--latency`` seconds (50 ms). The ingest flow
(live, department sites only, every delay ``--delay`` seconds and no jitter) runs in a child
process against a temporary Prefect server; the servers record when each request arrived.

Prints ``bound_rps`` (H / delay: one request per host per delay), ``achieved_rps`` over the
whole crawl and per phase (``discovery``: robots.txt and list pages; ``articles``: episode
pages), ``ratio`` (whole crawl / bound), ``min_gap_violations`` (two requests to one host that
started less than the delay apart) and the child's peak RSS. A phase's rate is its requests over
the time from its first request's start to its last one's, plus one delay: each request takes
one delay slot of its host, so H hosts kept busy throughout score exactly the bound.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from itertools import pairwise
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scrapers.provinces import default_registry  # noqa: E402
from tests.support.fault_server import FaultServer, RecordedRequest, Reply, robots_txt  # noqa: E402
from tests.support.offline import department_sites_off  # noqa: E402

LIST = "/list.html"


def unit_sites(count: int) -> list[Any]:
    """The first ``count`` units with a department-site module, in the order a run walks them."""
    units = sorted((u for u in default_registry() if u.site is not None), key=lambda u: u.code)
    if count > len(units):
        raise SystemExit(f"--hosts is at most {len(units)} (one per unit with a department-site module)")
    return units[:count]


def article_path(family: str, n: int) -> str:
    """An article URL each family's list reader accepts."""
    if family == "trs":
        return f"/col/202502/t20250219_{1000 + n}.html"
    if family == "jcms":
        return f"/art/2025/2/19/art_1_{1000 + n}.html"
    return f"/news/2025/{1000 + n}.html"


def list_page(family: str, unit: Any, articles: int) -> str:
    """The unit's list page: ``articles`` links whose titles name the column, in the markup its
    module reads (its own list selector, else its family's)."""
    anchors = [
        f'<a href="{article_path(family, n)}" title="{title(unit, n)}">{title(unit, n)}</a>'
        for n in range(1, articles + 1)
    ]
    selector = getattr(unit.site, "list_item_selector", "")
    if family == "jcms":
        records = "".join(
            f"<record><![CDATA[<li>{a}<span>2025-02-19</span></li>]]></record>" for a in anchors
        )
        body = f"<datastore><totalrecord>{articles}</totalrecord><recordset>{records}</recordset></datastore>"
    elif selector:
        body = "".join(_wrapped(selector.split(",")[0], a) for a in anchors)
    else:
        body = (
            '<ul class="list">' + "".join(f"<li>{a}<span>2025-02-19</span></li>" for a in anchors) + "</ul>"
        )
    return f"<!DOCTYPE html><html><head><title>list</title></head><body>{body}</body></html>"


def _wrapped(selector: str, anchor: str) -> str:
    """``anchor`` inside elements matching a simple CSS selector (``div.a > ul > li > a``)."""
    steps = [s for s in selector.replace(">", " ").split() if s]
    *outer, last = steps
    tag = last.split(".")[0].split("#")[0] or "a"
    classes = " ".join(last.split("#")[0].split(".")[1:])
    inner = (
        anchor.replace("<a ", f'<{tag} class="{classes}" ', 1) if tag == "a" else f"<{tag}>{anchor}</{tag}>"
    )
    for step in reversed(outer):
        name, _, ident = step.partition("#")
        tag, *cls = name.split(".")
        attrs = (f' class="{" ".join(cls)}"' if cls else "") + (f' id="{ident}"' if ident else "")
        inner = f"<{tag or 'div'}{attrs}>{inner}</{tag or 'div'}>"
    return inner


def title(unit: Any, n: int) -> str:
    return f"厅局长请回答（{n}） | 李军:推进美丽{unit.short_name}建设"


def article_page(unit: Any, n: int) -> str:
    """An episode page: the column's title and a short question-and-answer body."""
    paragraphs = [
        f"——{unit.department}厅长李军",
        "问:可以分享一下2024年的工作亮点吗?",
        f"一是美丽底色更亮。全省PM2.5平均浓度{20 + n}微克/立方米,空气优良天数比率9{n % 10}.5%。",
        "二是发展成色更足。生态环境质量继续保持稳中向好态势。",
        "问:2025年有哪些重点举措?",
        "一是坚持改革创新,着力完善生态环境体制机制。",
        f"供稿 | {unit.department}",
    ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head><title>{title(unit, n)}</title>"
        f'<meta name="ArticleTitle" content="{title(unit, n)}"><meta name="PubDate" content="2025-02-19 18:00">'
        f'</head><body><h1 class="title">{title(unit, n)}</h1><div class="sub-title">发布时间：2025-02-19 18:00</div>'
        f'<div class="TRS_Editor zoom" id="zoom">{body}</div></body></html>'
    )


def _html(text: str, latency: float) -> Reply:
    return Reply(
        headers={"Content-Type": "text/html; charset=utf-8"},
        body=text.encode("utf-8"),
        delay_before_headers=latency,
    )


@contextmanager
def host_sites(hosts: int, articles: int, latency: float) -> Iterator[list[tuple[Any, FaultServer]]]:
    """One FaultServer per unit on 127.0.0.2 … 127.0.0.(hosts + 1), all on one port."""
    units = unit_sites(hosts)
    with ExitStack() as stack:
        first = stack.enter_context(FaultServer("127.0.0.2"))
        servers = [first] + [
            stack.enter_context(FaultServer(f"127.0.0.{i + 2}", first.port)) for i in range(1, hosts)
        ]
        for unit, server in zip(units, servers, strict=True):
            robots = robots_txt("User-agent: *\nAllow: /\n")
            server.route(
                "/robots.txt", Reply(robots.status, robots.headers, robots.body, delay_before_headers=latency)
            )
            server.route(LIST, _html(list_page(unit.cms, unit, articles), latency))
            for n in range(1, articles + 1):
                server.route(article_path(unit.cms, n), _html(article_page(unit, n), latency))
        yield list(zip(units, servers, strict=True))


def settings_env(sites: list[tuple[Any, FaultServer]], delay: float) -> dict[str, str]:
    """A live, department-only run over ``sites``, every delay ``delay`` and no jitter."""
    env = department_sites_off() | {
        "MEE_INTERVIEWS__SOURCES__MEE__ENTRY_POINTS": "[]",
        "MEE_INTERVIEWS__SOURCES__WECHAT__ENTRY_POINTS": "[]",
        "MEE_INTERVIEWS__SOURCES__TW_MIRROR__ENTRY_POINTS": "[]",
        "MEE_INTERVIEWS__HTTP__MIN_DELAY_SECONDS": str(delay),
        "MEE_INTERVIEWS__HTTP__DELAY_JITTER_SECONDS": "0.0",
    }
    for unit, server in sites:
        key = f"MEE_INTERVIEWS__PROVINCES__{unit.slug.upper()}__"
        env |= {
            key + "ENABLED": "true",
            key + "BASE_URL": server.base_url,
            key + "ENTRY_POINTS": f'["{LIST}"]',
            key + "MIN_DELAY_SECONDS": str(delay),
        }
    return env


def rate(times: list[float], delay: float) -> float:
    """Requests per second over their span plus one delay slot (see the module docstring)."""
    return len(times) / (max(times) - min(times) + delay) if times else 0.0


def metrics(sites: list[tuple[Any, FaultServer]], delay: float) -> dict[str, Any]:
    """Rates overall and per phase, and per-host gaps under the delay, from the servers' logs."""
    every: list[float] = []
    phases: dict[str, list[float]] = {"discovery": [], "articles": []}
    violations, smallest = 0, float("inf")
    for _unit, server in sites:
        requests: list[RecordedRequest] = server.requests
        starts = sorted(r.at for r in requests)
        gaps = [b - a for a, b in pairwise(starts)]
        violations += sum(1 for g in gaps if g < delay)
        smallest = min([smallest, *gaps])
        for r in requests:
            phase = "discovery" if r.path.split("?")[0] in ("/robots.txt", LIST) else "articles"
            phases[phase].append(r.at)
            every.append(r.at)
    bound = len(sites) / delay
    overall = rate(every, delay)
    discovery = phases["discovery"]
    return {
        "bound_rps": bound,
        "achieved_rps": {"overall": overall, **{k: rate(v, delay) for k, v in phases.items()}},
        "ratio": overall / bound,
        "min_gap_violations": violations,
        "smallest_gap_s": smallest if smallest != float("inf") else None,
        "requests": len(every),
        "requests_per_phase": {k: len(v) for k, v in phases.items()},
        "crawl_s": max(every) - min(every) if every else 0.0,
        "discovery_s": max(discovery) - min(discovery) if discovery else 0.0,
    }


def child(db: Path) -> dict[str, Any]:
    """The ingest flow, live, against the sites in the environment; wall, CPU and peak RSS."""
    import resource

    from flows.ingest import ingest

    start, cpu = time.perf_counter(), time.process_time()
    state = ingest(db_path=str(db), mode="live", return_state=True)
    result = state.result(raise_on_failure=False)
    counts = result if isinstance(result, dict) else getattr(result, "result", {})
    return {
        "wall_s": time.perf_counter() - start,
        "cpu_s": time.process_time() - cpu,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "state": state.name,
        "counts": {k: v for k, v in counts.items() if isinstance(v, int | float | str)},
    }


def run(hosts: int, delay: float, articles: int, latency: float) -> dict[str, Any]:
    """Start a temporary Prefect server and the sites, run the child, measure."""
    os.environ.setdefault("PREFECT_HOME", tempfile.mkdtemp(prefix="prefect-bench-hosts-"))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()
    server.start(timeout=180)
    try:
        with (
            tempfile.TemporaryDirectory(prefix="bench-hosts-") as tmp,
            host_sites(hosts, articles, latency) as sites,
        ):
            env = {
                **os.environ,
                **settings_env(sites, delay),
                "PREFECT_API_URL": server.api_url,
                "PYTHONPATH": str(ROOT),
            }
            cmd = [sys.executable, str(Path(__file__)), "--child", str(Path(tmp) / "hosts.duckdb")]
            done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                raise RuntimeError(f"the ingest child failed:\n{done.stderr[-3000:]}")
            flow = json.loads(done.stdout.strip().splitlines()[-1])
            out = {"hosts": hosts, "delay_s": delay, "articles_per_host": articles, "latency_s": latency}
            return out | metrics(sites, delay) | {"flow": flow, "peak_rss_mb": flow["peak_rss_mb"]}
    finally:
        server.stop()


def render(r: dict[str, Any]) -> str:
    a = r["achieved_rps"]
    return (
        f"{r['hosts']} hosts, delay {r['delay_s']:g} s, {r['articles_per_host']} articles each, "
        f"latency {r['latency_s'] * 1000:.0f} ms\n"
        f"bound {r['bound_rps']:.1f} req/s; achieved {a['overall']:.2f} overall "
        f"(discovery {a['discovery']:.2f}, articles {a['articles']:.2f}); ratio {r['ratio']:.2f}\n"
        f"gaps under the delay: {r['min_gap_violations']} (smallest {r['smallest_gap_s']:.3f} s); "
        f"{r['requests']} requests in {r['crawl_s']:.1f} s (discovery {r['discovery_s']:.1f} s); "
        f"flow wall {r['flow']['wall_s']:.1f} s, peak RSS {r['peak_rss_mb']:.0f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--hosts", type=int, default=32)
    parser.add_argument("--delay", type=float, default=1.0, help="per-host delay, seconds")
    parser.add_argument("--articles", type=int, default=10, help="episode pages per host")
    parser.add_argument("--latency", type=float, default=0.05, help="seconds before each answer")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child)))
        return
    result = run(args.hosts, args.delay, args.articles, args.latency)
    print(json.dumps(result, indent=2) if args.json else render(result))


if __name__ == "__main__":
    main()
