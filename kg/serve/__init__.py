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

The modules, each with one job:

=================  ==============================================================================================
``negotiate``      the answer formats offered, and which one a request asks for (Accept, ``format=``)
``answer``         one query on an Oxigraph store as a serialized, bounded answer (:func:`answer_query`);
                   :class:`Answer`, :class:`QuerySource`
``sandbox``        what a worker process may not do: open sockets (seccomp), pass a heap limit, outlive the server
``pool``           the worker processes (:class:`WorkerPool`) and the N-Triples snapshot they load
``pages``          what the HTML pages show (templates in ``kg/templates/serve``)
``app``            the Starlette app: routes, the SPARQL protocol, errors as status codes (:func:`create_app`)
``server``         running it on uvicorn with bounded connections (:func:`serve`, :func:`check_port`)
=================  ==============================================================================================
"""

from __future__ import annotations

from ..guard import check_query
from .answer import Answer, QuerySource, answer_query
from .app import MAX_ANSWER_BYTES, _App, create_app
from .negotiate import negotiate
from .pool import WorkerPool, default_worker_memory, default_workers, write_snapshot
from .sandbox import deny_network, limit_memory
from .server import HEADER_TIMEOUT_S, KEEP_ALIVE_S, MAX_CONNECTIONS, MAX_HEADER_BYTES, check_port, serve, serving_hosts

__all__ = ["HEADER_TIMEOUT_S", "KEEP_ALIVE_S", "MAX_ANSWER_BYTES", "MAX_CONNECTIONS", "MAX_HEADER_BYTES", "Answer",
           "QuerySource", "WorkerPool", "_App", "answer_query", "check_port", "check_query", "create_app",
           "default_worker_memory", "default_workers", "deny_network", "limit_memory", "negotiate", "serve",
           "serving_hosts", "write_snapshot"]
