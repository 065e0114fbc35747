"""The Oxigraph back-end: a pyoxigraph Store on disk or in memory (the layout: :mod:`kg.store`)."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any, cast

import pyoxigraph
from oxrdflib import OxigraphStore as RdflibStore
from rdflib import Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.query import ResultRow

from ..errors import StoreError
from ..namespace import PREFIXES
from ..oxgraph import rdflib_store
from ..query import QueryResult, run_query
from .base import Store, prefixed
from .updates import nquads, replace_update


class OxigraphStore(Store):
    """A pyoxigraph Store: on disk at ``path`` (created if missing), or in memory for ``path=None``."""

    #: an on-disk store flushes its write buffers (RocksDB memtables, which otherwise grow by about 200 MiB per
    #: 1,000 news-length documents) to disk after about this much written: memory stays flat in the documents
    flush_bytes = 16 * 2**20

    #: a build's writer hands an on-disk store its documents in groups of about this many triples (about 200
    #: news articles), each group one file ingestion (:meth:`bulk`); a kill loses at most the group in hand
    group_triples = 50_000
    #: a group this small is one transaction (:meth:`load`) instead: an ingestion costs more for a few documents
    bulk_min_triples = 2_000

    def __init__(self, path: str | Path | None = None, read_only: bool = False):
        self.location = str(path) if path is not None else ":memory:"
        self.read_only = read_only
        self._unflushed = 0
        if path is None:  # nothing to gain from groups in memory
            self.group_triples = 0
        try:
            if path is None:
                self.ox = pyoxigraph.Store()
            elif read_only:
                self.ox = pyoxigraph.Store.read_only(str(path))
            else:
                Path(path).mkdir(parents=True, exist_ok=True)
                self.ox = pyoxigraph.Store(str(path))
                # files a killed ingestion left (their data is in the store whole, or not at all): the store is
                # locked to this process now, so no other one is writing them
                for leftover in Path(path).glob("bulk-*.sst"):
                    leftover.unlink(missing_ok=True)
        except OSError as exc:
            msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            if "lock" in msg.lower():
                msg += " (another kg process has the store open; wait for it to finish)"
            raise StoreError(f"cannot open the store {self.location!r}: {msg}") from None
        self._graph: Graph | None = None

    def update(self, sparql: str) -> None:
        try:
            self.ox.update(sparql)
            self._wrote(len(sparql))
        except (OSError, ValueError, SyntaxError) as exc:
            raise StoreError(f"cannot write to the store {self.location!r}: {exc}") from None

    def load(self, nquads: str) -> None:
        """Add N-Quads in one transaction (all of them or, if anything fails, none)."""
        try:
            self.ox.load(nquads.encode("utf-8"), format=pyoxigraph.RdfFormat.N_QUADS)
            self._wrote(len(nquads))
        except (OSError, ValueError, SyntaxError) as exc:
            raise StoreError(f"cannot write to the store {self.location!r}: {exc}") from None

    def bulk(self, nquads: str) -> None:
        """Add N-Quads by RocksDB's file ingestion: several times less CPU than :meth:`load` for many documents
        (no per-quad reads, locks or write-ahead log; measured in benchmarks/store_write.py), and as atomic: the
        quads become visible in one step, all or none (one ingestion of files into every index; a kill before
        it leaves none, tests/test_store_durability.py). On-disk stores only."""
        try:
            self.ox.bulk_load(nquads.encode("utf-8"), format=pyoxigraph.RdfFormat.N_QUADS)
        except (OSError, ValueError, SyntaxError) as exc:
            raise StoreError(f"cannot write to the store {self.location!r}: {exc}") from None

    def _wrote(self, size: int) -> None:
        """Flush the write buffers to disk every ``flush_bytes`` written (committed writes are safe either way)."""
        self._unflushed += size
        if self._unflushed >= self.flush_bytes and self.location != ":memory:":
            self._unflushed = 0
            self.ox.flush()

    def put_ntriples(self, doc: str, triples: list[tuple[str, str, str]]) -> None:
        """A new document (no graph of that name yet) is one transactional load of its quads, into its graph and
        the default graph, with no SPARQL to parse; a document stored before is replaced by ``replace_update``."""
        if self.ox.contains_named_graph(pyoxigraph.NamedNode(doc)):
            self.update(replace_update(doc, triples, self.union))
            return
        self.load(nquads(doc, triples))

    def put_many(self, docs: list[tuple[str, list[tuple[str, str, str]]]]) -> list[StoreError | None]:
        """On disk, the new documents of a group (at least :attr:`bulk_min_triples` triples) go in by one
        :meth:`bulk` ingestion: all of them or none. If that fails, and for stored documents (replaced), one by
        one with :meth:`put_ntriples`, so that one bad document keeps out only itself."""
        if self.location == ":memory:":
            return super().put_many(docs)
        new = [i for i, (doc, _) in enumerate(docs) if not self.ox.contains_named_graph(pyoxigraph.NamedNode(doc))]
        errors: list[StoreError | None] = [None] * len(docs)
        rest = list(range(len(docs)))
        if len({docs[i][0] for i in new}) == len(new) and sum(len(docs[i][1]) for i in new) >= self.bulk_min_triples:
            try:
                self.bulk("".join(nquads(*docs[i]) for i in new))
                ingested = set(new)
                rest = [i for i in rest if i not in ingested]
            except StoreError:
                pass  # one by one below: a bad document keeps out only itself
        for i, error in zip(rest, super().put_many([docs[i] for i in rest])):
            errors[i] = error
        return errors

    def select(self, sparql: str) -> list[dict[str, Any]]:
        g = self.graph()
        result = g.query(prefixed(sparql))
        names = [str(v) for v in (result.vars or [])]
        return [dict(zip(names, row)) for row in result if isinstance(row, ResultRow)]  # (a SELECT's rows)

    def rows(self, sparql: str, *names: str) -> list[tuple[str | None, ...]]:
        # Oxigraph's own results, no rdflib terms: the same query on the same (default) graph, rows in the same order
        try:
            solutions = self.ox.query(prefixed(sparql))
        except (OSError, ValueError, SyntaxError) as exc:
            raise StoreError(f"cannot query the store {self.location!r}: {exc}") from None
        if not isinstance(solutions, pyoxigraph.QuerySolutions):
            raise StoreError(f"rows() takes a SELECT query, not {sparql!r}")
        return [tuple(None if (t := solution[n]) is None else t.value for n in names) for solution in solutions]

    def graph(self) -> Graph:
        """An rdflib Graph on the default graph (for rdflib code: KnowledgeGraph, render, validate)."""
        if self._graph is None:
            self._graph = Graph(store=rdflib_store(self.ox), identifier=DATASET_DEFAULT_GRAPH_ID)
            for prefix, ns in PREFIXES.items():
                self._graph.bind(prefix, ns, override=True)
        return self._graph

    def query(self, sparql: str, *, allow_service: bool = False) -> QueryResult:
        return run_query(self.graph(), sparql, allow_service=allow_service)

    def count(self) -> int:
        return sum(1 for _ in self.ox.quads_for_pattern(None, None, None, pyoxigraph.DefaultGraph()))

    def dump(self, path: str | Path) -> None:
        """The default graph as N-Triples."""
        self.ox.dump(str(path), format=pyoxigraph.RdfFormat.N_TRIPLES, from_graph=pyoxigraph.DefaultGraph())

    def close(self) -> None:
        if self.location != ":memory:" and not self.read_only:
            try:
                self.ox.flush()
            except OSError:
                pass
        if self._graph is not None:  # rdflib objects handed out may outlive the store: detach them from it
            cast(RdflibStore, self._graph.store)._store = pyoxigraph.Store()
        self._graph = None
        self.ox = None  # type: ignore[assignment]  # releases the lock when the last reference goes
        gc.collect()  # rdflib graphs are reference cycles: collect them now, so the lock is released now


__all__ = ["OxigraphStore"]
