"""Which catalog indicators a change with no level is about, from its subject words.

PM2.5及PM10均下降18.2% is about both; 重度及以上 and 京津冀及周边 are one member, not two; an
emission or trading change names no level indicator.
"""

from __future__ import annotations

import re

from scrapers.extract.naming import match_code

_MEMBER_SPLIT_RE = re.compile(r"以及|及(?!以上|周边)|和|与|、")
_RATIO_WORD_RE = re.compile(r"比例|比率|率|占比")
NOT_A_LEVEL_CHANGE = ("成交", "交易", "排放", "削减", "减排", "总量")


def codes_of_changed_subject(subject: str) -> list[str]:
    """Catalog codes a level-less change is about (PM2.5及PM10均下降18.2% -> pm25, pm10):
    each listed member names at most one code; emission and trading changes name none."""
    if any(word in subject for word in NOT_A_LEVEL_CHANGE):
        return []
    codes: list[str] = []
    for member in _MEMBER_SPLIT_RE.split(subject):
        # 重污染天数同比下降39%: days unless the member says it is a ratio
        kinds = (
            ("concentration", "percent", "days")
            if _RATIO_WORD_RE.search(member)
            else ("concentration", "days", "percent")
        )
        code = next((c for c in (match_code(member, k) for k in kinds) if c is not None), None)
        if code is not None and code not in codes:
            codes.append(code)
    return codes
