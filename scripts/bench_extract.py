"""Time per KB of ``extract_text`` and of the quote-offset mapper on 10 KB, 100 KB and 1 MB of real
passages (issues 12 and 14).

The text is the real development set's passages repeated until each size is reached, so every
size has the same mix of figures; the ratio of the largest to the smallest per-KB time shows
whether the extractor is linear (it must stay under 2). Run:

    PYTHONPATH=$PWD python scripts/bench_extract.py [--sizes 10,100,1000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from scrapers.episode.normalize import normalize, original_span_mapper, rejoin_paragraphs
from scrapers.extract import extract_text

SET = Path(__file__).resolve().parent.parent / "tests" / "extract" / "data" / "real-dev-set.jsonl"


def corpus(kilobytes: int, one_line: bool = False) -> str:
    """Real passages repeated up to ``kilobytes`` KB of UTF-8; ``one_line`` joins every line into
    one paragraph (a page whose line breaks were lost), the shape that used to go quadratic."""
    passages = [json.loads(line)["text"] for line in SET.read_text(encoding="utf-8").splitlines() if line]
    out: list[str] = []
    size = 0
    while size < kilobytes * 1024:
        for text in passages:
            out.append(text)
            size += len(text.encode("utf-8")) + 1
            if size >= kilobytes * 1024:
                break
    return " ".join(out).replace("\n", " ") if one_line else "\n".join(out)


def per_kb(texts: dict[int, str], repeat: int) -> dict[int, float]:
    """Best-of-``repeat`` seconds per KB of ``extract_text`` for each text, the sizes interleaved
    round by round so that load from other processes hits every size alike."""
    best = {size: float("inf") for size in texts}
    for _ in range(repeat):
        for size, text in texts.items():
            best[size] = min(best[size], _timed(text) / (len(text.encode("utf-8")) / 1024))
    return best


def _timed(text: str) -> float:
    start = time.perf_counter()
    extract_text(text)
    return time.perf_counter() - start


def mapper_per_kb(texts: dict[int, str], repeat: int) -> dict[int, float]:
    """Best-of-``repeat`` seconds per KB to build ``original_span_mapper`` for a body derived from
    each text the way ``parse`` derives it (normalised, paragraphs rejoined)."""
    bodies = {size: "\n".join(rejoin_paragraphs(normalize(t).text.split("\n"))) for size, t in texts.items()}
    best = {size: float("inf") for size in texts}
    for _ in range(repeat):
        for size, text in texts.items():
            start = time.perf_counter()
            original_span_mapper(bodies[size], text)
            best[size] = min(best[size], (time.perf_counter() - start) / (len(text.encode("utf-8")) / 1024))
    return best


def _print(title: str, timings: dict[int, float]) -> None:
    rows = sorted(timings.items())
    smallest = min(t for _, t in rows)
    print(title)
    print(f"{'size':>8} {'ms/KB':>10} {'ratio':>8}")
    for size, t in rows:
        print(f"{size:>6}KB {t * 1000:>10.2f} {t / smallest:>8.2f}")
    print(f"largest/smallest per-KB time: {max(t for _, t in rows) / smallest:.2f} (goal < 2)\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,100,1000", help="sizes in KB, comma-separated")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    extract_text(corpus(2))  # warm OpenCC and the compiled patterns
    for one_line in (False, True):
        texts = {size: corpus(size, one_line) for size in sizes}
        title = "one paragraph" if one_line else "paragraphs as written"
        _print(f"extract_text, {title}", per_kb(texts, args.repeat))
    written = {size: corpus(size) for size in sizes}
    _print("original_span_mapper (quote offsets back to the page)", mapper_per_kb(written, args.repeat))


if __name__ == "__main__":
    main()
