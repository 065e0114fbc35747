"""Parallel extraction: documents are extracted and resolved in worker processes, IRIs minted in the parent.

Two extraction strategies for a :class:`~kg.builder.Builder` (see :mod:`kg.extractor`): a local process pool
(:class:`ProcessPoolExtractor`, ``workers=N``) and a Dask cluster (:class:`DaskExtractor`,
``scheduler="tcp://HOST:PORT"``; needs ``pip install "dask[distributed]"`` and kg importable on the workers).
Each worker holds its own :class:`~kg.extractor.LocalExtractor` (pipeline loaded once per worker). Batches of
documents go out and their :class:`~kg.resolve.DocumentGraph` s come back in input order, so everything that
depends on order (IRIs, class suffixes, cross-document merges, the file written) is the same as with one worker.
"""

from __future__ import annotations

import itertools
import multiprocessing
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from .documents import Document
from .errors import BuildError
from .extractor import LocalExtractor
from .ontology import load_schema
from .resolve import DocumentGraph

#: The learned parts a worker extracts with: (typer, pair classifier), each "default" (shipped with kg), "none", or
#: the path of a model file from kg train (read by each worker).
Learned = tuple[str, str]
DEFAULT_LEARNED: Learned = ("default", "default")

#: per worker process: (model, ontology, learned parts) -> its extractor
_extractors: dict[tuple[str | None, tuple[str, ...], Learned], LocalExtractor] = {}
_lock = threading.Lock()  # a Dask worker may run tasks in threads


def _extractor_for(model: str | None, ontology: list[str], learned: Learned = DEFAULT_LEARNED) -> LocalExtractor:
    """This process's extractor for a model, ontology and learned parts (a Dask worker may serve builds with
    different ones)."""
    key = (model, tuple(ontology), learned)
    with _lock:
        if key not in _extractors:
            typer, pairs = learned
            _extractors[key] = LocalExtractor(load_schema(ontology), model, typer=typer, pair_model=pairs)
        return _extractors[key]


#: glibc's mallopt parameters (malloc.h)
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3


def keep_freed_memory(trim: int = 256 * 2**20, mmap: int = 32 * 2**20) -> bool:
    """Have this process's allocator keep freed memory for reuse instead of returning it to the system.

    spaCy frees a batch's arrays together; in a worker, whose heap holds little else, glibc then hands the top of
    the heap back to the system after every batch and takes it again, page by page, for the next one: a worker
    spent several times the system CPU of a one-process build on page faults (benchmarks/store.py). With freed
    memory kept up to ``trim`` bytes, and blocks up to ``mmap`` bytes from the heap, the pages are reused. Set in
    every local worker as it starts, and by ``kg build`` for its own process (which extracts with one worker);
    not in Dask workers (the cluster's own memory settings apply there) nor by the library in a caller's process.
    Only glibc (Linux) has these settings; elsewhere nothing changes and this returns False.
    """
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    return bool(mallopt(_M_MMAP_THRESHOLD, mmap)) and bool(mallopt(_M_TRIM_THRESHOLD, trim))


def _init(model: str | None, ontology: list[str], learned: Learned = DEFAULT_LEARNED) -> None:
    """Load the pipeline as the worker starts; an error (an unknown model) is raised by the first batch instead,
    so that the parent gets kg's message, not a broken pool."""
    keep_freed_memory()
    try:
        _extractor_for(model, ontology, learned)
    except Exception:
        pass


def _extract(batch: list[Document], model: str | None, ontology: list[str],
             learned: Learned = DEFAULT_LEARNED) -> list[DocumentGraph]:
    return list(_extractor_for(model, ontology, learned).document_graphs(batch))


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(documents)
    while batch := list(itertools.islice(it, size)):
        yield batch


class ProcessPoolExtractor:
    """Extraction in ``workers`` local processes (spawned; each loads the pipeline once), ``batch_size`` documents
    a task; the parent loads no pipeline. ``learned``: the typer and pair classifier (:data:`Learned`)."""

    def __init__(self, model: str | None = None, ontology: Iterable[str | Path] = (), workers: int = 2,
                 batch_size: int = 4, learned: Learned = DEFAULT_LEARNED):
        self.model = model
        self.ontology = [str(o) for o in ontology]
        self.learned = learned
        self.workers = max(1, workers)
        self.batch_size = batch_size

    def document_graphs(self, documents: Iterable[Document], batch_size: int | None = None) -> Iterator[DocumentGraph]:
        size = batch_size or self.batch_size
        ctx = multiprocessing.get_context("spawn")  # no fork of a process that may hold threads or a store lock
        try:
            with ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=_init,
                                     initargs=(self.model, self.ontology, self.learned)) as pool:
                pending: deque = deque()
                for batch in _batches(documents, size):
                    pending.append(pool.submit(_extract, batch, self.model, self.ontology, self.learned))
                    if len(pending) >= 2 * self.workers:  # bounded: memory flat in the number of documents
                        yield from pending.popleft().result()
                while pending:
                    yield from pending.popleft().result()
        except BrokenProcessPool:
            raise BuildError("a worker process stopped abruptly (killed, or out of memory?); what was built before "
                             "it is kept: run the build again to do the rest (with fewer --workers if memory is short)"
                             ) from None


class DaskExtractor:
    """Extraction on the Dask cluster whose scheduler is at ``scheduler`` (``tcp://HOST:PORT``), ``batch_size``
    documents a task. ``learned``: the typer and pair classifier (:data:`Learned`; model files must be readable
    by the workers at the same paths)."""

    def __init__(self, scheduler: str, model: str | None = None, ontology: Iterable[str | Path] = (),
                 batch_size: int = 4, learned: Learned = DEFAULT_LEARNED):
        self.scheduler = scheduler
        self.model = model
        self.ontology = [str(o) for o in ontology]
        self.learned = learned
        self.batch_size = batch_size

    def document_graphs(self, documents: Iterable[Document], batch_size: int | None = None) -> Iterator[DocumentGraph]:
        size = batch_size or self.batch_size
        try:
            from distributed import Client
        except ImportError as exc:
            raise BuildError('--scheduler needs Dask: pip install "dask[distributed]"') from exc
        with Client(self.scheduler) as client:
            pending: deque = deque()
            for batch in _batches(documents, size):
                pending.append(client.submit(_extract, batch, self.model, self.ontology, self.learned, pure=False))
                if len(pending) >= 4 * max(1, len(client.scheduler_info().get("workers", {})) or 1):
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()


__all__ = ["DaskExtractor", "ProcessPoolExtractor", "keep_freed_memory"]
