"""Persistent graph stores: one named graph per document, the default graph their de-duplicated union.

Layout (the same in every back-end):

* each document's triples (its node with ``kg:contentHash``, its entities, facts, evidence, investments,
  and the merges :mod:`kg.link` made for it) live in a named graph whose name is the document's IRI
  (:meth:`kg.graph.IriMinter.document`);
* the default graph holds every triple of every named graph exactly once, so queries see no duplicates
  (a union default graph would return a triple once per named graph holding it);
* a document is written in one transaction: a new one (no named graph of its name yet) by one load of its
  quads into its graph and the default graph (Oxigraph), otherwise by one SPARQL Update request: delete from
  the default graph the old triples no other named graph holds, drop the old named graph, insert the new
  triples into both. An on-disk Oxigraph store takes a build's new documents in groups instead, each group
  one RocksDB file ingestion (all of it or none). A build killed at any point leaves each document either
  before or after, and re-running completes it;
* a document whose content hash is already stored is skipped before extraction.

Back-ends: :class:`OxigraphStore` (pyoxigraph, in memory or on disk) and :class:`RemoteStore` (any SPARQL
1.1 endpoint with Update, e.g. ``oxigraph serve``, Fuseki, Virtuoso). :func:`open_store` picks one from a
location: an ``http(s)://`` URL or a directory. Does not import spaCy.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyoxigraph
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from .errors import StoreError
from .ntriples import nt_term, ntriples_text
from .namespace import PREFIXES
from .query import QueryResult, run_query, with_prefixes


def _term(t: Any) -> str:
    """A term in SPARQL / N-Triples syntax (full IRIs, no prefixes). A plain ``str`` (not an rdflib term) is a term
    in N-Triples syntax already (:func:`kg.graph.document_triples`)."""
    if isinstance(t, URIRef):
        return f"<{t}>"
    if isinstance(t, Literal):  # N-Triples escaping: one line, valid SPARQL (rdflib's n3() is not, for some text)
        return nt_term(t)
    if isinstance(t, BNode):
        return f"_:{t}"
    if type(t) is str:
        return t
    raise TypeError(f"unexpected term {t!r}")


def triple_lines(triples: Iterable[tuple[Any, Any, Any]]) -> str:
    return "\n".join(f"{_term(s)} {_term(p)} {_term(o)} ." for s, p, o in triples)


def _nquads(doc: str, triples: list[tuple[str, str, str]]) -> str:
    """A document's triples as N-Quads: in its named graph, and in the default graph (the union)."""
    g = f"<{doc}>"
    return "".join([f"{s} {p} {o} {g} .\n" for s, p, o in triples]) + ntriples_text(triples)


#: graphs a large document is written into, in batches, before it replaces its old version in one request
STAGING = "urn:kg:staging:"


def staging_graph(doc: str) -> str:
    """The staging graph of a document (see :class:`RemoteStore`)."""
    import hashlib

    return STAGING + hashlib.sha1(doc.encode("utf-8")).hexdigest()


def replace_update(doc: str, triples: Iterable[tuple[Any, Any, Any]] | None, union: str | None = None) -> str:
    """The one SPARQL Update request that replaces (or, with ``triples`` None, removes) a document's graph.

    ``union`` names the graph kept as the de-duplicated union; None means the default graph.
    """
    d = f"<{doc}>"
    into = (lambda body: f"GRAPH <{union}> {{ {body} }}") if union else (lambda body: body)
    others = (f"FILTER(?g != {d}" + (f" && ?g != <{union}>" if union else "")
              + f" && !STRSTARTS(STR(?g), {json.dumps(STAGING)}))")
    parts = [f"DELETE {{ {into('?s ?p ?o')} }} WHERE {{ GRAPH {d} {{ ?s ?p ?o }} "
             f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} {others} }} }}",
             f"DROP SILENT GRAPH {d}"]
    if triples is not None:
        body = triple_lines(triples)
        if body:
            parts.append(f"INSERT DATA {{ GRAPH {d} {{\n{body}\n}}\n{into(chr(10) + body + chr(10))} }}")
    return " ;\n".join(parts)


def swap_update(doc: str, staging: str, union: str | None = None) -> str:
    """The one SPARQL Update request that replaces a document's graph by its staging graph's triples."""
    into = f"GRAPH <{union}> {{ ?s ?p ?o }}" if union else "?s ?p ?o"
    source = f"WHERE {{ GRAPH <{staging}> {{ ?s ?p ?o }} }}"
    # (two INSERTs, not one with two graphs in its template: Virtuoso 7 fails on that)
    return " ;\n".join([replace_update(doc, None, union), f"INSERT {{ GRAPH <{doc}> {{ ?s ?p ?o }} }} {source}",
                         f"INSERT {{ {into} }} {source}", f"DROP SILENT GRAPH <{staging}>"])


class Store:
    """What every back-end offers. ``location`` says where the data is (a directory, a URL, or ':memory:')."""

    location: str = ""

    # -- to implement -----------------------------------------------------------------------
    def update(self, sparql: str) -> None:
        """Run one SPARQL Update request atomically."""
        raise NotImplementedError

    def select(self, sparql: str) -> list[dict[str, Any]]:
        """Rows of a SELECT (over the default graph) as dicts of rdflib terms; kg prefixes pre-bound."""
        raise NotImplementedError

    def query(self, sparql: str, *, allow_service: bool = False) -> QueryResult:
        """Answer any query over the default graph (the de-duplicated union), like KnowledgeGraph.query."""
        raise NotImplementedError

    def rows(self, sparql: str, *names: str) -> list[tuple[str | None, ...]]:
        """Rows of a SELECT as plain strings (an IRI, a literal's lexical form; None if unbound), the variables
        ``names`` in that order: for reading many rows without making rdflib terms. Same rows as :meth:`select`."""
        return [tuple(None if r.get(n) is None else str(r[n]) for n in names) for r in self.select(sparql)]

    def close(self) -> None:
        pass

    # -- shared -----------------------------------------------------------------------------
    def count(self) -> int:
        """Triples in the default graph (each distinct triple once)."""
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        return int(rows[0]["n"]) if rows else 0

    def __len__(self) -> int:
        return self.count()

    @property
    def triples(self) -> int:  # the QuerySource attribute of kg.serve
        return self.count()

    def hashes(self) -> dict[str, str]:
        """Content hash of every stored document, by document IRI."""
        rows = self.rows("SELECT ?d ?h WHERE { GRAPH ?d { ?d a kg:Document ; kg:contentHash ?h } }", "d", "h")
        return {d: h for d, h in rows}

    def documents(self) -> dict[str, str]:
        """Document id (its rdfs:label) by document IRI."""
        rows = self.select("SELECT ?d ?id WHERE { GRAPH ?d { ?d a kg:Document ; rdfs:label ?id } }")
        return {str(r["d"]): str(r["id"]) for r in rows}

    def find_document(self, name: str) -> str | None:
        """The IRI of a stored document given its IRI, its id (as built) or its source path."""
        docs = self.documents()
        if name in docs:
            return name
        for iri, doc_id in docs.items():
            if doc_id == name:
                return iri
        rows = self.select(f"SELECT ?d WHERE {{ GRAPH ?d {{ ?d a kg:Document ; kg:source {Literal(name).n3()} }} }}")
        return str(rows[0]["d"]) if rows else None

    def put_document(self, doc: str, triples: Iterable[tuple[Any, Any, Any]]) -> None:
        """Replace a document's named graph (and its share of the default graph) in one transaction."""
        self.update(replace_update(doc, list(triples), self.union))

    def remove_document(self, doc: str) -> None:
        """Delete a document's named graph and the default-graph triples no other document holds."""
        self.update(replace_update(doc, None, self.union))

    def put_ntriples(self, doc: str, triples: list[tuple[str, str, str]]) -> None:
        """:meth:`put_document` with the triples as N-Triples terms (:func:`kg.graph.document_triples`).

        Back-ends may write these without rdflib terms; this one converts them and calls ``put_document``.
        """
        graph = Graph()
        graph.parse(data=ntriples_text(triples), format="nt")
        self.put_document(doc, graph)

    #: the writer of a build hands documents over in groups of about this many triples (0: one at a time)
    group_triples: int = 0

    def put_many(self, docs: list[tuple[str, list[tuple[str, str, str]]]]) -> list[StoreError | None]:
        """Write several documents (IRI, N-Triples terms), each whole or not at all; per document, None or the
        StoreError that kept it out. This one writes them one by one with :meth:`put_ntriples`."""
        errors: list[StoreError | None] = []
        for doc, triples in docs:
            try:
                self.put_ntriples(doc, triples)
                errors.append(None)
            except StoreError as exc:
                errors.append(exc)
        return errors

    def entity_classes(self, base: str) -> Iterator[tuple[str, str]]:
        """(entity IRI, class) pairs of the entities under ``base`` (to seed an IriMinter)."""
        prefix = f"{base}entity/"
        # (FILTER EXISTS: each pair once, not once per document that mentions the entity; 6x faster in Oxigraph)
        rows = self.rows(f"SELECT ?e ?c WHERE {{ ?e a ?c . FILTER(STRSTARTS(STR(?e), {Literal(prefix).n3()})) "
                         "FILTER EXISTS { ?e kg:mentionedIn ?d } } ORDER BY ?e ?c", "e", "c")
        for e, c in rows:
            yield e, c

    union: str | None = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _prefixed(sparql: str) -> str:
    return with_prefixes(sparql)[0]


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
        self.load(_nquads(doc, triples))

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
                self.bulk("".join(_nquads(*docs[i]) for i in new))
                ingested = set(new)
                rest = [i for i in rest if i not in ingested]
            except StoreError:
                pass  # one by one below: a bad document keeps out only itself
        for i, error in zip(rest, super().put_many([docs[i] for i in rest])):
            errors[i] = error
        return errors

    def select(self, sparql: str) -> list[dict[str, Any]]:
        g = self.graph()
        result = g.query(_prefixed(sparql))
        names = [str(v) for v in (result.vars or [])]
        return [dict(zip(names, row)) for row in result]

    def rows(self, sparql: str, *names: str) -> list[tuple[str | None, ...]]:
        # Oxigraph's own results, no rdflib terms: the same query on the same (default) graph, rows in the same order
        try:
            solutions = self.ox.query(_prefixed(sparql))
        except (OSError, ValueError, SyntaxError) as exc:
            raise StoreError(f"cannot query the store {self.location!r}: {exc}") from None
        return [tuple(None if (t := solution[n]) is None else t.value for n in names) for solution in solutions]

    def graph(self) -> Graph:
        """An rdflib Graph on the default graph (for rdflib code: KnowledgeGraph, render, validate)."""
        if self._graph is None:
            from oxrdflib import OxigraphStore as RdflibStore

            self._graph = Graph(store=RdflibStore(store=self.ox), identifier=DATASET_DEFAULT_GRAPH_ID)
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
            self._graph.store._store = pyoxigraph.Store()
        self._graph = None
        self.ox = None  # type: ignore[assignment]  # releases the lock when the last reference goes
        import gc

        gc.collect()  # rdflib graphs are reference cycles: collect them now, so the lock is released now


class RemoteStore(Store):
    """A SPARQL 1.1 endpoint with Update and the Graph Store Protocol (Oxigraph server, Fuseki, Virtuoso ...).

    ``url`` is the query endpoint. The update endpoint is ``update_url``, else derived: ``.../query`` ->
    ``.../update`` (Oxigraph, Fuseki), otherwise the same URL (Virtuoso's ``/sparql``). The Graph Store
    Protocol endpoint is ``gsp_url``, else derived: ``/query`` at the root -> ``/store`` (Oxigraph),
    ``/DATASET/query`` or ``/DATASET/sparql`` -> ``/DATASET/data`` (Fuseki), ``/sparql`` ->
    ``/sparql-graph-crud`` (Virtuoso); ``gsp_url=""`` means none (SPARQL only). A server that turns a GSP
    request down (404, 405, 501) is used through SPARQL from then on.

    Writing a document:

    * up to ``batch_triples`` triples: one SPARQL Update request (one transaction on the server);
    * more: in batches, so that no request is too large for the server (Virtuoso's SPARQL compiler gives up
      near 5,000 triples in one INSERT DATA): the batches go to a staging graph of the document's own
      (:func:`staging_graph`; GSP POSTs of N-Triples, else INSERT DATA), then one Update request swaps it in:
      removes the old version and copies the staging graph into the document's graph and the union. A build
      stopped between batches leaves the old version whole (queries never read a staging graph), and the
      re-run starts the staging graph afresh.

    A failed request is retried ``retries`` times with back-off, then raised as StoreError (the build reports
    the document as failed and a re-run writes it). ``union`` names a graph to keep the de-duplicated union
    in, for servers without a real default graph (Virtuoso); queries then read that graph. A result the
    server cut short (Virtuoso's ``ResultSetMaxRows``) is an error, never silently partial.
    """

    #: documents with more triples than this are written in batches of this many (see the class docstring)
    batch_triples = 2000

    def __init__(self, url: str, update_url: str | None = None, *, union: str | None = None, retries: int = 3,
                 timeout: float = 60.0, backoff: float = 0.5, auth: tuple[str, str] | None = None,
                 gsp_url: str | None = None):
        self.location = url
        self.query_url = url
        if update_url is None:
            update_url = url[: -len("/query")] + "/update" if url.rstrip("/").endswith("/query") else url
        self.update_url = update_url
        self.gsp_url: str | None = _gsp_url(url) if gsp_url is None else (gsp_url or None)
        self.union = union
        self.retries = retries
        self.timeout = timeout
        self.backoff = backoff
        self._headers: dict[str, str] = {}
        if auth is not None:
            import base64

            self._headers["Authorization"] = "Basic " + base64.b64encode(":".join(auth).encode()).decode()

    def _request(self, method: str, url: str, body: bytes | None, content_type: str | None = None,
                 accept: str | None = None, what: str = "request") -> bytes:
        headers = dict(self._headers)
        if content_type:
            headers["Content-Type"] = content_type + "; charset=utf-8"
        if accept:
            headers["Accept"] = accept
        last, unreachable = "", False
        for attempt in range(self.retries + 1):
            request = urllib.request.Request(url, data=body, headers=headers, method=method)
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    cut = response.headers.get("X-SPARQL-MaxRows")
                    if cut:
                        raise StoreError(
                            f"{what} to {url}: the server cut the result at {cut} rows; raise its limit (Virtuoso: "
                            f"ResultSetMaxRows in the [SPARQL] section of virtuoso.ini) above the store's size")
                    return response.read()
            except urllib.error.HTTPError as exc:
                detail = exc.read().decode("utf-8", "replace").strip().splitlines()
                last = f"HTTP {exc.code}: {detail[0] if detail else exc.reason}"
                if exc.code < 500 and exc.code not in (408, 429) or exc.code == 501:
                    raise _Refused(exc.code, f"{what} to {url} failed: {last}") from None
            except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
                last = str(getattr(exc, "reason", exc)) or type(exc).__name__
                unreachable = True
            if attempt < self.retries:
                time.sleep(self.backoff * 2 ** attempt)
        hint = "; is the server running, and is the URL right?" if unreachable else ""
        attempts = f"{self.retries + 1} attempt{'s' if self.retries else ''}"
        raise StoreError(f"{what} to {url} failed after {attempts}: {last}{hint}")

    def _post(self, url: str, body: str, content_type: str, accept: str | None = None, what: str = "request") -> bytes:
        try:
            return self._request("POST", url, body.encode("utf-8"), content_type, accept, what)
        except _Refused as exc:
            raise StoreError(str(exc)) from None

    def update(self, sparql: str) -> None:
        self._post(self.update_url, sparql, "application/sparql-update", what="SPARQL update")

    def _query(self, sparql: str, accept: str) -> bytes:
        form = {"query": _prefixed(sparql)}
        # the union graph as the default graph, unless the query asks for named graphs (a dataset given by
        # default-graph-uri alone has no named graphs)
        if self.union and not re.search(r"\bGRAPH\b", sparql, re.I):
            form["default-graph-uri"] = self.union
        # URL-encoded POST: the form every SPARQL 1.1 server takes (Virtuoso 7 hangs on a sparql-query body)
        return self._post(self.query_url, urllib.parse.urlencode(form), "application/x-www-form-urlencoded", accept,
                          what="SPARQL query")

    # -- the Graph Store Protocol ---------------------------------------------------------------------------
    def _gsp(self, method: str, graph: str | None, body: bytes | None = None) -> bytes | None:
        """One GSP request on ``graph`` (None: the default graph); None when the server has no GSP."""
        if self.gsp_url is None:
            return None
        target = f"{self.gsp_url}?" + (urllib.parse.urlencode({"graph": graph}) if graph else "default")
        try:
            return self._request(method, target, body, "application/n-triples" if body is not None else None,
                                 "application/n-triples" if method == "GET" else None, what=f"Graph Store {method}")
        except _Refused as exc:
            if exc.code in (404, 405, 501):  # no GSP there: SPARQL only from now on
                self.gsp_url = None
                return None
            raise StoreError(str(exc)) from None

    def _stage(self, staging: str, triples: list[tuple[Any, Any, Any]]) -> None:
        """Add one batch of a large document's triples to its staging graph (GSP POST, else INSERT DATA)."""
        if self.gsp_url is not None and self._gsp("POST", staging, _ntriples(triples)) is not None:
            return
        self.update(f"INSERT DATA {{ GRAPH <{staging}> {{\n{triple_lines(triples)}\n}} }}")

    def put_document(self, doc: str, triples: Iterable[tuple[Any, Any, Any]]) -> None:
        self._put(doc, list(triples))

    def put_ntriples(self, doc: str, triples: list[tuple[str, str, str]]) -> None:
        """:meth:`put_document` with the triples as N-Triples terms, sent as they are (no rdflib terms)."""
        self._put(doc, triples)

    def _put(self, doc: str, triples: list[tuple[Any, Any, Any]]) -> None:
        if len(triples) <= self.batch_triples:
            self.update(replace_update(doc, triples, self.union))
            return
        staging = staging_graph(doc)
        self.update(f"DROP SILENT GRAPH <{staging}>")  # what a stopped write of this document left
        for start in range(0, len(triples), self.batch_triples):
            self._stage(staging, triples[start:start + self.batch_triples])
        self.update(swap_update(doc, staging, self.union))

    # -- reading --------------------------------------------------------------------------------------------
    def select(self, sparql: str) -> list[dict[str, Any]]:
        data = json.loads(self._query(sparql, "application/sparql-results+json"))
        return [{k: _from_json(v) for k, v in b.items()} for b in data["results"]["bindings"]]

    def query(self, sparql: str, *, allow_service: bool = False) -> QueryResult:
        from .errors import QueryError
        from .guard import check_query

        check_query(sparql, allow_service=allow_service, read_only=False)
        kind = _kind(sparql)
        try:
            if kind in ("SELECT", "ASK"):
                data = json.loads(self._query(sparql, "application/sparql-results+json"))
                if "boolean" in data:
                    return QueryResult("ASK", answer=bool(data["boolean"]))
                names = data["head"]["vars"]
                rows = [tuple(_from_json(b[v]) if v in b else None for v in names) for b in data["results"]["bindings"]]
                return QueryResult("SELECT", vars=names, rows=rows)
            out = Graph()
            for prefix, ns in PREFIXES.items():
                out.bind(prefix, ns)
            out.parse(data=self._query(sparql, "application/n-triples"), format="nt")
            return QueryResult(kind, graph=out)
        except StoreError as exc:
            raise QueryError(str(exc)) from None

    def _everything(self) -> bytes:
        """The default graph (or the union graph) as N-Triples: a GSP GET, else a CONSTRUCT."""
        data = self._gsp("GET", self.union)
        if data is None:
            data = self._query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "application/n-triples")
        # a server may cut a dump short without saying so
        got = sum(1 for _ in pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.N_TRIPLES))
        stored = self.count()
        if got < stored:
            raise StoreError(f"reading the store at {self.location}: the server sent {got:,} of {stored:,} triples; "
                             "raise its result limit (Virtuoso: ResultSetMaxRows in the [SPARQL] section of "
                             "virtuoso.ini) above the store's size")
        return data

    def graph(self) -> Graph:
        """The whole default graph, copied into memory (for render and validate)."""
        from .oxgraph import new_graph

        g = new_graph()
        g.parse(data=self._everything(), format="nt")
        return g

    def dump(self, path: str | Path) -> None:
        Path(path).write_bytes(self._everything())


class _Refused(StoreError):
    """The server answered a request with an error that retrying will not change."""

    def __init__(self, code: int, message: str):
        super().__init__(message)
        self.code = code



def _gsp_url(query_url: str) -> str | None:
    """The Graph Store Protocol endpoint beside a query endpoint, by the conventions of common servers."""
    parts = urllib.parse.urlsplit(query_url)
    path = parts.path.rstrip("/")
    if path == "/query":
        new = "/store"  # Oxigraph
    elif path.endswith(("/query", "/sparql")) and path.count("/") >= 2:
        new = path.rsplit("/", 1)[0] + "/data"  # Fuseki: /DATASET/query -> /DATASET/data
    elif path == "/sparql":
        new = "/sparql-graph-crud"  # Virtuoso
    else:
        return None
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, new, "", ""))


def _ntriples(triples: list[tuple[Any, Any, Any]]) -> bytes:
    """An N-Triples document of triples given as rdflib terms or as N-Triples term strings."""
    if all(type(term) is str for t in triples for term in t):  # N-Triples already (kg.graph.document_triples)
        return ntriples_text(triples).encode("utf-8")
    g = Graph()
    for t in triples:
        g.add(t)
    return g.serialize(format="nt", encoding="utf-8")


def _kind(sparql: str) -> str:
    code = re.sub(r"#[^\n]*", "", re.sub(r"(?im)^\s*(PREFIX\s+[\w.-]*:\s*<[^>]*>|BASE\s*<[^>]*>)", "", sparql))
    m = re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", code, re.I)
    return m.group(1).upper() if m else "SELECT"


def _from_json(b: dict[str, Any]) -> Any:
    t = b["type"]
    if t == "uri":
        return URIRef(b["value"])
    if t == "bnode":
        return BNode(b["value"])
    return Literal(b["value"], lang=b.get("xml:lang"), datatype=b.get("datatype"))


def is_store_location(location: str | Path) -> bool:
    """True for a URL or a directory (a store), False for a file."""
    text = str(location)
    return text.startswith(("http://", "https://")) or Path(text).is_dir()


def open_store(location: str | Path, *, create: bool = False, read_only: bool = False) -> Store:
    """A store from a location: ``http(s)://...`` is a SPARQL endpoint; anything else a directory on disk.

    An endpoint URL may carry options after ``#``: ``update=URL`` and ``gsp=URL`` (when the update or Graph
    Store Protocol endpoint is not derived right; ``gsp=`` alone: do not use GSP) and ``union=IRI`` (keep the
    de-duplicated union in that named graph: for Virtuoso), e.g. ``http://localhost:8890/sparql#union=urn:kg:union``.

    Without ``create``, a directory that holds no store is an error (a typo should not make an empty store); a store
    that cannot be created is removed again. ``read_only`` opens an on-disk store without its write lock: it reads
    the last committed state even while a build writes, and works on a read-only filesystem.
    """
    text = str(location)
    if text.startswith(("http://", "https://")):
        # options after '#' (see RemoteStore); credentials for HTTP Basic auth from KG_STORE_USER and
        # KG_STORE_PASSWORD
        url, _, fragment = text.partition("#")
        options = dict(urllib.parse.parse_qsl(fragment, keep_blank_values=True))
        unknown = set(options) - {"update", "union", "gsp"}
        if unknown:
            raise StoreError(f"unknown store option {sorted(unknown)[0]!r} in {text!r}; "
                             "known: update=URL, gsp=URL, union=IRI")
        user, password = os.environ.get("KG_STORE_USER"), os.environ.get("KG_STORE_PASSWORD")
        return RemoteStore(url, options.get("update"), union=options.get("union"), gsp_url=options.get("gsp"),
                           auth=(user, password) if user and password is not None else None)
    if text == ":memory:":
        return OxigraphStore(None)
    path = Path(text)
    if path.exists() and not path.is_dir():
        raise StoreError(f"{text!r} is a file, not a store directory; give a directory (or a graph file without --store)")
    if not create and not (path / "CURRENT").is_file():
        raise StoreError(f"{text!r}: no kg store there; create one with 'kg build FILES --store {text}'")
    if create and path.is_dir() and any(path.iterdir()) and not (path / "CURRENT").is_file():
        raise StoreError(f"{text!r} is a non-empty directory that holds no store; give a new or empty directory")
    new = create and not (path / "CURRENT").is_file()
    existed = path.exists()
    try:
        return OxigraphStore(path, read_only=read_only)
    except StoreError:
        if new:  # a store that could not be created (a full disk): leave nothing a later run would trip over
            import shutil

            if existed:
                for child in path.iterdir():
                    shutil.rmtree(child, ignore_errors=True) if child.is_dir() else child.unlink(missing_ok=True)
            else:
                shutil.rmtree(path, ignore_errors=True)
        raise


def seeded_minter(store: Store, base: str, schema: Any = None):
    """An IriMinter that knows the entities already stored (so a name keeps its IRI, and the class suffix rule holds)."""
    from .iris import IriMinter

    minter = IriMinter(base, schema)
    prefix = f"{minter.base}entity/"
    for iri, cls in store.entity_classes(minter.base):
        minter.classes.setdefault(iri[len(prefix):], cls)
    return minter


class _Writer:
    """Writes documents into a store, in order, from a thread of its own: a store write (an Oxigraph transaction
    or ingestion, or an HTTP request, none holding the GIL) overlaps the extraction of the documents after it.

    Documents go to the store in groups of about ``store.group_triples`` triples (one at a time when that is 0),
    a group waiting at most ``max_wait`` seconds for more. The outcome is the serial one: each document is written
    whole or reported in ``report.failures`` (then the next run writes it). After ``give_up_after`` documents in a
    row failed, the writer stops and the build raises the StoreError.
    """

    #: after this many documents in a row failed to be written (an endpoint down), the build stops
    give_up_after = 3
    #: a group of documents is written after this many seconds even if not full (a slow feed still lands)
    max_wait = 30.0

    def __init__(self, store: Store, report: Any, depth: int = 4):
        import queue
        import threading

        self.store, self.report = store, report
        self.queue: Any = queue.Queue(maxsize=depth)
        self.error: BaseException | None = None
        self.failed_in_a_row = 0
        self.thread = threading.Thread(target=self._run, name="kg-store-writer", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        import queue

        group: list[tuple[str, list[tuple[str, str, str]], str, int]] = []
        size, deadline = 0, 0.0
        while True:
            try:
                item = self.queue.get(timeout=max(0.0, deadline - time.monotonic()) if group else None)
            except queue.Empty:  # the group waited long enough
                group, size = self._write(group), 0
                continue
            try:
                if item is None:
                    self._write(group)
                    return
                if any(g[0] == item[0] for g in group):  # a second version of a document: after the first
                    group, size = self._write(group), 0
                if not group:
                    deadline = time.monotonic() + self.max_wait
                group.append(item)
                size += len(item[1])
                if size >= self.store.group_triples:
                    group, size = self._write(group), 0
            except BaseException as exc:  # a bug, not a write failure: stop writing, raise it in the reader
                self.error, group = exc, []
            finally:
                self.queue.task_done()

    def _write(self, group: list[tuple[str, list[tuple[str, str, str]], str, int]]) -> list:
        """Write a group (unless the writer stopped); account for each document; return a new empty group."""
        if group and self.error is None:
            errors = self.store.put_many([(doc, triples) for doc, triples, _, _ in group])
            for (_, _, doc_id, facts), exc in zip(group, errors):
                if exc is None:
                    self.failed_in_a_row = 0
                    self.report.documents += 1
                    self.report.facts += facts
                    continue
                self.report.failures.append(f"{doc_id}: not stored: {exc}")
                self.failed_in_a_row += 1
                if self.failed_in_a_row >= self.give_up_after and self.error is None:
                    self.error = StoreError(
                        f"{self.failed_in_a_row} documents in a row could not be written to "
                        f"{self.store.location} (the last: {exc}); stopped. The documents written "
                        "before are kept; run the build again to write the rest")
        return []

    def _check(self) -> None:
        if self.error is not None:
            raise self.error

    def put(self, doc: str, triples: list[tuple[str, str, str]], doc_id: str, facts: int) -> None:
        self._check()
        self.queue.put((doc, triples, doc_id, facts))

    def close(self, check: bool = True) -> None:
        """Write what is queued, stop the thread; raise what went wrong in it (with ``check``)."""
        self.queue.put(None)
        self.thread.join()
        if check:
            self._check()


def write_documents(builder: Any, documents: Iterable[Any], store: Store, *, base: str, progress: bool = False,
                    report: Any, total: int | None = None, link: bool = True) -> Any:
    """Extract the new or changed documents and write each into the store in one transaction.

    A document whose content hash is stored already is skipped before extraction; a document whose write
    fails (an endpoint down past the retries) is listed in ``report.failures`` and written by the next run.
    """
    import itertools

    from .builder import confident
    from .mapping import document_triples

    start = time.perf_counter()
    minter = seeded_minter(store, base, builder.schema)
    linker = None
    stored = store.hashes()
    passed: dict[str, str] = {}  # content hash of each document passed on to extraction in this run

    def fresh() -> Iterator[Any]:
        for d in documents:
            iri = str(minter.document(d.id))
            # unchanged since stored, or a repeat of a document this run writes already (whatever the workers)
            if passed.get(iri, stored.get(iri)) == d.content_hash:
                report.skipped += 1
                continue
            if iri not in passed and iri in stored:  # a changed version of a stored document: it replaces that one
                report.replaced += 1
            passed[iri] = d.content_hash
            yield d

    pending = fresh()
    first = next(pending, None)
    if first is not None:  # only now load the pipeline (and the linker's index): nothing to extract, no model
        if link:
            from .link import Linker

            linker = Linker(store, minter, builder.schema)
        graphs: Iterable[Any] = confident(builder.document_graphs(itertools.chain([first], pending)),
                                          getattr(builder, "min_confidence", None))
        if progress:
            from .progress import progress_bar

            graphs = progress_bar(graphs, total=None if total is None else max(total - report.skipped, 0))
        writer = _Writer(store, report)
        try:
            for dg in graphs:
                doc = minter.document(dg.document.id)
                triples = document_triples(dg, linker.minter_for(dg, doc) if linker is not None else minter)
                if linker is not None:
                    linker.record(triples, dg, doc)
                writer.put(str(doc), triples, dg.document.id, len(dg.facts))
        except BaseException:
            writer.close(check=False)  # the documents made so far are written, each whole; then the error
            raise
        writer.close()
    report.entities = len(minter.classes)
    report.seconds = time.perf_counter() - start
    return report


def as_knowledge_graph(store: Store, base: str | None = None):
    """A KnowledgeGraph on a store's default graph (read directly for Oxigraph, copied for a remote store)."""
    from .graph import KnowledgeGraph
    from .namespace import DEFAULT_BASE

    graph = store.graph() if hasattr(store, "graph") else None
    return KnowledgeGraph(graph, base=base or DEFAULT_BASE)


__all__ = ["OxigraphStore", "RemoteStore", "Store", "StoreError", "as_knowledge_graph", "is_store_location",
           "open_store", "replace_update"]
