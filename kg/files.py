"""Writing files atomically: a temporary file beside the target, renamed over it only when complete.

* the temporary file is named ``.NAME.PID.XXXX.tmp``; any error, including a full disk while writing or while
  closing, removes it and keeps the old target, and is raised as one kg error with a one-line message;
* a temporary file that a killed run left (its process is gone) is removed by the next write of the same target;
* the data is flushed to disk (``fsync``) before the rename, and the rename itself after, so that a power cut
  leaves the old file or the new one;
* the new file gets the mode of the file it replaces, else ``0666`` less the umask, as any new file would (not the
  temporary file's 0600).
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO, cast

from .errors import KGError

_UMASK_LOCK = threading.Lock()


def _umask() -> int:
    try:  # Linux says it without changing it
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    with _UMASK_LOCK:  # elsewhere os.umask can only be read by setting it (for a moment)
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def new_file_mode(target: Path) -> int:
    """The mode a file written over ``target`` gets: the old file's permission bits, else 0666 less the umask."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~_umask()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, but not ours
        return True
    return True


def remove_stale_temps(target: Path) -> list[Path]:
    """Remove the temporary files of ``target`` whose writing process is gone (a killed run); return them."""
    directory = target.parent if str(target.parent) else Path(".")
    removed = []
    for tmp in directory.glob(f".{glob_escape(target.name)}.*.tmp"):
        pid = tmp.name[len(target.name) + 2:].split(".", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            with contextlib.suppress(OSError):
                tmp.unlink()
                removed.append(tmp)
    return removed


def glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def _message(target: Path, exc: OSError) -> str:
    why = exc.strerror or str(exc)
    hint = {errno.ENOSPC: "free some space or write elsewhere", errno.EDQUOT: "free some space or write elsewhere",
            errno.EROFS: "write to another folder", errno.EACCES: "write to a folder you may write to",
            errno.EPERM: "write to a folder you may write to", errno.EFBIG: "write elsewhere"}.get(exc.errno or 0)
    return f"cannot write {str(target)!r}: {why}" + (f"; {hint}" if hint else "") + " (nothing was written)"


class TempFile:
    """The temporary file of one atomic write (see the module docstring); :func:`atomic_write` is the usual way."""

    def __init__(self, path: str | Path, *, error: type[KGError] = KGError):
        self.target = Path(path)
        self.error = error
        directory = self.target.parent if str(self.target.parent) else Path(".")
        if not directory.is_dir():
            raise error(f"cannot write {str(self.target)!r}: folder {str(directory)!r} does not exist; create it first")
        remove_stale_temps(self.target)
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{self.target.name}.{os.getpid()}.", suffix=".tmp", dir=directory)
        except OSError as exc:
            raise error(_message(self.target, exc)) from None
        self.path = Path(tmp)
        self.fh: IO[bytes] = os.fdopen(fd, "wb")

    def commit(self) -> None:
        """Flush, fsync, give the file its mode and rename it over the target. Raises ``error`` (and removes the
        temporary file) if any of it fails."""
        try:
            self.fh.flush()
            os.fsync(self.fh.fileno())
            self.fh.close()
            os.chmod(self.path, new_file_mode(self.target))
            os.replace(self.path, self.target)
        except OSError as exc:
            self.discard()
            raise self.error(_message(self.target, exc)) from None
        with contextlib.suppress(OSError):  # the rename itself, on disk (not possible on every platform)
            dfd = os.open(self.target.parent if str(self.target.parent) else ".", os.O_RDONLY)
            try:
                os.fsync(dfd)
            finally:
                os.close(dfd)

    def discard(self) -> None:
        """Remove the temporary file; never raises (closing a file on a full disk fails again: that is ignored)."""
        with contextlib.suppress(OSError, ValueError):
            self.fh.close()  # closes the descriptor even when the last flush fails
        with contextlib.suppress(OSError):
            os.unlink(self.path)

    def fail(self, exc: OSError) -> KGError:
        """Discard, and the one-line error to raise for ``exc``."""
        self.discard()
        return self.error(_message(self.target, exc))


@contextlib.contextmanager
def atomic_write(path: str | Path, *, binary: bool = False, error: type[KGError] = KGError) -> Iterator[IO]:
    """Open a temporary file beside ``path`` for writing; on leaving the block, rename it over ``path``.

    A missing folder or an OS error while writing is raised as ``error`` with a one-line message;
    any exception removes the temporary file and keeps the old target.
    """
    tmp = TempFile(path, error=error)
    fh: IO = tmp.fh if binary else cast(IO, _Text(tmp.fh))  # (_Text: a text stream over the binary file)
    try:
        yield fh
        if not binary:
            fh.flush()
    except OSError as exc:
        raise tmp.fail(exc) from None
    except BaseException:
        tmp.discard()
        raise
    tmp.commit()


class _Text:
    """A UTF-8 text view of a binary file that never closes it (so that :class:`TempFile` decides)."""

    def __init__(self, fh: IO[bytes]):
        import io

        self._w = io.TextIOWrapper(fh, encoding="utf-8", newline=None, write_through=True)

    def write(self, s: str) -> int:
        return self._w.write(s)

    def flush(self) -> None:
        self._w.flush()

    def __getattr__(self, name: str):
        return getattr(self._w, name)
