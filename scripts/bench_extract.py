"""Time per KB of ``extract_text`` and of the quote-offset mapper on 10 KB, 100 KB and 1 MB of real
passages (issues 12, 14 and 23).

The text is the real development sets' passages (../shared/data, beside the repository; the
project's own labelled sentences when it is absent) repeated until each size is reached, so every
size has the same mix of figures; the ratio of the largest to the smallest per-KB time shows
whether the extractor is linear (it must stay under 2). With ``--baseline DIR`` (another checkout,
e.g. ``git archive <commit> | tar -x -C DIR``) the same texts are also timed with that tree's
extractor in a child process, round by round alongside this one, and the ratio is printed. Run:

    PYTHONPATH=$PWD python scripts/bench_extract.py [--sizes 10,100,1000] [--repeat 5] [--baseline DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from functools import cache
from pathlib import Path

from scrapers.base.normalize import normalize, original_span_mapper, rejoin_paragraphs
from scrapers.extract import extract_text

ROOT = Path(__file__).resolve().parent.parent
SETS = [ROOT.parent / "shared" / "data" / name for name in ("real-dev-set.jsonl", "real-dev-set-2.jsonl")]
OWN = ROOT / "scrapers" / "extract" / "eval" / "labelled.jsonl"
# The child that times a baseline tree: reads a path a line, prints the seconds extract_text took.
_CHILD = (
    "import sys,time\nfrom scrapers.extract import extract_text\n"
    "for line in sys.stdin:\n t=open(line.strip(),encoding='utf-8').read();s=time.perf_counter();"
    "extract_text(t);print(time.perf_counter()-s,flush=True)\n"
)


@cache
def passages() -> tuple[str, ...]:
    """The real passages of ../shared/data, else the project's own labelled sentences."""
    found = [s for s in SETS if s.is_file()] or [OWN]
    if found == [OWN]:
        print(f"(../shared/data is absent: timing the project's own sentences in {OWN.name})\n")
    return [
        json.loads(line)["text"]
        for path in found
        for line in path.read_text(encoding="utf-8").splitlines()
        if line
    ]


def corpus(kilobytes: int, one_line: bool = False) -> str:
    """Real passages repeated up to ``kilobytes`` KB of UTF-8; ``one_line`` joins every line into
    one paragraph (a page whose line breaks were lost), the shape that used to go quadratic."""
    out: list[str] = []
    size = 0
    texts = passages()
    while size < kilobytes * 1024:
        for text in texts:
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


def against_baseline(texts: dict[int, str], repeat: int, baseline: Path) -> None:
    """Best-of-``repeat`` ms per KB of this tree and of ``baseline``, interleaved round by round."""
    env = {**os.environ, "PYTHONPATH": str(baseline)}
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD],
        cwd=baseline,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdin is not None and child.stdout is not None
    with tempfile.TemporaryDirectory() as tmp:
        files = {size: Path(tmp) / f"{size}.txt" for size in texts}
        for size, text in texts.items():
            files[size].write_text(text, encoding="utf-8")
        warm = Path(tmp) / "warm.txt"
        warm.write_text(corpus(2), encoding="utf-8")
        child.stdin.write(f"{warm}\n")  # the child's imports and first calls, before any timing
        child.stdin.flush()
        child.stdout.readline()
        ours = {size: float("inf") for size in texts}
        theirs = {size: float("inf") for size in texts}
        for _ in range(repeat):
            for size, text in texts.items():
                kb = len(text.encode("utf-8")) / 1024
                ours[size] = min(ours[size], _timed(text) / kb)
                child.stdin.write(f"{files[size]}\n")
                child.stdin.flush()
                theirs[size] = min(theirs[size], float(child.stdout.readline()) / kb)
        child.stdin.close()
        child.wait()
    print(f"extract_text against {baseline} (same texts, same run)")
    print(f"{'size':>8} {'this ms/KB':>12} {'baseline':>10} {'ratio':>7}")
    for size in sorted(texts):
        print(
            f"{size:>6}KB {ours[size] * 1000:>12.2f} {theirs[size] * 1000:>10.2f} {ours[size] / theirs[size]:>7.2f}"
        )
    print()


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
    parser.add_argument("--baseline", type=Path, help="another checkout to time side by side")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    extract_text(corpus(2))  # warm OpenCC and the compiled patterns
    for one_line in (False, True):
        texts = {size: corpus(size, one_line) for size in sizes}
        title = "one paragraph" if one_line else "paragraphs as written"
        _print(f"extract_text, {title}", per_kb(texts, args.repeat))
    written = {size: corpus(size) for size in sizes}
    if args.baseline is not None:
        against_baseline(written, args.repeat, args.baseline.resolve())
    _print("original_span_mapper (quote offsets back to the page)", mapper_per_kb(written, args.repeat))


if __name__ == "__main__":
    main()
