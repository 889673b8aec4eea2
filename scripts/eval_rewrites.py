"""Catalog F1 of real passages as written and after each label-keeping rewrite
(``scrapers.extract.rewrites``: PDF line wraps and spaces, subscripts, Chinese-numeral years, unit
spellings, full-width punctuation, Traditional script, a mirror's pinyin annotations, a converter's
Simplified leftovers, a spam mirror's insertions, the passage printed twice, a target sentence
before or after).

A drop against the clean figure is a form the rules do not read yet, found without new labels;
``--misses NAME`` lists that rewrite's misses. Run (both shared sets by default; any file of
real passages in their format with ``--set``):

    PYTHONPATH=$PWD python scripts/eval_rewrites.py [--set PATH ...] [--part dev] [--misses wrap]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scrapers.extract.holdout import select
from scrapers.extract.real_eval import load_real_set, predict, score_passage
from scrapers.extract.real_report import RealReport
from scrapers.extract.rewrites import REWRITES, rewritten

ROOT = Path(__file__).resolve().parent.parent
SETS = [ROOT.parent / "shared" / "data" / name for name in ("real-dev-set.jsonl", "real-dev-set-2.jsonl")]


def score(rows: list[dict[str, object]]) -> RealReport:
    report = RealReport()
    for row in rows:
        score_passage(row, predict(str(row["text"])), report)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", dest="sets", action="append", type=Path, help="a file of real passages")
    parser.add_argument("--part", default="all", choices=("all", "dev", "held-back"))
    parser.add_argument("--misses", choices=sorted(REWRITES), help="list this rewrite's misses")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    paths = args.sets or [p for p in SETS if p.exists()]
    if not paths:
        print("no set given and ../shared/data is absent: pass --set PATH", file=sys.stderr)
        return 2
    rows = [row for path in paths for row in select(load_real_set(path), args.part)]
    clean = score(rows)
    base = clean.catalog().f1
    print(f"{len(rows)} passages from {', '.join(p.name for p in paths)} (part {args.part})")
    print(f"{'rewrite':<16}{'P':>8}{'R':>8}{'F1':>8}{'ΔF1':>8}{'fp':>6}{'generic':>9}")
    print(f"{'(as written)':<16}{_cells(clean, base)}")
    for name in REWRITES:
        report = score(rewritten(rows, name, args.seed))
        print(f"{name:<16}{_cells(report, base)}")
        if name == args.misses:
            misses = report.misses
    if args.misses:
        print(f"\nmisses after {args.misses}:")
        print("\n".join(misses))
    return 0


def _cells(report: RealReport, base: float) -> str:
    s = report.catalog()
    return f"{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}{s.f1 - base:>+8.3f}{s.fp:>6}{report.generic_recall():>9.3f}"


if __name__ == "__main__":
    sys.exit(main())
