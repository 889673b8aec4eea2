"""Benchmark: parse + extract throughput and peak memory over the Jiangxi ⑩ pages in every
format, then time per KB on generated pages of 17 KB (the whole sample) to 2 MB. Prints figures; asserts nothing.

    .venv/bin/python scripts/bench_parse.py [ROUNDS] [--full-max-kb KB]

The scaling table compares, on the same generated page (the WeChat sample with its first
answer grown; ``tests/scrapers/generated_pages.py``):

* ``read+structure``: ``scrapers.base.page.read_page`` (one tree) → classify → family reader →
  ``scrapers.episode.structure`` — the parse without figure extraction;
* ``parse+extract``: the whole ``parse_page`` (adds ``scrapers.extract`` and the quote offset
  mapping), up to ``--full-max-kb`` (default: every size);
* ``get_text``: a bare ``BeautifulSoup(html, "lxml").get_text()``, the baseline;
* ``generic``: read+structure of the unseen ``<section>`` layout grown to the same size, which
  only the generic family (trafilatura) reads, against its own bare ``get_text``.

Each row prints ms per KB of the page's real size and the ratio to the baseline; the last line prints the largest over
the smallest per-KB time of each column (flat scaling is 1.0).
"""

from __future__ import annotations

import sys
import time
import tracemalloc
from collections.abc import Callable
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from bs4 import BeautifulSoup

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from models.records import FetchedPage
from scrapers.base.page import read_page
from scrapers.classify import classify_doc
from scrapers.episode.structure import structure_episode
from scrapers.families.readers import choose_reader
from scrapers.parse import parse_document, parse_page
from scrapers.provinces import Registry, default_registry
from tests.scrapers.generated_pages import sized_generic_page, sized_page

PAGES = {
    "wechat": (
        "jiangxi-10.wechat.html",
        "https://mp.weixin.qq.com/s?__biz=MzkwMDAwMDAwMA==&mid=2650001010&idx=1",
    ),
    "mee": ("jiangxi-10.mee.shtml", "https://www.mee.gov.cn/ywdt/dfnews/202502/t20250219_1100010.shtml"),
    "tw_mirror text": (
        "jiangxi-10.zh-Hant.txt",
        "https://mirror.zh-hant.invalid/a/MzkwMDAwMDAwMA==/2650001010/1",
    ),
}
SIZES_KB = (10, 100, 1024, 2048)
URL = "https://mp.weixin.qq.com/s/generated"
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)  # parsing never reads the clock


def main(rounds: int) -> None:
    registry = default_registry()
    pages = resources.files("mee_interviews").joinpath("sample", "pages")
    parse_document(b"warm-up", "file:x", registry=registry)
    for label, (name, url) in PAGES.items():
        data = pages.joinpath(name).read_bytes()
        start = time.perf_counter()
        for _ in range(rounds):
            parsed = parse_document(data, url, registry=registry)
        seconds = time.perf_counter() - start
        tracemalloc.start()  # a separate pass: tracing slows Python code several times over
        parse_document(data, url, registry=registry)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert parsed.episode is not None
        best = _best(lambda data=data, url=url: parse_document(data, url, registry=registry), rounds)
        baseline = _best(lambda data=data: BeautifulSoup(data.decode("utf-8"), "lxml").get_text(), rounds)
        print(
            f"{label:15s}: {len(data) / 1024:6.1f} KiB page, {1000 * seconds / rounds:6.1f} ms per parse "
            f"(with extraction: {len(parsed.episode.indicators)} indicators), peak {peak / 2**20:.1f} MiB; "
            f"fastest run {1000 * best:.1f} ms = {best / baseline:4.1f}x a bare get_text ({1000 * baseline:.1f} ms)"
        )


def _best(run: Callable[..., object], rounds: int) -> float:
    """The fastest of ``rounds`` runs, in seconds (the least disturbed by other load)."""
    times = []
    for _ in range(max(rounds, 1)):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def _read_and_structure(html: str, registry: Registry) -> None:
    doc = read_page(html, URL)  # a WeChat URL: the generic page shows the fallback from a known family
    classify_doc(doc)
    structure_episode(choose_reader(doc).read(doc), registry)


def _full_parse(html: str, registry: Registry) -> None:
    page = FetchedPage(URL, URL, 200, (), html.encode(), EPOCH)
    parse_page(page, registry=registry)


def scaling(full_max_kb: int) -> None:
    """Time per KB at each size for the four columns (see the module docstring)."""
    registry = default_registry()
    header = f"{'size':>8s} {'read+structure':>22s} {'parse+extract':>22s} {'get_text':>10s} {'generic':>22s}"
    print(f"\n{header}   ms/KB (x baseline)")
    per_kb: dict[str, list[float]] = {
        "read+structure": [],
        "parse+extract": [],
        "get_text": [],
        "generic": [],
    }
    for target in SIZES_KB:
        html = sized_page(target * 1024)
        kb = len(html.encode()) / 1024  # the real size: the smallest is the whole sample (17 KB)
        rounds = 3 if target <= 100 else 1
        base = _best(lambda html=html: BeautifulSoup(html, "lxml").get_text(), rounds)
        ours = _best(lambda html=html: _read_and_structure(html, registry), rounds)
        full = _best(lambda html=html: _full_parse(html, registry), rounds) if target <= full_max_kb else None
        per_kb["get_text"].append(1000 * base / kb)
        per_kb["read+structure"].append(1000 * ours / kb)
        cells = [f"{1000 * ours / kb:8.3f} ({ours / base:5.2f}x)"]
        if full is None:
            cells.append(f"{'n/a (--full-max-kb)':>22s}")
        else:
            per_kb["parse+extract"].append(1000 * full / kb)
            cells.append(f"{1000 * full / kb:8.3f} ({full / base:5.2f}x)")
        generic = sized_generic_page(target * 1024)
        generic_kb = len(generic.encode()) / 1024
        generic_base = _best(lambda html=generic: BeautifulSoup(html, "lxml").get_text(), rounds)
        generic_time = _best(lambda html=generic: _read_and_structure(html, registry), rounds)
        per_kb["generic"].append(1000 * generic_time / generic_kb)
        cells.append(f"{1000 * generic_time / generic_kb:8.3f} ({generic_time / generic_base:5.2f}x)")
        print(f"{kb:>6.0f}KB {cells[0]:>22s} {cells[1]:>22s} {1000 * base / kb:10.3f} {cells[2]:>22s}")
    ratios = {name: max(v) / min(v) for name, v in per_kb.items() if v}
    print("largest/smallest ms per KB: " + ", ".join(f"{name} {r:.2f}" for name, r in ratios.items()))


if __name__ == "__main__":
    args = sys.argv[1:]
    full_max = max(SIZES_KB)
    if "--full-max-kb" in args:
        at = args.index("--full-max-kb")
        full_max = int(args[at + 1])
        del args[at : at + 2]
    main(int(args[0]) if args else 50)
    scaling(full_max)
