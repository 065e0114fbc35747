"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint, a query page and linked-data pages (Starlette on uvicorn).

Routes:
    ``GET/POST /sparql``   the SPARQL 1.1 Protocol (query by GET, by form POST, by application/sparql-query);
                           results by content negotiation; without a query, the service description (Turtle)
    ``GET /``              a query form with example questions, results as an HTML table, the interactive graph
    ``GET /graph``         the interactive graph of :mod:`kg.render` (self-contained, offline)
    ``GET /<path>``        linked data: the resource ``BASE<path>`` (e.g. ``/entity/lumora-systems``) as an HTML
                           page for browsers, or its description (its triples both ways plus evidence) in RDF

Queries are evaluated by Oxigraph in a small pool of worker processes (:class:`WorkerPool`), each holding its
own copy of the graph: a query that runs past the time limit is stopped by killing its worker, which is
replaced in the background, so the server keeps answering. The pool is the one data source of the app
(anything with the :class:`QuerySource` methods can take its place, e.g. a persistent store).

Nothing leaves the machine because of a query: SERVICE is refused before evaluation, FROM / FROM NAMED and
``default-graph-uri`` / ``named-graph-uri`` only name graphs of the local data (Oxigraph never fetches them),
and on Linux (x86-64, arm64) the workers cannot open network sockets at all (a seccomp filter). The endpoint is
read-only: updates are refused, and the workers only ever run queries.

Library code raises :mod:`kg.errors`; the app (the edge) turns them into status codes. Does not import spaCy.
"""

from __future__ import annotations

import ctypes
import html
import itertools
import json
import os
import platform
import queue
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import warnings
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import parse_qsl, quote, urlencode

import pyoxigraph as ox
from rdflib import Graph, URIRef
from starlette.applications import Starlette
from starlette.datastructures import MultiDict
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route

from .errors import (KGError, NotAcceptableError, QueryError, QueryTimeoutError, RefusedQueryError,
                     ServeError)
from .guard import check_query
from .guard import code as _code
from .namespace import DEFAULT_BASE, PREFIXES

#: the largest answer sent, in bytes (``--max-answer-bytes``)
MAX_ANSWER_BYTES = 16 * 2**20

# -- formats -----------------------------------------------------------------------------------------
#: Result formats by name: media type, and the pyoxigraph format.
RESULT_FORMATS: dict[str, tuple[str, Any]] = {
    "json": ("application/sparql-results+json", ox.QueryResultsFormat.JSON),
    "xml": ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
    "csv": ("text/csv", ox.QueryResultsFormat.CSV),
    "tsv": ("text/tab-separated-values", ox.QueryResultsFormat.TSV),
}
GRAPH_FORMATS: dict[str, tuple[str, Any]] = {
    "turtle": ("text/turtle", ox.RdfFormat.TURTLE),
    "ntriples": ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    "jsonld": ("application/ld+json", ox.RdfFormat.JSON_LD),
    "rdfxml": ("application/rdf+xml", ox.RdfFormat.RDF_XML),
}
#: Media types a client may ask for, each mapped to a format name, in the server's order of preference.
_RESULT_MEDIA = [("application/sparql-results+json", "json"), ("application/json", "json"),
                 ("application/sparql-results+xml", "xml"), ("application/xml", "xml"), ("text/xml", "xml"),
                 ("text/csv", "csv"), ("text/tab-separated-values", "tsv")]
_GRAPH_MEDIA = [("text/turtle", "turtle"), ("application/turtle", "turtle"), ("application/x-turtle", "turtle"),
                ("application/n-triples", "ntriples"), ("text/plain", "ntriples"),
                ("application/ld+json", "jsonld"), ("application/json", "jsonld"),
                ("application/rdf+xml", "rdfxml"), ("application/xml", "rdfxml")]
_PAGE_MEDIA = [("text/html", "html"), ("application/xhtml+xml", "html")] + _GRAPH_MEDIA
#: Values of the non-standard ``format`` / ``output`` parameters some clients send (e.g. SPARQLWrapper).
_FORMAT_PARAM = {"json": ("json", "jsonld"), "xml": ("xml", "rdfxml"), "csv": ("csv", None), "tsv": ("tsv", None),
                 "turtle": (None, "turtle"), "ttl": (None, "turtle"), "ntriples": (None, "ntriples"),
                 "nt": (None, "ntriples"), "json-ld": (None, "jsonld"), "jsonld": (None, "jsonld"),
                 "rdfxml": (None, "rdfxml"), "rdf": (None, "rdfxml"), "rdf+xml": (None, "rdfxml")}


def negotiate(accept: str | None, offers: Sequence[tuple[str, str]]) -> str | None:
    """The offered format the Accept header prefers (q-values; exact types over wildcards; then client order).

    ``offers`` are (media type, format name) in the server's order of preference, the first being the
    default for a missing Accept header or ``*/*``. None when nothing offered is acceptable.
    """
    if not accept or not accept.strip():
        return offers[0][1] if offers else None
    ranges: list[tuple[str, str, float, int]] = []
    for pos, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if "/" not in media:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.lower().startswith("q="):
                try:
                    q = max(0.0, min(1.0, float(f[2:])))
                except ValueError:
                    q = 0.0
        main, _, sub = media.partition("/")
        ranges.append((main, sub, q, pos))
    best: tuple[float, int, int, int] | None = None
    choice = None
    for rank, (media, name) in enumerate(offers):
        main, _, sub = media.partition("/")
        match = None  # (specificity, q, position) of the most specific range matching this offer
        for rmain, rsub, q, pos in ranges:
            if (rmain, rsub) == (main, sub):
                spec = 2
            elif rmain == main and rsub == "*":
                spec = 1
            elif (rmain, rsub) == ("*", "*"):
                spec = 0
            else:
                continue
            if match is None or spec > match[0]:
                match = (spec, q, pos)
        if match is None or match[1] <= 0:
            continue
        key = (match[1], match[0], -match[2], -rank)
        if best is None or key > best:
            best, choice = key, name
    return choice




# -- the worker process ---------------------------------------------------------------------------------
_SECCOMP_ARCH = {"x86_64": (0xC000003E, 41), "amd64": (0xC000003E, 41), "aarch64": (0xC00000B7, 198),
                 "arm64": (0xC00000B7, 198)}


def deny_network() -> bool:
    """Forbid this process (and threads it starts later) to open any socket but Unix-domain ones.

    A seccomp filter on socket(2): Linux on x86-64 and arm64 only. Returns whether the filter is in place.
    """
    arch = _SECCOMP_ARCH.get(platform.machine().lower())
    if arch is None or not platform.system() == "Linux":
        return False
    audit_arch, nr_socket = arch

    class SockFilter(ctypes.Structure):
        _fields_ = [("code", ctypes.c_ushort), ("jt", ctypes.c_ubyte), ("jf", ctypes.c_ubyte), ("k", ctypes.c_uint)]

    class SockFprog(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.POINTER(SockFilter))]

    ld, jeq, ret = 0x20, 0x15, 0x06  # BPF_LD|BPF_W|BPF_ABS, BPF_JMP|BPF_JEQ|BPF_K, BPF_RET|BPF_K
    allow, deny = 0x7FFF0000, 0x00050000 | 13  # SECCOMP_RET_ALLOW, SECCOMP_RET_ERRNO | EACCES
    program = [
        (ld, 0, 0, 4),                 # arch
        (jeq, 0, 4, audit_arch),       # another ABI: allow
        (ld, 0, 0, 0),                 # syscall number
        (jeq, 0, 2, nr_socket),        # not socket(2): allow
        (ld, 0, 0, 16),                # socket's first argument: the address family
        (jeq, 0, 1, 1),                # AF_UNIX: allow, anything else: deny
        (ret, 0, 0, allow),
        (ret, 0, 0, deny),
    ]
    filters = (SockFilter * len(program))(*[SockFilter(*ins) for ins in program])
    prog = SockFprog(len(program), filters)
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(38, ctypes.c_ulong(1), ctypes.c_ulong(0), ctypes.c_ulong(0), ctypes.c_ulong(0)) != 0:
            return False  # PR_SET_NO_NEW_PRIVS
        return libc.prctl(22, ctypes.c_ulong(2), ctypes.byref(prog), ctypes.c_ulong(0), ctypes.c_ulong(0)) == 0
    except (OSError, AttributeError):
        return False


#: characters XML 1.0 cannot carry at all (not even as a character reference)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_safe_json(doc: dict[str, Any]) -> dict[str, Any]:
    """SPARQL JSON results whose values XML can carry: characters it cannot become U+FFFD."""
    for binding in doc["results"]["bindings"]:
        for term in binding.values():
            if _NOT_XML.search(term["value"]):
                term["value"] = _NOT_XML.sub("\ufffd", term["value"])
    return doc


def _xml_safe_triple(t: Any) -> Any:
    o = t.object
    if isinstance(o, ox.Literal) and _NOT_XML.search(o.value):
        value = _NOT_XML.sub("\ufffd", o.value)
        o = ox.Literal(value, language=o.language) if o.language else ox.Literal(value, datatype=o.datatype)
        return ox.Triple(t.subject, t.predicate, o)
    return t


def _term_json(t: Any) -> dict[str, Any]:
    """A pyoxigraph term as a SPARQL 1.1 JSON results term."""
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        out = {"type": "literal", "value": t.value}
        if t.language:
            out["xml:lang"] = t.language
        elif t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = t.datatype.value
        return out
    if isinstance(t, ox.Triple):
        return {"type": "triple", "value": {"subject": _term_json(t.subject), "predicate": _term_json(t.predicate),
                                            "object": _term_json(t.object)}}
    raise TypeError(f"unexpected term {t!r}")


def evaluate(store: ox.Store, sparql: str, result_format: str | None, graph_format: str | None,
             default_graphs: Sequence[str] = (), named_graphs: Sequence[str] = (), max_rows: int = 10000,
             max_bytes: int | None = None) -> tuple[str, str, bytes, bool]:
    """Run one query on a store; returns (kind, media type, body, truncated).

    SELECT rows and CONSTRUCT/DESCRIBE triples past ``max_rows`` are cut; an answer of more than ``max_bytes``
    bytes is refused (QueryError). A None format means the client accepts no format for that kind of result
    (NotAcceptableError). Raises QueryError for a bad query.
    """
    options: dict[str, Any] = {"prefixes": PREFIXES}
    try:
        if default_graphs:
            options["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
        if named_graphs:
            options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
    except ValueError as exc:
        raise QueryError(f"bad graph IRI: {exc}") from None
    try:
        kind, media, data, truncated = _evaluate(store, sparql, result_format, graph_format, options, max_rows)
    except QueryError:
        raise
    except (SyntaxError, ValueError, TypeError) as exc:
        raise QueryError(_message(exc)) from None
    except MemoryError:
        raise QueryError("the query needs more memory than a query worker may use (--worker-memory)") from None
    except Exception as exc:  # noqa: BLE001 - OSError and friends from evaluation
        raise QueryError(f"the query failed: {_message(exc)}") from None
    if max_bytes is not None and len(data) > max_bytes:
        raise QueryError(f"the answer is {len(data):,} bytes, more than the {max_bytes:,} this server sends "
                         "(--max-answer-bytes); ask for fewer rows or shorter values")
    return kind, media, data, truncated


def _evaluate(store: ox.Store, sparql: str, result_format: str | None, graph_format: str | None,
              options: dict[str, Any], max_rows: int) -> tuple[str, str, bytes, bool]:
    result = store.query(sparql, **options)
    if isinstance(result, ox.QueryBoolean):
        if result_format is None:
            raise NotAcceptableError("an ASK result can be sent as " + ", ".join(m for m, _ in RESULT_FORMATS.values()))
        media, fmt = RESULT_FORMATS[result_format]
        return "ASK", media, result.serialize(format=fmt), False
    if isinstance(result, ox.QuerySolutions):
        if result_format is None:
            raise NotAcceptableError("a SELECT result can be sent as " + ", ".join(m for m, _ in RESULT_FORMATS.values()))
        names = [v.value for v in result.variables]
        rows = list(itertools.islice(result, max_rows + 1))
        truncated = len(rows) > max_rows
        del rows[max_rows:]
        doc: dict[str, Any] = {"head": {"vars": names}, "results": {"bindings": [
            {v: _term_json(row[i]) for i, v in enumerate(names) if row[i] is not None} for row in rows]}}
        media, fmt = RESULT_FORMATS[result_format]
        if result_format != "json":
            # one serializer per format: Oxigraph's, fed with the rows that were kept
            data = json.dumps(_xml_safe_json(doc) if result_format == "xml" else doc,
                              ensure_ascii=False).encode("utf-8")
            return "SELECT", media, ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON).serialize(format=fmt), truncated
        if truncated:
            doc["truncated"] = True
            doc["note"] = f"results cut at {max_rows} rows (the server's row limit)"
        return "SELECT", media, json.dumps(doc, ensure_ascii=False).encode("utf-8"), truncated
    kind = "DESCRIBE" if re.match(r"\s*(?:(?:PREFIX\s+[\w.-]*:|BASE)\s*)*DESCRIBE\b", _code(sparql), re.I) else "CONSTRUCT"
    if graph_format is None:
        raise NotAcceptableError(f"a {kind} result can be sent as " + ", ".join(m for m, _ in GRAPH_FORMATS.values()))
    triples = list(itertools.islice(result, max_rows + 1))
    truncated = len(triples) > max_rows
    del triples[max_rows:]
    media, fmt = GRAPH_FORMATS[graph_format]
    if graph_format == "rdfxml":
        triples = [_xml_safe_triple(t) for t in triples]
    body = ox.serialize(triples, format=fmt, prefixes=PREFIXES if graph_format in ("turtle", "rdfxml") else None)
    if truncated and graph_format in ("turtle", "ntriples"):
        body = f"# results cut at {max_rows} triples (the server's row limit)\n".encode() + body
    return kind, media, body, truncated


def _message(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return f"SPARQL error: {text}" if isinstance(exc, SyntaxError) else text


def limit_memory(max_bytes: int) -> bool:
    """Limit this process's heap (RLIMIT_DATA: its data segment and private writable mappings) to ``max_bytes``:
    an allocation past it fails, and Oxigraph, which cannot recover from that, ends the process. Returns whether
    the limit is in place (POSIX only)."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_DATA, (max_bytes, max_bytes))
        return True
    except (ImportError, ValueError, OSError):
        return False


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
            conn.send(("ok", evaluate(store, *request)))
        except KGError as exc:
            conn.send(("error", type(exc).__name__, str(exc)))


# -- the data source --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Answer:
    """A serialized query answer."""

    kind: str          # SELECT, ASK, CONSTRUCT or DESCRIBE
    media_type: str
    body: bytes
    truncated: bool = False


class QuerySource(Protocol):
    """What the app needs from its data: answers to queries, a triple count, a way to stop."""

    triples: int

    def query(self, sparql: str, *, result_format: str | None = "json", graph_format: str | None = "turtle",
              default_graphs: Sequence[str] = (), named_graphs: Sequence[str] = (), max_rows: int = 10000) -> Answer: ...

    def close(self) -> None: ...


_ERRORS = {cls.__name__: cls for cls in (QueryError, NotAcceptableError, RefusedQueryError, QueryTimeoutError)}


class _Worker:
    """One worker: a fresh Python process (not a fork of the server, and not tied to its main module) on a socket pair."""

    def __init__(self, snapshot: str, sandbox: bool, memory: int = 0):
        parent, child = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        env = dict(os.environ)
        root = str(Path(__file__).resolve().parent.parent)  # so the worker imports this very kg package
        env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-c", "import sys; from kg.serve import _worker_entry; _worker_entry(*sys.argv[1:])",
                 str(child.fileno()), snapshot, "1" if sandbox else "0", str(memory)],
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


def _worker_entry(fd: str, snapshot: str, sandbox: str, memory: str = "0") -> None:
    if sys.platform.startswith("linux"):  # die with the server, even in the middle of a query
        try:
            ctypes.CDLL(None).prctl(1, ctypes.c_ulong(9), ctypes.c_ulong(0), ctypes.c_ulong(0), ctypes.c_ulong(0))
        except (OSError, AttributeError):
            pass
    _worker_main(Connection(int(fd)), snapshot, sandbox == "1", int(memory))


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
        """Answer a query (blocking): see :func:`evaluate`. Raises QueryTimeoutError past the timeout."""
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
            return Answer(*message[1])
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


def _rdf_graph(graph_or_path: Any) -> Graph:
    from .graph import KnowledgeGraph

    if isinstance(graph_or_path, (str, Path)):
        return KnowledgeGraph.load(graph_or_path).graph
    inner = getattr(graph_or_path, "graph", graph_or_path)
    if not isinstance(inner, Graph):
        raise ServeError(f"expected a graph file, a KnowledgeGraph or an rdflib Graph, got {type(graph_or_path).__name__}")
    return inner


def write_snapshot(graph: Graph, path: str | Path) -> None:
    """The graph as N-Triples (the workers' input): straight from Oxigraph when the graph is on oxrdflib."""
    inner = getattr(graph.store, "_inner", None)
    if isinstance(inner, ox.Store):
        try:
            from oxrdflib.store import to_ox_quad_pattern  # type: ignore[attr-defined]

            quads = inner.quads_for_pattern(*to_ox_quad_pattern((None, None, None), graph))
            ox.serialize((q.triple for q in quads), str(path), format=ox.RdfFormat.N_TRIPLES)
            return
        except (ImportError, TypeError, ValueError):
            pass
    graph.serialize(destination=str(path), format="nt", encoding="utf-8")


# -- HTML -------------------------------------------------------------------------------------------------
_e = html.escape
EXAMPLES = [
    ("Who is the CEO of which organization?",
     "SELECT ?person ?organization WHERE {\n  ?p kg:ceoOf ?o .\n  ?p rdfs:label ?person .\n  ?o rdfs:label ?organization .\n}\nORDER BY ?organization"),
    ("How many entities of each class?",
     "SELECT ?class (COUNT(DISTINCT ?e) AS ?entities) WHERE {\n  ?e kg:mentionedIn ?doc ; a ?class .\n}\nGROUP BY ?class\nORDER BY DESC(?entities)"),
    ("Who invests how much, in what?",
     "SELECT ?investor ?value ?currency ?target WHERE {\n  ?inv a kg:Investment ; kg:investor/rdfs:label ?investor ;\n"
     "       kg:amount [ kg:value ?value ; kg:currency ?currency ] .\n  OPTIONAL { ?inv kg:targetText ?target }\n}"),
    ("Every fact with the sentence it was read from",
     "SELECT ?subject ?relation ?object ?sentence WHERE {\n  ?ev a kg:Evidence ; rdf:subject/rdfs:label ?subject ;\n"
     "      rdf:predicate ?p ; rdf:object/rdfs:label ?object ; kg:sentence ?sentence .\n"
     "  BIND(STRAFTER(STR(?p), \"#\") AS ?relation)\n}\nLIMIT 100"),
    ("Is anyone both a founder and a CEO?", "ASK { ?p kg:founderOf ?a ; kg:ceoOf ?b }"),
]
_CSS = """body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#222;margin:0 auto;max-width:1100px;padding:0 16px 40px}
h1{font-size:22px;margin:18px 0 6px}h2{font-size:17px;margin:22px 0 6px}a{color:#2a5db0}
textarea{width:100%;box-sizing:border-box;font:13px/1.4 ui-monospace,Menlo,Consolas,monospace;padding:6px}
table{border-collapse:collapse;margin:6px 0;width:100%}th,td{border:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top;word-break:break-word}
th{background:#f4f4f4}.err{color:#a33;white-space:pre-wrap}.muted{color:#777}.k{color:#666;font-size:12px;text-transform:uppercase;letter-spacing:.04em}
pre{background:#f7f7f7;padding:8px;overflow:auto}iframe{width:100%;height:600px;border:1px solid #ddd}ul{padding-left:20px}li{margin:3px 0}
blockquote{margin:4px 0 4px 0;padding:2px 10px;border-left:3px solid #ccc}"""
_CSP = ("default-src 'none'; style-src 'unsafe-inline'; frame-src 'self'; form-action 'self'; base-uri 'none'; "
        "img-src data:; frame-ancestors 'self'")


def _page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, '
            f'initial-scale=1"><meta name="referrer" content="no-referrer"><title>{_e(title)}</title><style>{_CSS}</style>'
            f"</head><body>\n{body}\n</body></html>\n")


# -- the app ----------------------------------------------------------------------------------------------
_SAFE_IRI = re.compile(r"[^\x00-\x20<>\"{}|^`\\]+")
_RDF = PREFIXES["rdf"]
_RDFS = PREFIXES["rdfs"]
_SKOS = PREFIXES["skos"]
_KG = PREFIXES["kg"]


class _App:
    """The state and the handlers of one served graph."""

    def __init__(self, source: QuerySource, graph: Graph | None, *, base: str, max_rows: int,
                 ontology: Iterable[str | Path] = ()):
        from .network import _labels
        from .ontology import load_ontology_graph

        self.source = source
        self.graph = graph
        self.base = base
        self.max_rows = max_rows
        self.page_rows = max(max_rows, PAGE_MAX_ROWS)  # a resource's own description is not cut by a small --max-rows
        self.ontology = tuple(ontology)
        self.labels = _labels(load_ontology_graph(self.ontology))
        self._graph_page: bytes | None = None
        self._graph_lock = threading.Lock()
        # the graph view is drawn once, on a thread of its own: requests waiting for it hold no thread of the
        # server's pool, which the queries need
        self._render_pool = ThreadPoolExecutor(1, thread_name_prefix="kg-render")
        self._rendering: Any = None  # the concurrent.futures.Future of the drawing, once started

    # -- helpers ---------------------------------------------------------------------------------
    async def _run(self, sparql: str, **kw: Any) -> Answer:
        import anyio.to_thread

        kw.setdefault("max_rows", self.max_rows)
        return await anyio.to_thread.run_sync(lambda: self.source.query(sparql, **kw))

    async def _select(self, sparql: str) -> list[dict[str, dict[str, str]]]:
        answer = await self._run(sparql, result_format="json", max_rows=self.page_rows)
        return json.loads(answer.body)["results"]["bindings"]

    def _local(self, iri: str) -> str | None:
        """The server path of an IRI under the base, else None."""
        if iri.startswith(self.base) and len(iri) > len(self.base) and _SAFE_IRI.fullmatch(iri):
            return "/" + iri[len(self.base):]
        return None

    def _short(self, iri: str) -> str:
        from .query import _short

        return self.labels.get(iri) or _short(URIRef(iri))

    def _term_html(self, term: dict[str, Any], label: str | None = None) -> str:
        """One SPARQL JSON term as escaped HTML; IRIs under the base become links to their pages here."""
        kind, value = term.get("type"), str(term.get("value", ""))
        if kind == "uri":
            local = self._local(value)
            text = _e(label or (self._short(value) if local is None else value[len(self.base):]))
            return f'<a href="{_e(local)}">{text}</a>' if local else f'<span title="{_e(value)}">{text}</span>'
        if kind == "bnode":
            return f"<span class=muted>_:{_e(value)}</span>"
        if kind == "triple":
            v = term.get("value", {})
            return "&lt;&lt; " + " ".join(self._term_html(v.get(k, {})) for k in ("subject", "predicate", "object")) + " &gt;&gt;"
        lang = term.get("xml:lang")
        return _e(value) + (f' <span class=muted>@{_e(lang)}</span>' if lang else "")

    def _table(self, names: list[str], bindings: list[dict[str, Any]]) -> str:
        head = "".join(f"<th>{_e(n)}</th>" for n in names)
        body = "".join("<tr>" + "".join(f"<td>{self._term_html(b[n]) if n in b else ''}</td>" for n in names) + "</tr>"
                       for b in bindings)
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"

    # -- SPARQL protocol ----------------------------------------------------------------------------
    async def sparql(self, request: Request) -> Response:
        params = request.query_params
        query: str | None = None
        if request.method == "POST":
            ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
            if ctype == "application/x-www-form-urlencoded":
                try:  # parsed here: Starlette's form parser would need python-multipart
                    form = MultiDict(parse_qsl((await request.body()).decode("utf-8"), keep_blank_values=True))
                except UnicodeDecodeError:
                    raise QueryError("the form is not UTF-8 text") from None
                if "update" in form:
                    raise RefusedQueryError("this endpoint is read-only: SPARQL Update is not accepted")
                queries = form.getlist("query")
                if len(queries) != 1:
                    raise QueryError("give exactly one 'query' field")
                query = str(queries[0])
                defaults = [str(v) for v in form.getlist("default-graph-uri")] + params.getlist("default-graph-uri")
                named = [str(v) for v in form.getlist("named-graph-uri")] + params.getlist("named-graph-uri")
            elif ctype == "application/sparql-query":
                body = await request.body()
                try:
                    query = body.decode("utf-8")
                except UnicodeDecodeError:
                    raise QueryError("the query is not UTF-8 text") from None
                defaults, named = params.getlist("default-graph-uri"), params.getlist("named-graph-uri")
            elif ctype == "application/sparql-update":
                raise RefusedQueryError("this endpoint is read-only: SPARQL Update is not accepted")
            else:
                return PlainTextResponse("send the query as application/x-www-form-urlencoded (query=...) or "
                                         "application/sparql-query\n", status_code=415)
        else:
            if "update" in params:
                raise RefusedQueryError("this endpoint is read-only: SPARQL Update is not accepted")
            queries = params.getlist("query")
            if not queries:
                return self.service_description(request)
            if len(queries) != 1:
                raise QueryError("give exactly one 'query' parameter")
            query = queries[0]
            defaults, named = params.getlist("default-graph-uri"), params.getlist("named-graph-uri")
        accept = request.headers.get("accept")
        result_format = negotiate(accept, _RESULT_MEDIA)
        graph_format = negotiate(accept, _GRAPH_MEDIA)
        forced = _format_param(params)
        if forced:
            result_format = forced[0] or result_format
            graph_format = forced[1] or graph_format
        answer = await self._run(query, result_format=result_format, graph_format=graph_format,
                                 default_graphs=defaults, named_graphs=named)
        return _answer_response(answer)

    def service_description(self, request: Request) -> Response:
        endpoint = quote(str(request.url.replace(query="", fragment="")), safe=":/?#[]@!$&'()*+,;=%")
        formats = "http://www.w3.org/ns/formats/"
        results = ", ".join(f"<{formats}{n}>" for n in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                                                          "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML"))
        text = f"""@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix void: <http://rdfs.org/ns/void#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

<{endpoint}#service> a sd:Service ;
    rdfs:label "kg SPARQL endpoint (read-only)" ;
    sd:endpoint <{endpoint}> ;
    sd:supportedLanguage sd:SPARQL11Query ;
    sd:resultFormat {results} ;
    sd:defaultDataset [
        a sd:Dataset ;
        sd:defaultGraph [ a sd:Graph ; void:triples {int(self.source.triples)} ]
    ] .
"""
        return Response(text, media_type="text/turtle", headers={"Vary": "Accept"})

    # -- pages ----------------------------------------------------------------------------------------
    async def home(self, request: Request) -> Response:
        query = request.query_params.get("query")
        status = 200
        out = []
        if query:
            out.append("<h2>Results</h2>")
            try:
                answer = await self._run(query, result_format="json", graph_format="turtle")
            except QueryTimeoutError as exc:
                status, answer = 503, None
                out.append(f'<p class="err">{_e(str(exc))}</p>')
            except QueryError as exc:
                status, answer = 400, None
                out.append(f'<p class="err">{_e(str(exc))}</p>')
            if answer is not None:
                if answer.kind == "SELECT":
                    doc = json.loads(answer.body)
                    rows = doc["results"]["bindings"]
                    out.append(f'<p class=muted>{len(rows)} row{"s" if len(rows) != 1 else ""}'
                               + (f" (cut at {self.max_rows})" if answer.truncated else "") + "</p>")
                    out.append(self._table(doc["head"]["vars"], rows))
                elif answer.kind == "ASK":
                    out.append(f"<p><strong>{'yes' if json.loads(answer.body)['boolean'] else 'no'}</strong></p>")
                else:
                    out.append(("<p class=muted>cut at %d triples</p>" % self.max_rows if answer.truncated else "")
                               + f"<pre>{_e(answer.body.decode('utf-8'))}</pre>")
        examples = "".join(f'<li><a href="/?{_e(urlencode({"query": q}))}">{_e(title)}</a></li>' for title, q in EXAMPLES)
        prefixes = ", ".join(PREFIXES)
        body = f"""<h1>kg: query the knowledge graph</h1>
<p class=muted>{int(self.source.triples)} triples. SPARQL endpoint: <a href="/sparql">/sparql</a> (read-only).
The prefixes {_e(prefixes)} are pre-bound.</p>
<form method="get" action="/"><textarea name="query" rows="9" spellcheck="false" aria-label="SPARQL query">{_e(query or EXAMPLES[0][1])}</textarea>
<p><button type="submit">Run query</button></p></form>
<div class=k>Example questions</div><ul>{examples}</ul>
{''.join(out)}
<h2>The graph</h2>
<iframe src="/graph" title="Interactive graph"></iframe>"""
        return _html(_page("kg: query the knowledge graph", body), status)

    async def graph_page(self, request: Request) -> Response:
        import asyncio

        if self.graph is None:
            return PlainTextResponse("no graph view for this data source\n", status_code=404)
        page = self._graph_page
        if page is None:
            with self._graph_lock:
                if self._rendering is None:
                    self._rendering = self._render_pool.submit(self._render_graph)
            page = await asyncio.wrap_future(self._rendering)
        return Response(page, media_type="text/html; charset=utf-8",
                        headers={"X-Content-Type-Options": "nosniff", "Cache-Control": "no-cache"})

    def _render_graph(self) -> bytes:
        """Draw the graph view (on the render thread, once: see graph_page)."""
        if self._graph_page is None:
            from .render import render

            page, _ = render(self.graph, ontology=self.ontology, max_nodes=GRAPH_VIEW_MAX_NODES, title="kg graph")
            self._graph_page = page.encode("utf-8")
        return self._graph_page

    async def resource(self, request: Request) -> Response:
        """Linked data: the resource BASE + path, as HTML or RDF by content negotiation; 404 if the graph has no such IRI."""
        raw = request.scope.get("raw_path") or request.url.path.encode()
        path = raw.decode("latin-1").split("?", 1)[0].lstrip("/")
        iri = self.base + path
        if not path or not _SAFE_IRI.fullmatch(iri):
            return PlainTextResponse("not found\n", status_code=404)
        choice = negotiate(request.headers.get("accept"), _PAGE_MEDIA)
        forced = _format_param(request.query_params)
        if forced and forced[1]:
            choice = forced[1]
        if choice is None:
            return PlainTextResponse("acceptable: text/html, " + ", ".join(m for m, _ in GRAPH_FORMATS.values()) + "\n",
                                     status_code=406)
        if choice != "html":
            answer = await self._run(_describe(iri), graph_format=choice, max_rows=self.page_rows)
            if not answer.body.strip() or (choice in ("turtle", "ntriples") and not _has_triples(answer.body)):
                return PlainTextResponse(f"no resource {iri} in this graph\n", status_code=404)
            response = _answer_response(answer)
            response.headers["Vary"] = "Accept"
            return response
        return await self._resource_html(iri)

    async def _resource_html(self, iri: str) -> Response:
        out_rows = await self._select(f"""SELECT ?p ?o ?ol WHERE {{ <{iri}> ?p ?o
            OPTIONAL {{ ?o <{_RDFS}label> ?ol }} }} ORDER BY ?p ?o""")
        in_rows = await self._select(f"""SELECT ?s ?p ?sl WHERE {{ ?s ?p <{iri}>
            FILTER NOT EXISTS {{ ?s a <{_KG}Evidence> }} OPTIONAL {{ ?s <{_RDFS}label> ?sl }} }} ORDER BY ?p ?s""")
        if not out_rows and not in_rows:
            return _html(_page("not found", f"<h1>Not found</h1><p>There is no resource <code>{_e(iri)}</code> in this graph.</p>"
                                            '<p><a href="/">Query the graph</a></p>'), 404)
        evidence = await self._select(f"""SELECT ?s ?sl ?p ?o ?ol ?sentence ?doc ?dl ?rule ?confidence WHERE {{
            {{ ?ev <{_RDF}subject> <{iri}> }} UNION {{ ?ev <{_RDF}object> <{iri}> }}
            ?ev a <{_KG}Evidence> ; <{_RDF}subject> ?s ; <{_RDF}predicate> ?p ; <{_RDF}object> ?o .
            OPTIONAL {{ ?s <{_RDFS}label> ?sl }} OPTIONAL {{ ?o <{_RDFS}label> ?ol }}
            OPTIONAL {{ ?ev <{_KG}sentence> ?sentence }} OPTIONAL {{ ?ev <{_KG}rule> ?rule }}
            OPTIONAL {{ ?ev <{_KG}confidence> ?confidence }}
            OPTIONAL {{ ?ev <{_KG}document> ?doc OPTIONAL {{ ?doc <{_RDFS}label> ?dl }} }}
        }} ORDER BY ?p ?s ?o ?sentence""")
        names = [r["o"]["value"] for r in out_rows if r["p"]["value"] in (_RDFS + "label", _SKOS + "altLabel")]
        types = [r["o"] for r in out_rows if r["p"]["value"] == _RDF + "type"]
        title = names[0] if names else iri.rsplit("/", 1)[-1]
        lbl = lambda r, k: r[k]["value"] if k in r else None  # noqa: E731

        def facts(rows: list[dict[str, Any]], key: str, label: str) -> str:
            items = [f"<tr><td>{self._term_html(r['p'])}</td><td>{self._term_html(r[key], lbl(r, label))}</td></tr>"
                     for r in rows if r["p"]["value"] not in (_RDFS + "label", _SKOS + "altLabel", _RDF + "type")]
            return f"<table><tbody>{''.join(items)}</tbody></table>" if items else "<p class=muted>none</p>"

        ev_items = []
        for r in evidence:
            fact = (f"{self._term_html(r['s'], lbl(r, 'sl'))} → {self._term_html(r['p'])} → {self._term_html(r['o'], lbl(r, 'ol'))}")
            meta = [x for x in (
                ("document " + self._term_html(r["doc"], lbl(r, "dl"))) if "doc" in r else "",
                ("rule " + _e(r["rule"]["value"])) if "rule" in r else "",
                ("confidence " + _e(r["confidence"]["value"])) if "confidence" in r else "") if x]
            sentence = f"<blockquote>{_e(r['sentence']['value'])}</blockquote>" if "sentence" in r else ""
            ev_items.append(f"<li>{fact}{sentence}<span class=muted>{' · '.join(meta)}</span></li>")
        neighbours = {}
        for r in out_rows:
            if r["o"].get("type") == "uri" and self._local(r["o"]["value"]) and r["p"]["value"] != _RDF + "type":
                neighbours.setdefault(r["o"]["value"], lbl(r, "ol"))
        for r in in_rows:
            if self._local(r["s"]["value"]):
                neighbours.setdefault(r["s"]["value"], lbl(r, "sl"))
        neighbour_html = ", ".join(self._term_html({"type": "uri", "value": n}, label) for n, label in neighbours.items())
        local = self._local(iri) or ""
        body = f"""<p><a href="/">← query the graph</a></p>
<h1>{_e(title)}</h1>
<p class=muted><code>{_e(iri)}</code> · as <a href="{_e(local)}?format=turtle">Turtle</a></p>
<div class=k>Names</div><p>{_e(", ".join(dict.fromkeys(names))) or '<span class=muted>none</span>'}</p>
<div class=k>Types</div><p>{", ".join(self._term_html(t) for t in types) or '<span class=muted>none</span>'}</p>
<h2>Facts about it</h2>{facts(out_rows, "o", "ol")}
<h2>Facts pointing to it</h2>{facts(in_rows, "s", "sl")}
<h2>Evidence</h2>{f"<ul>{''.join(ev_items)}</ul>" if ev_items else "<p class=muted>none</p>"}
<h2>Neighbours</h2><p>{neighbour_html or '<span class=muted>none</span>'}</p>"""
        return _html(_page(f"{title} · kg", body), 200, vary=True)


GRAPH_VIEW_MAX_NODES = 1000
PAGE_MAX_ROWS = 10000


def _describe(iri: str) -> str:
    """The description of a resource: its triples both ways, its evidence nodes, the amounts it has (CBD-like)."""
    return f"""CONSTRUCT {{ <{iri}> ?p ?o . ?o ?ap ?ao . ?s ?q <{iri}> . ?ev ?ep ?eo }} WHERE {{
      {{ <{iri}> ?p ?o OPTIONAL {{ ?o a <{_KG}MonetaryAmount> ; ?ap ?ao }} }}
      UNION {{ ?s ?q <{iri}> }}
      UNION {{ ?ev a <{_KG}Evidence> ; <{_RDF}subject>|<{_RDF}object> <{iri}> ; ?ep ?eo }}
    }}"""


def _format_param(params: Any) -> tuple[str | None, str | None] | None:
    """The (result, graph) formats named by a ``format`` or ``output`` parameter, as some clients send; else None."""
    wanted = (params.get("format") or params.get("output") or "").strip().lower()
    if not wanted:
        return None
    if "/" in wanted:
        return negotiate(wanted, _RESULT_MEDIA), negotiate(wanted, _GRAPH_MEDIA)
    return _FORMAT_PARAM.get(wanted)


def _has_triples(body: bytes) -> bool:
    return any(line.strip() and not line.lstrip().startswith((b"#", b"@prefix", b"PREFIX")) for line in body.splitlines())


def _answer_response(answer: Answer) -> Response:
    media = answer.media_type + ("; charset=utf-8" if answer.media_type.startswith("text/") else "")
    headers = {"Vary": "Accept", "X-Content-Type-Options": "nosniff"}
    if answer.truncated:
        headers["X-KG-Truncated"] = "true"
    return Response(answer.body, media_type=media, headers=headers)


def _html(text: str, status: int = 200, vary: bool = False) -> Response:
    headers = {"Content-Security-Policy": _CSP, "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}
    if vary:
        headers["Vary"] = "Accept"
    return HTMLResponse(text, status_code=status, headers=headers)


def _error_response(status: int):
    async def handler(request: Request, exc: Exception) -> Response:
        return PlainTextResponse(str(exc).rstrip() + "\n", status_code=status)

    return handler


def create_app(graph_or_path: Any = None, *, timeout: float = 10.0, max_rows: int = 10000, cors: str | None = None,
               ontology: Iterable[str | Path] = (), base: str = DEFAULT_BASE, workers: int | None = None,
               source: QuerySource | None = None, sandbox: bool = True, infer: bool = False,
               allowed_hosts: Sequence[str] | None = None, worker_memory: int | None = None,
               max_answer_bytes: int | None = MAX_ANSWER_BYTES, queue_timeout: float | None = None) -> Starlette:
    """The ASGI app serving a graph (a file path, a KnowledgeGraph or an rdflib Graph), or any ``source``.

    Limits of the query workers (:class:`WorkerPool`): ``worker_memory`` bytes of heap each (None:
    :func:`default_worker_memory`, 0: none), answers of at most ``max_answer_bytes`` bytes, ``queue_timeout``
    seconds of waiting for a free worker (None: 3 x ``timeout``, at least 30 s).

    ``allowed_hosts``: the ``Host`` header values accepted (Starlette's TrustedHostMiddleware: ``*.example.org``
    patterns, a port is ignored); any other host gets 400, so a web page cannot reach a loopback server under a
    name of its own (DNS rebinding). None accepts any host (for an app put behind a proxy that checks).

    With ``infer``, the served graph also holds what the ontology (core plus ``ontology``) entails
    (see :mod:`kg.infer`), materialised once at start-up.

    Starts the query workers now (the graph is read once, written to a temporary N-Triples snapshot and
    loaded by each worker); they stop when the app shuts down (its lifespan) or with ``app.state.close()``.
    """
    if max_rows < 1:
        raise ServeError("--max-rows must be at least 1")
    if timeout <= 0:
        raise ServeError("--timeout must be positive")
    graph: Graph | None = None
    tmpdir: str | None = None
    if source is None:
        if graph_or_path is None:
            raise ServeError("give a graph to serve")
        graph = _rdf_graph(graph_or_path)
        if infer:
            from .infer import inferred_copy

            graph = inferred_copy(graph, ontology)
        tmpdir = tempfile.mkdtemp(prefix="kg-serve-")
        snapshot = Path(tmpdir) / "graph.nt"
        try:
            write_snapshot(graph, snapshot)
            memory = default_worker_memory(snapshot) if worker_memory is None else worker_memory
            source = WorkerPool(snapshot, workers=workers or default_workers(), timeout=timeout, sandbox=sandbox,
                                memory=memory, max_answer_bytes=max_answer_bytes, queue_timeout=queue_timeout)
        except BaseException:
            shutil.rmtree(tmpdir, ignore_errors=True)
            raise
    elif graph_or_path is not None:
        graph = _rdf_graph(graph_or_path)
    state = _App(source, graph, base=base if base.endswith(("/", "#")) else base + "/", max_rows=max_rows,
                 ontology=ontology)

    closed = threading.Event()

    def close() -> None:
        if not closed.is_set():
            closed.set()
            state.source.close()
            state._render_pool.shutdown(wait=False, cancel_futures=True)
            if tmpdir:
                shutil.rmtree(tmpdir, ignore_errors=True)

    from contextlib import asynccontextmanager

    @asynccontextmanager
    async def lifespan(app: Starlette):
        try:
            yield
        finally:
            close()

    middleware = []
    if allowed_hosts is not None:
        middleware.append(Middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts), www_redirect=False))
    if cors:
        middleware.append(Middleware(CORSMiddleware, allow_origins=[cors], allow_methods=["GET", "POST"],
                                     allow_headers=["Accept", "Content-Type"], expose_headers=["X-KG-Truncated"]))
    app = Starlette(
        routes=[
            Route("/", state.home, methods=["GET"]),
            Route("/sparql", state.sparql, methods=["GET", "POST"]),
            Route("/graph", state.graph_page, methods=["GET"]),
            Route("/favicon.ico", lambda request: Response(status_code=404), methods=["GET"]),
            Route("/{path:path}", state.resource, methods=["GET"]),
        ],
        middleware=middleware,
        exception_handlers={
            NotAcceptableError: _error_response(406),
            RefusedQueryError: _error_response(403),
            QueryTimeoutError: _error_response(503),
            QueryError: _error_response(400),
            KGError: _error_response(500),
        },
        lifespan=lifespan,
    )
    app.state.kg = state
    app.state.close = close
    return app


#: seconds an idle keep-alive connection stays open
KEEP_ALIVE_S = 5
#: connections (and requests in flight) served at once; past this uvicorn answers 503
MAX_CONNECTIONS = 500
#: bytes of request line and headers accepted (h11)
MAX_HEADER_BYTES = 16 * 1024


#: seconds a client has to send a whole request line and headers (from connecting, or from the last answer)
HEADER_TIMEOUT_S = 10.0


def http_protocol() -> type:
    """uvicorn's h11 protocol, which waits for a request head as long as a client likes (a connection that sends
    nothing, or a byte now and then, stays open), with a deadline: a connection that has not sent a whole request
    head within :data:`HEADER_TIMEOUT_S` seconds of connecting or of its last answer is closed."""
    import h11
    from uvicorn.protocols.http.h11_impl import H11Protocol

    class HeadDeadlineProtocol(H11Protocol):
        _head_timer: Any = None

        def _arm(self) -> None:
            if self._head_timer is not None:
                self._head_timer.cancel()
            self._head_timer = self.loop.call_later(HEADER_TIMEOUT_S, self._head_deadline)

        def _head_deadline(self) -> None:
            self._head_timer = None
            if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
                self.transport.close()  # no whole request head yet: a slow or idle client

        def connection_made(self, transport: Any) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._arm()

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if not self.transport.is_closing():
                self._arm()

        def connection_lost(self, exc: Exception | None) -> None:
            if self._head_timer is not None:
                self._head_timer.cancel()
            super().connection_lost(exc)

    return HeadDeadlineProtocol


def serving_hosts(host: str, extra: Iterable[str] = ()) -> list[str]:
    """The Host header values a server bound to ``host`` accepts: that address, and for loopback its names
    (``localhost``, ``127.0.0.1``, ``::1``); for a wildcard address (``0.0.0.0``, ``::``) any host unless ``extra``
    names some. ``extra`` adds names (a DNS name the server is reached by)."""
    extra = list(extra)
    if host in ("0.0.0.0", "::", ""):
        return extra or ["*"]
    names = [host, f"[{host}]"] if ":" in host else [host]
    if host in ("127.0.0.1", "localhost", "::1"):
        names += ["localhost", "127.0.0.1", "[::1]"]
    return list(dict.fromkeys(names + extra))


def default_worker_memory(snapshot: str | Path) -> int:
    """The heap a query worker may use by default: 16 times the N-Triples snapshot it loads, at least 1 GiB (a
    worker holding the graph takes about 3 to 5 times the snapshot; the rest is for answering)."""
    return max(2**30, 16 * Path(snapshot).stat().st_size)


def default_workers() -> int:
    """Query worker processes: the number of CPUs, at least 2 (so one slow query never blocks the rest), at most 8."""
    return max(2, min(8, os.cpu_count() or 2))


def check_port(host: str, port: int) -> None:
    """Raise ServeError, in one line, when ``host:port`` cannot be listened on (most often: the port is in use)."""
    import errno

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise ServeError(f"cannot listen on {host!r}: {exc.strerror}; give an address of this machine with --host") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does: a port in TIME_WAIT is free
        try:
            sock.bind(address)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise ServeError(f"port {port} is in use; choose another with --port") from None
            raise ServeError(f"cannot listen on {host}:{port}: {exc.strerror or exc}; choose another --port "
                             "(ports below 1024 need privileges) or --host") from None


def serve(graph: str | Path, *, host: str = "127.0.0.1", port: int = 8000, timeout: float = 10.0,
          max_rows: int = 10000, cors: str | None = None, ontology: Iterable[str | Path] = (),
          base: str = DEFAULT_BASE, workers: int | None = None, log_level: str = "info", infer: bool = False,
          allowed_hosts: Sequence[str] = (), worker_memory: int | None = None,
          max_answer_bytes: int | None = MAX_ANSWER_BYTES) -> None:
    """Serve a graph file until interrupted (the ``kg serve`` command).

    Requests must name this server in their ``Host`` header (:func:`serving_hosts`, plus ``allowed_hosts``).
    Connections are bounded: a request head must arrive whole within :data:`HEADER_TIMEOUT_S` s
    (:func:`http_protocol`), idle keep-alive connections close after :data:`KEEP_ALIVE_S` s, at most
    :data:`MAX_CONNECTIONS` are served at once (more get 503), request heads are limited to
    :data:`MAX_HEADER_BYTES` bytes.
    """
    import uvicorn

    check_port(host, port)
    if host not in ("127.0.0.1", "localhost", "::1"):
        warnings.warn(f"serving on {host}: anyone who can reach this address can query the graph")
    app = create_app(graph, timeout=timeout, max_rows=max_rows, cors=cors, ontology=ontology, base=base,
                     workers=workers, infer=infer, allowed_hosts=serving_hosts(host, allowed_hosts),
                     worker_memory=worker_memory, max_answer_bytes=max_answer_bytes)
    try:
        uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False, proxy_headers=False,
                    timeout_keep_alive=KEEP_ALIVE_S, limit_concurrency=MAX_CONNECTIONS,
                    h11_max_incomplete_event_size=MAX_HEADER_BYTES, http=http_protocol())
    finally:
        app.state.close()


__all__ = ["Answer", "QuerySource", "WorkerPool", "check_port", "check_query", "create_app", "default_workers", "deny_network",
           "evaluate", "negotiate", "serve", "write_snapshot"]
