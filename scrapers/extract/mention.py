"""A number with its unit, as ``quantities`` finds and classifies it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from models.records import ChangeDirection


@dataclass(frozen=True, slots=True)
class Mention:
    """A number with its unit: ``role`` is level | change | threshold | target | absolute | previous.

    A target (目标为68.3%) is never a figure; an absolute change in brackets after a relative
    one (同比下降9.5%（2微克/立方米）) restates that change.
    """

    start: int
    end: int
    value: Decimal
    multiplier: str
    unit: str  # the UNITS key, "%" for 百分之, "pp" for 个百分点
    role: str
    direction: ChangeDirection | None = None
    judged: bool = False  # the direction comes from 改善 / 恶化 / 变差 (see _JUDGED_VERBS)

    @property
    def written_unit(self) -> str:
        return "个百分点" if self.unit == "pp" else self.multiplier + self.unit
