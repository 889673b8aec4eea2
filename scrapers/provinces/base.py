"""What a province module declares: identity, where its episodes come from, and overrides."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from models.records import ProvinceRef

REGIONS = ("东部", "中部", "西部", "东北")

BlockFixer = Callable[[list[str]], list[str]]


def _keep(blocks: list[str]) -> list[str]:
    return blocks


@dataclass(frozen=True, slots=True)
class ProvinceScraper:
    """One provincial-level unit. Only what differs from the shared page families goes here.

    ``fix_blocks`` repairs a province's article paragraphs (Simplified, after the mirror
    repairs) before they are split into questions and points; ``speaker_labels`` lists extra
    labels its articles put before an answer (besides 答 and the official's name).
    """

    slug: str
    name: str
    short_name: str
    code: str
    region: str
    department: str
    aliases: tuple[str, ...] = ()
    sources: tuple[str, ...] = ("wechat", "mee", "mee_big5", "freewechat", "thepaper", "tw_mirror")
    example_url: str | None = None
    speaker_labels: tuple[str, ...] = ()
    fix_blocks: BlockFixer = field(default=_keep)

    def __post_init__(self) -> None:
        if self.region not in REGIONS:
            raise ValueError(f"{self.slug}: region must be one of {REGIONS}, got {self.region!r}")
        if len(self.code) != 6 or not self.code.isdigit():
            raise ValueError(f"{self.slug}: code must be a six-digit GB/T 2260 code, got {self.code!r}")

    @property
    def ref(self) -> ProvinceRef:
        return ProvinceRef(code=self.code, name=self.name, slug=self.slug)

    @property
    def names(self) -> tuple[str, ...]:
        """Every spelling that identifies this unit in text, longest first."""
        return tuple(
            sorted({self.name, self.short_name, self.department, *self.aliases}, key=len, reverse=True)
        )
