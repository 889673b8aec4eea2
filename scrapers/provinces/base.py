"""One provincial-level unit: its identity row (units.toml) joined with its module, if any."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, get_args

from models.choices import CmsFamily
from models.records import ProvinceRef

if TYPE_CHECKING:
    from scrapers.provinces.cms.site import CmsSite

Region = Literal["东部", "中部", "西部", "东北"]
Evidence = Literal["full", "partial", "none"]  # how much of its site a recorded page confirms
REGIONS: tuple[Region, ...] = get_args(Region)
CMS_FAMILIES: tuple[CmsFamily, ...] = get_args(CmsFamily)
EVIDENCE_LEVELS: tuple[Evidence, ...] = get_args(Evidence)

BlockFixer = Callable[[list[str]], list[str]]


def _keep(blocks: list[str]) -> list[str]:
    return blocks


@dataclass(frozen=True, slots=True)
class ProvinceScraper:
    """One provincial-level unit. Identity comes from ``units.toml``; ``site`` and the overrides
    come from ``scrapers/provinces/<slug>.py`` when the unit has province-specific code.

    ``fix_blocks`` repairs a province's article paragraphs (Simplified, after the mirror
    repairs) before they are split into questions and points; ``speaker_labels`` lists extra
    labels its articles put before an answer (besides 答 and the official's name).
    """

    slug: str
    name: str
    short_name: str
    code: str
    region: Region
    department: str
    aliases: tuple[str, ...] = ()
    domain: str = ""
    former_domains: tuple[str, ...] = ()
    cms: CmsFamily = "generic"
    cms_note: str = ""
    evidence: Evidence = "none"
    site: CmsSite | None = None
    speaker_labels: tuple[str, ...] = ()
    fix_blocks: BlockFixer = field(default=_keep)

    def __post_init__(self) -> None:
        if self.region not in REGIONS:
            raise ValueError(f"{self.slug}: region must be one of {REGIONS}, got {self.region!r}")
        if len(self.code) != 6 or not self.code.isdigit():
            raise ValueError(f"{self.slug}: code must be a six-digit GB/T 2260 code, got {self.code!r}")
        if self.cms not in CMS_FAMILIES:
            raise ValueError(f"{self.slug}: cms must be one of {CMS_FAMILIES}, got {self.cms!r}")
        if self.evidence not in EVIDENCE_LEVELS:
            raise ValueError(f"{self.slug}: evidence must be one of {EVIDENCE_LEVELS}, got {self.evidence!r}")

    @property
    def ref(self) -> ProvinceRef:
        return ProvinceRef(code=self.code, name=self.name, slug=self.slug)

    @property
    def names(self) -> tuple[str, ...]:
        """Every spelling that identifies this unit in text, longest first."""
        return tuple(
            sorted({self.name, self.short_name, self.department, *self.aliases}, key=len, reverse=True)
        )

    @property
    def hosts(self) -> tuple[str, ...]:
        """The department website's current host, then the hosts it has moved from."""
        return (self.domain, *self.former_domains) if self.domain else self.former_domains
