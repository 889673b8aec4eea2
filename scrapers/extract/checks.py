"""Consistency checks on extracted indicators, as rows for the ``quality_checks`` table.

- ``range``: a catalog figure inside its plausible range (catalog.toml min/max, in unit_base);
- ``percent_bounds``: any percentage within [0, 100];
- ``parts_vs_total``: 招录人员193名，其中博士10名、硕士91名，占比52% -> (10 + 91) / 193 = 52.3%;
- ``cross_source``: one figure (code, subject, year, region) reported differently by two sources.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from models.records import Indicator, QualityCheck
from scrapers.extract.catalog import catalog_by_code

_SHARE_TOLERANCE = 1.0  # percentage points: 52% is a rounded 52.3%


def check_indicators(episode_key: str, indicators: Sequence[Indicator]) -> tuple[QualityCheck, ...]:
    """Range, [0, 100] and parts-against-total checks for one episode's figures (a change-only
    statement has no level to check)."""
    out: list[QualityCheck] = []
    catalog = catalog_by_code()
    indicators = [ind for ind in indicators if ind.value is not None]
    for ind in indicators:
        entry = catalog.get(ind.code)
        value = ind.value_base if ind.value_base is not None else _value(ind)
        if (
            entry is not None
            and not entry.generic
            and (entry.min_value is not None or entry.max_value is not None)
        ):
            low = entry.min_value if entry.min_value is not None else float("-inf")
            high = entry.max_value if entry.max_value is not None else float("inf")
            ok = low <= value <= high
            out.append(
                QualityCheck(
                    "range",
                    "pass" if ok else "fail",
                    episode_key,
                    ind.code,
                    f"{value:g} {entry.unit_base} in [{low:g}, {high:g}]",
                    ind.quote,
                )
            )
        if ind.unit == "%":
            ok = 0 <= _value(ind) <= 100
            out.append(
                QualityCheck(
                    "percent_bounds",
                    "pass" if ok else "fail",
                    episode_key,
                    ind.code,
                    f"{_value(ind):g}% in [0, 100]",
                    ind.quote,
                )
            )
    out.extend(_parts_vs_total(episode_key, indicators))
    return tuple(out)


def _parts_vs_total(episode_key: str, indicators: Sequence[Indicator]) -> list[QualityCheck]:
    """A share right after a run of counts: the later counts over the first (or an earlier total)."""
    out: list[QualityCheck] = []
    ordered = sorted(indicators, key=lambda ind: ind.start)
    for i, share in enumerate(ordered):
        if share.code != "share" or "占" not in share.subject:
            continue
        run = _count_run(ordered[:i], share)
        if not run:
            continue
        total, parts = _split_total(ordered, run)
        if total is None:
            out.append(
                QualityCheck(
                    "parts_vs_total",
                    "warn",
                    episode_key,
                    "share",
                    f"no total found for {_value(share):g}%",
                    share.quote,
                )
            )
            continue
        parts_sum = sum(_value(p) for p in parts)
        ratio = 100 * parts_sum / _value(total)
        ok = abs(ratio - _value(share)) <= _SHARE_TOLERANCE and parts_sum <= _value(total)
        names = " + ".join(f"{p.subject} {_value(p):g}" for p in parts)
        detail = f"({names}) / {total.subject} {_value(total):g} = {ratio:.1f}% vs stated {_value(share):g}%"
        out.append(
            QualityCheck(
                "parts_vs_total", "pass" if ok else "fail", episode_key, "share", detail, share.quote
            )
        )
    return out


def _count_run(before: Sequence[Indicator], share: Indicator) -> list[Indicator]:
    run: list[Indicator] = []
    for ind in reversed(before):
        if ind.code != "count" or ind.q_no != share.q_no or ind.point_no != share.point_no:
            break
        if run and ind.unit_base != run[0].unit_base:
            break
        run.insert(0, ind)
    return run


def _split_total(
    ordered: Sequence[Indicator], run: list[Indicator]
) -> tuple[Indicator | None, list[Indicator]]:
    if len(run) >= 2 and _value(run[0]) >= sum(_value(p) for p in run[1:]):
        return run[0], run[1:]
    parts_sum = sum(_value(p) for p in run)
    earlier = [
        ind
        for ind in ordered
        if ind.start < run[0].start
        and ind.code == "count"
        and ind.unit_base == run[0].unit_base
        and ind.q_no == run[0].q_no
        and ind.value is not None
        and ind.value >= parts_sum
    ]
    return (earlier[-1] if earlier else None), run


def check_across_sources(key_to_indicators: Mapping[str, Sequence[Indicator]]) -> tuple[QualityCheck, ...]:
    """Figures (code, subject, year, region) that two sources both report: equal -> pass, else fail."""
    seen: dict[tuple[str, str, int | None, str | None], dict[str, Indicator]] = defaultdict(dict)
    for source, indicators in key_to_indicators.items():
        for ind in indicators:
            if ind.value is None:
                continue  # two statements of a change are not two values to compare
            subject = ind.subject if _generic(ind.code) else ""
            seen[(ind.code, subject, ind.year, ind.region)].setdefault(source, ind)
    out: list[QualityCheck] = []
    for (code, _subject, year, region), by_source in seen.items():
        if len(by_source) < 2:
            continue
        values = {
            source: ind.value_base if ind.value_base is not None else _value(ind)
            for source, ind in by_source.items()
        }
        ok = max(values.values()) - min(values.values()) < 1e-9
        detail = f"{year} {region}: " + "; ".join(f"{src} = {val:g}" for src, val in sorted(values.items()))
        quote = next(iter(by_source.values())).quote
        out.append(QualityCheck("cross_source", "pass" if ok else "fail", None, code, detail, quote))
    return tuple(out)


def _value(ind: Indicator) -> float:
    """The figure's number; only figures with a level reach the checks."""
    if ind.value is None:
        raise ValueError(f"a change-only statement has no value to check: {ind.quote!r}")
    return ind.value


def _generic(code: str) -> bool:
    entry = catalog_by_code().get(code)
    return entry is None or entry.generic
