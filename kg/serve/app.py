"""The ASGI app of ``kg serve`` (Starlette): the SPARQL 1.1 Protocol at ``/sparql``, the query page, the graph view
and the linked-data pages of one graph, answered from a :class:`~kg.serve.answer.QuerySource` (by default a
:class:`~kg.serve.pool.WorkerPool`). Library errors (:mod:`kg.errors`) become status codes here."""

from __future__ import annotations

import shutil
import tempfile
import threading
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote

import pyoxigraph as ox
from rdflib import Graph
from starlette.applications import Starlette
from starlette.datastructures import MultiDict
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route

from ..errors import KGError, NotAcceptableError, QueryError, QueryTimeoutError, RefusedQueryError, ServeError
from ..namespace import DEFAULT_BASE
from ..sparql import PREFIXES
from .answer import Answer, QuerySource
from .negotiate import GRAPH_FORMATS, PAGE_MEDIA, answer_formats, format_param, negotiate
from .pages import CSP, SAFE_IRI, Pages, Row, solutions
from .pool import WorkerPool, default_worker_memory, default_workers, write_snapshot

#: the largest answer sent, in bytes (``--max-answer-bytes``)
MAX_ANSWER_BYTES = 16 * 2**20
GRAPH_VIEW_MAX_NODES = 1000
PAGE_MAX_ROWS = 10000
_RDF = PREFIXES["rdf"]
_RDFS = PREFIXES["rdfs"]
_KG = PREFIXES["kg"]
_READ_ONLY = "this endpoint is read-only: SPARQL Update is not accepted"


class _App:
    """The state and the handlers of one served graph."""

    def __init__(self, source: QuerySource, graph: Graph | None, *, base: str, max_rows: int,
                 ontology: Iterable[str | Path] = ()):
        from ..network import term_labels
        from ..ontology import load_ontology_graph

        self.source = source
        self.graph = graph
        self.base = base
        self.max_rows = max_rows
        self.page_rows = max(max_rows, PAGE_MAX_ROWS)  # a resource's own description is not cut by a small --max-rows
        self.ontology = tuple(ontology)
        self.pages = Pages(base, term_labels(load_ontology_graph(self.ontology)))
        self._graph_page: bytes | None = None
        self._graph_lock = threading.Lock()
        # the graph view is drawn once, on a thread of its own: requests waiting for it hold no thread of the
        # server's pool, which the queries need
        self._render_pool = ThreadPoolExecutor(1, thread_name_prefix="kg-render")
        self._rendering: Any = None  # the concurrent.futures.Future of the drawing, once started

    async def _run(self, sparql: str, **kw: Any) -> Answer:
        import anyio.to_thread

        kw.setdefault("max_rows", self.max_rows)
        return await anyio.to_thread.run_sync(lambda: self.source.query(sparql, **kw))

    async def _select(self, sparql: str) -> list[Row]:
        return solutions(await self._run(sparql, result_format="json", max_rows=self.page_rows))[1]

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
                    raise RefusedQueryError(_READ_ONLY)
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
                raise RefusedQueryError(_READ_ONLY)
            else:
                return PlainTextResponse("send the query as application/x-www-form-urlencoded (query=...) or "
                                         "application/sparql-query\n", status_code=415)
        else:
            if "update" in params:
                raise RefusedQueryError(_READ_ONLY)
            queries = params.getlist("query")
            if not queries:
                return self.service_description(request)
            if len(queries) != 1:
                raise QueryError("give exactly one 'query' parameter")
            query = queries[0]
            defaults, named = params.getlist("default-graph-uri"), params.getlist("named-graph-uri")
        result_format, graph_format = answer_formats(request.headers.get("accept"), params)
        answer = await self._run(query, result_format=result_format, graph_format=graph_format,
                                 default_graphs=defaults, named_graphs=named)
        return _answer_response(answer)

    def service_description(self, request: Request) -> Response:
        """The SPARQL 1.1 service description of the endpoint (Turtle, written by Oxigraph)."""
        endpoint = ox.NamedNode(quote(str(request.url.replace(query="", fragment="")), safe=":/?#[]@!$&'()*+,;=%"))
        sd, void, formats = "http://www.w3.org/ns/sparql-service-description#", "http://rdfs.org/ns/void#", \
            "http://www.w3.org/ns/formats/"
        service, dataset, graph = ox.NamedNode(endpoint.value + "#service"), ox.BlankNode(), ox.BlankNode()
        a = ox.NamedNode(_RDF + "type")
        triples: list[tuple[ox.NamedNode | ox.BlankNode, ox.NamedNode, ox.NamedNode | ox.BlankNode | ox.Literal]]
        triples = [(service, a, ox.NamedNode(sd + "Service")),
                   (service, ox.NamedNode(_RDFS + "label"), ox.Literal("kg SPARQL endpoint (read-only)")),
                   (service, ox.NamedNode(sd + "endpoint"), endpoint),
                   (service, ox.NamedNode(sd + "supportedLanguage"), ox.NamedNode(sd + "SPARQL11Query"))]
        triples += [(service, ox.NamedNode(sd + "resultFormat"), ox.NamedNode(formats + name))
                    for name in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                                 "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML")]
        count = ox.Literal(str(int(self.source.triples)), datatype=ox.NamedNode(PREFIXES["xsd"] + "integer"))
        triples += [(service, ox.NamedNode(sd + "defaultDataset"), dataset), (dataset, a, ox.NamedNode(sd + "Dataset")),
                    (dataset, ox.NamedNode(sd + "defaultGraph"), graph), (graph, a, ox.NamedNode(sd + "Graph")),
                    (graph, ox.NamedNode(void + "triples"), count)]
        text = ox.serialize([ox.Triple(*t) for t in triples], format=ox.RdfFormat.TURTLE,
                            prefixes={"sd": sd, "void": void, "rdfs": _RDFS})
        return Response(text, media_type="text/turtle", headers={"Vary": "Accept"})

    # -- pages ----------------------------------------------------------------------------------------
    async def home(self, request: Request) -> Response:
        query = request.query_params.get("query")
        status, answer, error = 200, None, None
        if query:
            try:
                answer = await self._run(query, result_format="json", graph_format="turtle")
            except QueryTimeoutError as exc:
                status, error = 503, str(exc)
            except QueryError as exc:
                status, error = 400, str(exc)
        return _html(self.pages.home(triples=self.source.triples, query=query, answer=answer, error=error,
                                     max_rows=self.max_rows), status)

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
            from ..render import render

            page, _ = render(self.graph, ontology=self.ontology, max_nodes=GRAPH_VIEW_MAX_NODES, title="kg graph")
            self._graph_page = page.encode("utf-8")
        return self._graph_page

    async def resource(self, request: Request) -> Response:
        """Linked data: the resource BASE + path, as HTML or RDF by content negotiation; 404 if the graph has no such
        IRI."""
        raw = request.scope.get("raw_path") or request.url.path.encode()
        path = raw.decode("latin-1").split("?", 1)[0].lstrip("/")
        iri = self.base + path
        if not path or not SAFE_IRI.fullmatch(iri):
            return PlainTextResponse("not found\n", status_code=404)
        choice = negotiate(request.headers.get("accept"), PAGE_MEDIA)
        forced = format_param(request.query_params)
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
            return _html(self.pages.not_found(iri), 404)
        evidence = await self._select(f"""SELECT ?s ?sl ?p ?o ?ol ?sentence ?doc ?dl ?rule ?confidence WHERE {{
            {{ ?ev <{_RDF}subject> <{iri}> }} UNION {{ ?ev <{_RDF}object> <{iri}> }}
            ?ev a <{_KG}Evidence> ; <{_RDF}subject> ?s ; <{_RDF}predicate> ?p ; <{_RDF}object> ?o .
            OPTIONAL {{ ?s <{_RDFS}label> ?sl }} OPTIONAL {{ ?o <{_RDFS}label> ?ol }}
            OPTIONAL {{ ?ev <{_KG}sentence> ?sentence }} OPTIONAL {{ ?ev <{_KG}rule> ?rule }}
            OPTIONAL {{ ?ev <{_KG}confidence> ?confidence }}
            OPTIONAL {{ ?ev <{_KG}document> ?doc OPTIONAL {{ ?doc <{_RDFS}label> ?dl }} }}
        }} ORDER BY ?p ?s ?o ?sentence""")
        return _html(self.pages.resource(iri, out_rows, in_rows, evidence), 200, vary=True)


def _describe(iri: str) -> str:
    """The description of a resource: its triples both ways, its evidence nodes, the amounts it has (CBD-like)."""
    return f"""CONSTRUCT {{ <{iri}> ?p ?o . ?o ?ap ?ao . ?s ?q <{iri}> . ?ev ?ep ?eo }} WHERE {{
      {{ <{iri}> ?p ?o OPTIONAL {{ ?o a <{_KG}MonetaryAmount> ; ?ap ?ao }} }}
      UNION {{ ?s ?q <{iri}> }}
      UNION {{ ?ev a <{_KG}Evidence> ; <{_RDF}subject>|<{_RDF}object> <{iri}> ; ?ep ?eo }}
    }}"""


def _has_triples(body: bytes) -> bool:
    return any(line.strip() and not line.lstrip().startswith((b"#", b"@prefix", b"PREFIX"))
               for line in body.splitlines())


def _answer_response(answer: Answer) -> Response:
    media = answer.media_type + ("; charset=utf-8" if answer.media_type.startswith("text/") else "")
    headers = {"Vary": "Accept", "X-Content-Type-Options": "nosniff"}
    if answer.truncated:
        headers["X-KG-Truncated"] = "true"
    return Response(answer.body, media_type=media, headers=headers)


def _html(text: str, status: int = 200, vary: bool = False) -> Response:
    headers = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}
    if vary:
        headers["Vary"] = "Accept"
    return HTMLResponse(text, status_code=status, headers=headers)


def _error_response(status: int):
    async def handler(request: Request, exc: Exception) -> Response:
        return PlainTextResponse(str(exc).rstrip() + "\n", status_code=status)

    return handler


def _rdf_graph(graph_or_path: Any) -> Graph:
    if isinstance(graph_or_path, (str, Path)):
        from ..sources import open_graph

        with open_graph(graph_or_path, store=False) as opened:  # a graph file (a store is served as a ``source``)
            return opened.graph
    inner = getattr(graph_or_path, "graph", graph_or_path)
    if not isinstance(inner, Graph):
        raise ServeError("expected a graph file, a KnowledgeGraph or an rdflib Graph, got "
                         f"{type(graph_or_path).__name__}")
    return inner


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
            from ..infer import inferred_copy

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


__all__ = ["GRAPH_VIEW_MAX_NODES", "MAX_ANSWER_BYTES", "PAGE_MAX_ROWS", "create_app"]
