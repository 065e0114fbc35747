"""rdflib Graphs on Oxigraph: the in-memory graph kg reads, builds and queries.

The graph is an rdflib ``Graph`` on an Oxigraph store (oxrdflib), so rdflib is the API and SPARQL is evaluated
by Oxigraph. Does not import spaCy.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable

import pyoxigraph
from oxrdflib import OxigraphStore
from rdflib import XSD, Graph, Literal
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from .namespace import PREFIXES

#: The pyoxigraph Store under each rdflib store kg made (oxrdflib keeps its own reference private).
_OX: weakref.WeakKeyDictionary[OxigraphStore, pyoxigraph.Store] = weakref.WeakKeyDictionary()


def rdflib_store(ox: pyoxigraph.Store | None = None) -> OxigraphStore:
    """An rdflib store on ``ox`` (a new in-memory pyoxigraph Store by default), known to :func:`ox_store`."""
    ox = ox if ox is not None else pyoxigraph.Store()
    store = OxigraphStore(store=ox)
    _OX[store] = ox
    return store


def new_graph() -> Graph:
    """An empty rdflib Graph whose triples live in the default graph of an in-memory Oxigraph store."""
    g = Graph(store=rdflib_store(), identifier=DATASET_DEFAULT_GRAPH_ID)
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    return g


def ox_store(graph: Graph) -> pyoxigraph.Store | None:
    """The pyoxigraph Store under an Oxigraph-backed rdflib Graph that kg made (for native updates and loads),
    else None."""
    store = graph.store
    return _OX.get(store) if isinstance(store, OxigraphStore) else None


def add_ntriples(graph: Graph, text: str) -> None:
    """Add an N-Triples document to ``graph``: loaded by Oxigraph in one transaction when the graph is on Oxigraph,
    else parsed by rdflib."""
    store = ox_store(graph)
    if store is not None:
        store.load(text.encode("utf-8"), format=pyoxigraph.RdfFormat.N_TRIPLES, to_graph=pyoxigraph.DefaultGraph())
    else:
        graph.parse(data=text, format="nt")


def plain(term):
    """Oxigraph stores plain literals as xsd:string; write them plain, as RDF 1.1 allows."""
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


def merge(graphs: Iterable[Graph]) -> Graph:
    """One in-memory graph (:func:`new_graph`) holding the triples of ``graphs``: also a copy of one graph."""
    out = new_graph()
    for g in graphs:
        for t in g:
            out.add(t)
    return out


__all__ = ["add_ntriples", "merge", "new_graph", "ox_store", "plain", "rdflib_store"]
