"""Allocators that hand freed memory back: set once when a run's process opens a run.

A run fetches, archives and stages bodies of 10–300 KB from a few dozen threads. glibc gives
each thread its own arena and raises its mmap threshold after every large free, so freed
bodies stay in the arenas; Arrow's default pool (mimalloc) keeps freed buffers too. Measured on
the 3,000-page benchmark run: about 90 MB of the crawl's peak was memory freed but kept. With
at most two arenas, a fixed 128 KiB mmap threshold (larger blocks are mapped and unmapped on
their own) and Arrow on the system allocator, it is handed back (docs/performance.md).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys

log = logging.getLogger(__name__)
_M_MMAP_THRESHOLD = -3  # glibc's <malloc.h>
_M_ARENA_MAX = -8
_ARENAS = 2
_MMAP_THRESHOLD = 128 * 1024
_done = False


def hand_back_freed_memory() -> None:
    """Tune glibc's malloc (when the process uses it) and Arrow's pool, once per process."""
    global _done
    if _done:
        return
    _done = True
    arrow = sys.modules.get("pyarrow")  # loaded by the warehouse; a parser process never needs it
    if arrow is not None:
        arrow.set_memory_pool(arrow.system_memory_pool())
    name = ctypes.util.find_library("c")
    if name is None:
        return
    try:
        libc = ctypes.CDLL(name)
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # not glibc (musl, macOS): nothing to tune
        return
    mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    if not (mallopt(_M_ARENA_MAX, _ARENAS) and mallopt(_M_MMAP_THRESHOLD, _MMAP_THRESHOLD)):
        log.debug("mallopt refused the settings; the allocator keeps its defaults")
