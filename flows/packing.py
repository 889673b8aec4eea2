"""Page outcomes kept compactly between a batch and the end of the run.

The load needs every page's parse at the end of the run (copies of one episode are merged), but
a ``ParsedPage`` takes about 45 KB as Python objects, and the native memory behind them is not
all handed back when they are freed. So each outcome's parse is kept pickled and
zlib-compressed (about 7 KB) and unpacked again only when it is read: one page at a time when
the run iterates, one chunk of episodes at a time at the load (``flows.loading``).
"""

from __future__ import annotations

import pickle
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import overload

from models.outcomes import PageKind, PageOutcome
from models.records import ParsedPage

_LEVEL = 1  # level 6 saves another 10 % for twice the time; unpacking costs the same


def pack_page(page: ParsedPage) -> bytes:
    """A parse as compressed bytes (``unpack_page`` gives an equal ``ParsedPage`` back)."""
    return zlib.compress(pickle.dumps(page, protocol=pickle.HIGHEST_PROTOCOL), _LEVEL)


def unpack_page(blob: bytes) -> ParsedPage:
    """The parse that ``pack_page`` packed."""
    page = pickle.loads(zlib.decompress(blob))
    assert isinstance(page, ParsedPage)
    return page


@dataclass(frozen=True, slots=True)
class PackedOutcome:
    """A ``PageOutcome`` with its parse packed."""

    kind: PageKind
    url: str
    source: str
    reason: str
    parsed: bytes | None

    @classmethod
    def of(cls, o: PageOutcome) -> PackedOutcome:
        return cls(o.kind, o.url, o.source, o.reason, pack_page(o.parsed) if o.parsed is not None else None)

    def unpack(self) -> PageOutcome:
        parsed = unpack_page(self.parsed) if self.parsed is not None else None
        return PageOutcome(self.kind, self.url, self.source, parsed, self.reason)


class PackedOutcomes(Sequence[PageOutcome]):
    """A run's page outcomes in order, each parse packed; reading an item unpacks a new copy."""

    def __init__(self, outcomes: Iterable[PageOutcome] = ()) -> None:
        self._items: list[PackedOutcome] = []
        self.extend(outcomes)

    def extend(self, outcomes: Iterable[PageOutcome]) -> None:
        """Append outcomes (another ``PackedOutcomes`` is taken as it is, not repacked)."""
        if isinstance(outcomes, PackedOutcomes):
            self._items += outcomes._items
        else:
            self._items += [PackedOutcome.of(o) for o in outcomes]

    def __iadd__(self, outcomes: Iterable[PageOutcome]) -> PackedOutcomes:
        self.extend(outcomes)
        return self

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, index: int) -> PageOutcome: ...

    @overload
    def __getitem__(self, index: slice) -> list[PageOutcome]: ...

    def __getitem__(self, index: int | slice) -> PageOutcome | list[PageOutcome]:
        if isinstance(index, slice):
            return [item.unpack() for item in self._items[index]]
        return self._items[index].unpack()
