"""Writing files atomically: a temporary file beside the target, renamed over it only when complete.

A failed or interrupted write leaves the previous file intact and no temporary file behind.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from .errors import KGError


@contextlib.contextmanager
def atomic_write(path: str | Path, *, binary: bool = False, error: type[KGError] = KGError) -> Iterator[IO]:
    """Open a temporary file beside ``path`` for writing; on leaving the block, rename it over ``path``.

    A missing folder or an OS error while writing is raised as ``error`` with a one-line message;
    any exception removes the temporary file and keeps the old target.
    """
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise error(f"cannot write {str(target)!r}: folder {str(directory)!r} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise error(f"cannot write {str(target)!r}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8"})) as fh:
            yield fh
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise error(f"cannot write {str(target)!r}: {exc.strerror or exc}") from None
        raise
