"""The query workers: Oxigraph in a few processes, each holding its own copy of the graph (:class:`WorkerPool`).

A worker is a fresh Python process (not a fork of the server) that loads an N-Triples snapshot of the graph
(:func:`write_snapshot`) and answers queries with :func:`kg.serve.answer.answer_query` over a Unix socket pair.
It cannot open network sockets, its heap is bounded, and it dies with the server (:mod:`kg.serve.sandbox`). A
query past the time limit is stopped by killing its worker, which is replaced in the background.
"""

from __future__ import annotations

import os
import queue
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Graph

from ..errors import KGError, NotAcceptableError, QueryError, QueryTimeoutError, RefusedQueryError, ServeError
from ..guard import check_query
from .answer import Answer, answer_query
from .sandbox import deny_network, die_with_parent, limit_memory

_ERRORS = {cls.__name__: cls for cls in (QueryError, NotAcceptableError, RefusedQueryError, QueryTimeoutError)}


def _worker_main(conn: Any, snapshot: str, sandbox: bool, memory: int = 0) -> None:
    """A worker process: load the snapshot into an in-memory Oxigraph store, then answer queries until told to stop."""
    if sandbox:
        deny_network()
    if memory:
        limit_memory(memory)
    try:
        store = ox.Store()
        store.bulk_load(path=snapshot, format=ox.RdfFormat.N_TRIPLES)
        conn.send(("ready", len(store)))
    except Exception as exc:  # noqa: BLE001 - reported to the parent, which raises ServeError
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
        return
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        try:
            conn.send(("ok", answer_query(store, *request)))
        except KGError as exc:
            conn.send(("error", type(exc).__name__, str(exc)))


def worker_entry(fd: str, snapshot: str, sandbox: str, memory: str = "0") -> None:
    """The worker process's entry point (its command line's arguments)."""
    die_with_parent()  # even in the middle of a query
    _worker_main(Connection(int(fd)), snapshot, sandbox == "1", int(memory))


_WORKER_MAIN = "import sys; from kg.serve.pool import worker_entry; worker_entry(*sys.argv[1:])"


class _Worker:
    """One worker: a fresh Python process (not a fork of the server, and not tied to its main module) on a socket
    pair."""

    def __init__(self, snapshot: str, sandbox: bool, memory: int = 0):
        parent, child = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        env = dict(os.environ)
        root = str(Path(__file__).resolve().parents[2])  # so the worker imports this very kg package
        env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-c", _WORKER_MAIN, str(child.fileno()), snapshot, "1" if sandbox else "0",
                 str(memory)],
                pass_fds=(child.fileno(),), stdin=subprocess.DEVNULL, env=env, close_fds=True)
        finally:
            child.close()
        self.conn = Connection(parent.detach())

    def wait_ready(self, timeout: float) -> int:
        if not self.conn.poll(timeout):
            self.kill()
            raise ServeError(f"a query worker did not load the graph within {timeout:.0f} s")
        try:
            message = self.conn.recv()
        except (EOFError, OSError):
            self.kill()
            raise ServeError("a query worker exited while loading the graph (out of memory? see --worker-memory)"
                             ) from None
        if message[0] != "ready":
            self.kill()
            raise ServeError(f"a query worker could not load the graph: {message[1]}")
        return int(message[1])

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            pass
        self.conn.close()


class WorkerPool:
    """Oxigraph in ``workers`` processes, each with its own copy of the graph; thread-safe.

    A query past ``timeout`` seconds of evaluation kills its worker (Oxigraph cannot cancel a query) and a new
    worker is started in the background; the time a query waits for a free worker does not count towards it (it
    may wait ``queue_timeout`` seconds). A worker whose heap would pass ``memory`` bytes (0: no limit) ends, and is
    replaced the same way. ``snapshot`` is an N-Triples file, read by every (re)started worker.
    """

    def __init__(self, snapshot: str | Path, *, workers: int = 2, timeout: float = 10.0, sandbox: bool = True,
                 start_timeout: float = 300.0, queue_timeout: float | None = None, memory: int = 0,
                 max_answer_bytes: int | None = None):
        if workers < 1:
            raise ServeError("the pool needs at least one worker")
        if timeout <= 0:
            raise ServeError("the query timeout must be positive")
        self.snapshot = str(snapshot)
        self.timeout = timeout
        self.queue_timeout = queue_timeout if queue_timeout is not None else max(30.0, 3 * timeout)
        self.memory = memory
        self.max_answer_bytes = max_answer_bytes
        self.sandbox = sandbox
        self.start_timeout = start_timeout
        self.size = workers
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        # Workers are started by one long-lived thread: on Linux a worker dies with the thread that started it
        # (PR_SET_PDEATHSIG), so that no worker outlives the server, even in the middle of a query.
        self._spawner = ThreadPoolExecutor(1, thread_name_prefix="kg-worker-starter")
        started = [self._spawner.submit(_Worker, self.snapshot, sandbox, memory).result() for _ in range(workers)]
        self._all.update(started)
        try:
            counts = {w.wait_ready(start_timeout) for w in started}
        except ServeError:
            self.close()
            raise
        self.triples = counts.pop()
        for w in started:
            self._idle.put(w)

    def _replace(self, dead: _Worker) -> None:
        dead.kill()
        with self._lock:
            self._all.discard(dead)
            if self._closed:
                return
        while not self._closed:
            worker = _Worker(self.snapshot, self.sandbox, self.memory)  # on the starter thread (see __init__)
            with self._lock:
                self._all.add(worker)
            try:
                worker.wait_ready(self.start_timeout)
            except ServeError:
                with self._lock:
                    self._all.discard(worker)
                time.sleep(1)
                continue
            with self._lock:
                if self._closed:
                    worker.kill()
                    return
            self._idle.put(worker)
            return

    def _restart(self, dead: _Worker) -> None:
        dead.kill()  # now, so that it stops burning CPU
        try:
            self._spawner.submit(self._replace, dead)
        except RuntimeError:  # the pool is closed
            pass

    def query(self, sparql: str, *, result_format: str | None = "json", graph_format: str | None = "turtle",
              default_graphs: Sequence[str] = (), named_graphs: Sequence[str] = (), max_rows: int = 10000) -> Answer:
        """Answer a query (blocking): see :func:`~kg.serve.answer.answer_query`. Raises QueryTimeoutError past the
        timeout."""
        check_query(sparql)
        if self._closed:
            raise ServeError("the query workers have been stopped")
        try:  # a request waits for a free worker at most queue_timeout (not counted towards the query's timeout)
            worker = self._idle.get(timeout=self.queue_timeout)
        except queue.Empty:
            raise QueryTimeoutError(f"the server is busy: no query worker was free within {self.queue_timeout:g} s "
                                    f"(the {self.timeout:g} s limit on a query counts only its evaluation); "
                                    "try again") from None
        try:
            worker.conn.send((sparql, result_format, graph_format, list(default_graphs), list(named_graphs), max_rows,
                              self.max_answer_bytes))
            if not worker.conn.poll(self.timeout):
                raise QueryTimeoutError(f"the query was stopped after {self.timeout:g} s (the server's time limit)")
            message = worker.conn.recv()
        except QueryTimeoutError:
            self._restart(worker)
            raise
        except (EOFError, OSError, BrokenPipeError):
            self._restart(worker)
            raise ServeError("the query worker stopped while answering (out of memory? a worker may use "
                             f"{self.memory / 2**20:,.0f} MiB: --worker-memory); it is being restarted" if self.memory
                             else "the query worker stopped while answering (out of memory?); it is being restarted"
                             ) from None
        self._idle.put(worker)
        if message[0] == "ok":
            return message[1]
        raise _ERRORS.get(message[1], QueryError)(message[2])

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        for w in workers:
            try:
                w.conn.send(None)
            except (OSError, ValueError):
                pass
            w.kill()
        self._spawner.shutdown(wait=False, cancel_futures=True)


def write_snapshot(graph: Graph, path: str | Path) -> None:
    """The graph as N-Triples (the workers' input): written by Oxigraph (oxrdflib's ``ox-nt`` serializer, straight
    from the store when the graph is on oxrdflib), else by rdflib."""
    from oxrdflib import OxigraphStore

    if isinstance(graph.store, OxigraphStore):
        graph.serialize(destination=str(path), format="ox-nt")
    else:
        graph.serialize(destination=str(path), format="nt", encoding="utf-8")


def default_worker_memory(snapshot: str | Path) -> int:
    """The heap a query worker may use by default: 16 times the N-Triples snapshot it loads, at least 1 GiB (a
    worker holding the graph takes about 3 to 5 times the snapshot; the rest is for answering)."""
    return max(2**30, 16 * Path(snapshot).stat().st_size)


def default_workers() -> int:
    """Query worker processes: the number of CPUs, at least 2 (so one slow query never blocks the rest), at most 8."""
    return max(2, min(8, os.cpu_count() or 2))


__all__ = ["WorkerPool", "default_worker_memory", "default_workers", "worker_entry", "write_snapshot"]
