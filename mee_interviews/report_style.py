"""The report's inline stylesheet: system CJK fonts only, no web font, no external resource."""

CSS = """
:root { --ink: #1f2933; --muted: #616e7c; --bar: #2f7d6d; --ref: #c2410c; --line: #d9e2ec; }
* { box-sizing: border-box; }
body { margin: 0; background: #f5f7fa; color: var(--ink);
  font: 14px/1.5 "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; }
main { max-width: 1180px; margin: 0 auto; padding: 24px 32px 48px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 0 0 4px; }
section { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 16px 20px; margin: 18px 0; }
.meta { color: var(--muted); margin: 0 0 10px; }
.columns { display: flex; gap: 24px; }
.columns table { flex: 1; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 3px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { color: var(--muted); font-weight: 600; }
tr.yes td:last-child { color: #1b6e3a; font-weight: 600; }
tr.no td { color: #9aa5b1; }
td.num { white-space: nowrap; font-variant-numeric: tabular-nums; }
tr:target { background: #fff4d6; }
svg.chart { display: block; margin: 8px 0 12px; max-width: 100%; height: auto; }
svg .bar { fill: var(--bar); }
svg a:hover .bar { fill: #1d5a4d; }
svg .label { text-anchor: end; font-size: 13px; fill: var(--ink); }
svg .value { font-size: 12px; fill: var(--ink); paint-order: stroke; stroke: #fff; stroke-width: 3px; }
svg .tick { text-anchor: middle; font-size: 11px; fill: var(--muted); }
svg .grid { stroke: var(--line); stroke-width: 1; }
svg .reference { stroke: var(--ref); stroke-width: 2; stroke-dasharray: 6 4; }
svg .reference-label { text-anchor: middle; font-size: 12px; fill: var(--ref); font-weight: 600; }
.empty { color: var(--muted); }
a { color: #1d4ed8; }
"""
