"""Publication times in China time (+08:00), from epoch seconds or the usual text spellings."""

from __future__ import annotations

import math
import re
from datetime import datetime, timedelta, timezone

CHINA_TZ = timezone(timedelta(hours=8), "Asia/Shanghai")

_TEXT_RE = re.compile(
    r"(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?"
)


def from_epoch(value: str | int | float | None) -> datetime | None:
    """Epoch seconds (or milliseconds, when the number is that large) as an aware +08:00 time;
    None for anything else ("nan", "1e20", a negative number, a date past the year 9999)."""
    try:
        number = float(str(value).strip())
    except (TypeError, ValueError):
        return None
    if not math.isfinite(number) or number <= 0:
        return None
    if number > 1e11:
        number /= 1000
    try:
        return datetime.fromtimestamp(number, tz=CHINA_TZ)
    except (OverflowError, OSError, ValueError):  # past what datetime or the platform can hold
        return None


def from_text(value: str | None) -> datetime | None:
    """``2025-02-19``, ``2025-02-19 18:00(:00)``, ``2025年02月19日 18:00`` as +08:00; else None."""
    match = _TEXT_RE.search(value or "")
    if not match:
        return None
    y, m, d, hh, mm, ss = (int(match[k] or 0) for k in ("y", "m", "d", "H", "M", "S"))
    try:
        return datetime(y, m, d, hh, mm, ss, tzinfo=CHINA_TZ)
    except ValueError:
        return None
