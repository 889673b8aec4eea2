"""Benchmark: parse + extract throughput and peak memory over the Jiangxi ⑩ pages in every
format. Prints figures; asserts nothing.

    .venv/bin/python scripts/bench_parse.py [ROUNDS]
"""

from __future__ import annotations

import sys
import time
import tracemalloc
from importlib import resources

from scrapers.parse import parse_document
from scrapers.provinces import default_registry

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
        print(
            f"{label:15s}: {len(data) / 1024:6.1f} KiB page, {1000 * seconds / rounds:6.1f} ms per parse "
            f"(with extraction: {len(parsed.episode.indicators)} indicators), peak {peak / 2**20:.1f} MiB"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50)
