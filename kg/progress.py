"""The progress bar of a build (tqdm on standard error), shown only when standard error is a terminal."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def progress_bar(items: Iterable[T], total: int | None = None, unit: str = "doc") -> Iterator[T]:
    """``items`` with a bar on stderr. A terminal that reports no size (a pty nobody sized, as ``script`` or
    ``docker exec -t`` may give) gets the width of $COLUMNS, else 80 columns, rather than tqdm's empty bar."""
    from tqdm import tqdm

    width = 0
    try:
        width = os.get_terminal_size(sys.stderr.fileno()).columns
    except (OSError, ValueError, AttributeError):
        pass
    if width <= 0:  # tqdm would take the size 0 x 0 and draw nothing
        size = shutil.get_terminal_size((80, 24))
        return iter(tqdm(items, total=total, unit=unit, file=sys.stderr, leave=False, ncols=size.columns or 80,
                         nrows=size.lines or 24))
    return iter(tqdm(items, total=total, unit=unit, file=sys.stderr, leave=False, dynamic_ncols=True))
