"""Parses packed compactly for their load package (``flows.staging``).

The load needs every page's parse at the end of the run (copies of one episode are merged), but
a ``ParsedPage`` takes about 45 KB as Python objects. So each parse is staged pickled and
zlib-compressed (about 7 KB) and unpacked again only at the load, one chunk of episodes at a
time (``flows.loading``).
"""

from __future__ import annotations

import pickle
import zlib

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
