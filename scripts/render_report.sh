#!/usr/bin/env bash
# Build the sample warehouse, render the HTML report from it, and screenshot the report with
# headless Chromium, to check by eye what analysts will see.
#
#   scripts/render_report.sh [OUT_DIR]        (default: build/report)
#
# Writes OUT_DIR/sample.duckdb (the bundled sample, ingested offline), OUT_DIR/report.html and
# OUT_DIR/report.png (1280×2000). Needs Chromium (`apt-get install -y chromium`) and a CJK font
# (`apt-get install -y fonts-noto-cjk`), or Chinese renders as boxes. Set PYTHON to choose the
# interpreter (default .venv/bin/python), MEE the CLI (default .venv/bin/mee-interviews) and
# CHROMIUM the browser (default chromium). Set DB=/path/to/warehouse.duckdb to skip the ingest
# and render an existing warehouse instead.
# Chromium runs with networking switched off as far as flags allow: the report has no external
# resources, so the screenshot shows exactly the self-contained file.
set -euo pipefail

cd "$(dirname "$0")/.."
OUT_DIR="${1:-build/report}"
PYTHON="${PYTHON:-.venv/bin/python}"
MEE="${MEE:-.venv/bin/mee-interviews}"
CHROMIUM="${CHROMIUM:-chromium}"
mkdir -p "$OUT_DIR"
HTML="$OUT_DIR/report.html"
PNG="$OUT_DIR/report.png"

if [[ -z "${DB:-}" ]]; then
  DB="$OUT_DIR/sample.duckdb"
  rm -f "$DB" "$DB.wal"
  "$MEE" ingest --db "$DB"
fi
"$PYTHON" -m mee_interviews.report "$DB" "$HTML"

PROFILE="$(mktemp -d)"
trap 'rm -rf "$PROFILE"' EXIT
"$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --user-data-dir="$PROFILE" \
  --screenshot="$PNG" --window-size=1280,2000 "file://$(realpath "$HTML")"
echo "report: $HTML"
echo "screenshot: $PNG"
