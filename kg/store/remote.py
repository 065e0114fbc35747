"""The remote back-end: any SPARQL 1.1 endpoint with Update (the layout: :mod:`kg.store`)."""

from __future__ import annotations

import io
import re
import urllib.parse
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyoxigraph
import urllib3
from rdflib import Graph
from rdflib.query import Result
from urllib3.util import Retry

from ..errors import QueryError, StoreError
from ..guard import check_query
from ..namespace import PREFIXES
from ..ntriples import ntriples_text
from ..oxgraph import new_graph
from ..query import QueryResult
from ..sparql import query_form, with_prefixes
from .base import Store
from .updates import replace_update, staging_graph, swap_update, triple_lines


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

    A failed request (no connection, a time-out, an answer of 408, 429 or 5xx but 501) is retried ``retries``
    times with exponential back-off from ``backoff`` seconds (urllib3's ``Retry``), then raised as StoreError (the
    build reports the document as failed and a re-run writes it); other error answers are not retried.

    ``union`` names a graph to keep the de-duplicated union in, for servers without a real default graph
    (Virtuoso); queries then read that graph. A result the server cut short (Virtuoso's ``ResultSetMaxRows``) is
    an error, never silently partial.
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
        self._headers = urllib3.HTTPHeaderDict(urllib3.make_headers(basic_auth=":".join(auth)) if auth else {})
        # (a build's writer thread and its reads may each hold a connection)
        self._http = urllib3.PoolManager(maxsize=4)

    def _request(self, method: str, url: str, body: bytes | None, content_type: str | None = None,
                 accept: str | None = None, what: str = "request") -> bytes:
        headers = urllib3.HTTPHeaderDict(self._headers)
        if content_type:
            headers["Content-Type"] = content_type + "; charset=utf-8"
        if accept:
            headers["Accept"] = accept
        retry = Retry(total=self.retries, backoff_factor=self.backoff, status_forcelist=RETRY_STATUSES,
                      allowed_methods=None, raise_on_status=False, respect_retry_after_header=False)
        attempts = f"{self.retries + 1} attempt{'s' if self.retries else ''}"
        hint = "; is the server running, and is the URL right?"
        try:
            response = self._http.request(method, url, body=body, headers=headers, retries=retry, timeout=self.timeout)
        except urllib3.exceptions.MaxRetryError as exc:
            raise StoreError(f"{what} to {url} failed after {attempts}: {_reason(exc.reason)}{hint}") from None
        except urllib3.exceptions.HTTPError as exc:  # not retried (an error reading a redirect's answer ...)
            raise StoreError(f"{what} to {url} failed: {_reason(exc)}{hint}") from None
        if response.status >= 300:
            detail = response.data.decode("utf-8", "replace").strip().splitlines()
            last = f"HTTP {response.status}: {detail[0] if detail else response.reason}"
            if response.status not in RETRY_STATUSES:
                raise _Refused(response.status, f"{what} to {url} failed: {last}")
            history = response.retries.history if response.retries is not None else ()
            unreachable = any(h.error is not None for h in history)
            raise StoreError(f"{what} to {url} failed after {attempts}: {last}{hint if unreachable else ''}")
        cut = response.headers.get("X-SPARQL-MaxRows")
        if cut:
            raise StoreError(
                f"{what} to {url}: the server cut the result at {cut} rows; raise its limit (Virtuoso: "
                f"ResultSetMaxRows in the [SPARQL] section of virtuoso.ini) above the store's size")
        return response.data

    def _post(self, url: str, body: str, content_type: str, accept: str | None = None, what: str = "request") -> bytes:
        try:
            return self._request("POST", url, body.encode("utf-8"), content_type, accept, what)
        except _Refused as exc:
            raise StoreError(str(exc)) from None

    def update(self, sparql: str) -> None:
        self._post(self.update_url, sparql, "application/sparql-update", what="SPARQL update")

    def _query(self, sparql: str, accept: str) -> bytes:
        form = {"query": with_prefixes(sparql)[0]}
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
        result = _results(self._query(sparql, "application/sparql-results+json"))
        return [{str(k): v for k, v in b.items()} for b in result.bindings]

    def query(self, sparql: str, *, allow_service: bool = False) -> QueryResult:
        check_query(sparql, allow_service=allow_service, read_only=False)
        kind = query_form(sparql) or "SELECT"
        try:
            if kind in ("SELECT", "ASK"):
                result = _results(self._query(sparql, "application/sparql-results+json"))
                if result.type == "ASK":
                    return QueryResult("ASK", answer=bool(result.askAnswer))
                variables = result.vars or []
                rows = [tuple(b.get(v) for v in variables) for b in result.bindings]
                return QueryResult("SELECT", vars=[str(v) for v in variables], rows=rows)
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
        g = new_graph()
        g.parse(data=self._everything(), format="nt")
        return g

    def dump(self, path: str | Path) -> None:
        Path(path).write_bytes(self._everything())

    def close(self) -> None:
        self._http.clear()


#: answers worth asking again: the server is busy or failing for now (501: it does not do that at all)
RETRY_STATUSES = frozenset({408, 429} | set(range(500, 600)) - {501})


def _reason(error: BaseException | None) -> str:
    """Why a request failed, in a few words: the operating system's reason under urllib3's wrapping if there is
    one ('[Errno 111] Connection refused')."""
    cause = error
    while cause is not None and not isinstance(cause, OSError) and cause.__cause__ is not None:
        cause = cause.__cause__
    if isinstance(cause, OSError) and not isinstance(cause, urllib3.exceptions.HTTPError):
        return str(cause) or type(cause).__name__
    return str(error) or type(error).__name__


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


def _results(data: bytes) -> Result:
    """SPARQL 1.1 JSON results, read by rdflib's parser."""
    return Result.parse(io.BytesIO(data), format="json")


__all__ = ["RemoteStore"]
