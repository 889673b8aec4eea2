"""Files the project writes for people (the report, Parquet exports, the snapshot), written safely.

A target is written whole or not at all: the bytes go to a new temporary file in the target's own
directory, created with ``O_EXCL`` under a random name (``mkstemp``: a file or symbolic link
planted there in advance is never opened, let alone followed), and are renamed over the target
only once complete. A target that exists and is not a regular file (a directory, a FIFO, a device
such as ``/dev/full``, a socket, or a symbolic link) is refused with one line before anything is
written: a rename would silently replace it with a regular file.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISLNK, "a symbolic link"),
)


class RefusedTargetError(OSError):
    """The path to write exists and is not a regular file."""


def check_target(path: Path) -> None:
    """Raise ``RefusedTargetError`` when ``path`` exists and is not a regular file (links not followed)."""
    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        return
    for test, kind in _KINDS:
        if test(mode):
            extra = f" to {os.readlink(path)}" if stat.S_ISLNK(mode) else ""
            raise RefusedTargetError(
                f"refusing to write {path}: it is {kind}{extra}, not a regular file; give another path"
            )


def check_directory(path: Path) -> None:
    """Raise ``RefusedTargetError`` when ``path`` exists and is not a directory."""
    if path.exists() and not path.is_dir():
        raise RefusedTargetError(f"refusing to write into {path}: it is not a directory; give another path")


@contextmanager
def replaced_atomically(path: Path) -> Iterator[BinaryIO]:
    """A binary file whose bytes become ``path`` when the block ends without error (else they vanish).

    The file gets the permissions a plain ``open`` would give it (0666 less the umask).
    """
    check_target(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
            out.flush()
            os.fchmod(out.fileno(), 0o666 & ~_umask())
        check_target(path)  # what was there before the rename is checked again, as late as can be
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
