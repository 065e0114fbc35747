"""Graph sources: the one way kg opens what it reads a graph from.

A source is a graph file (read into memory by :func:`kg.formats.read_graph`), a store: a directory written by
``kg build --store`` or a SPARQL endpoint URL (:func:`kg.store.open_store`, read-only: the last committed state,
even while a build writes), or a graph already open (a :class:`~kg.graph.KnowledgeGraph`, an rdflib Graph).
:func:`open_graph` gives a KnowledgeGraph on any of them; :func:`open_query_source` something to ask SPARQL
queries, which for a store is the store itself (a remote one answers them on its server). Does not import spaCy.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rdflib import Graph

from .graph import KnowledgeGraph, drop_low_confidence
from .namespace import DEFAULT_BASE
from .oxgraph import merge
from .store import Store, as_knowledge_graph, is_store_location, open_store

#: What :func:`open_graph` opens: a graph file's path, a store's directory or URL, or a graph already open.
Source = str | Path | KnowledgeGraph | Graph


def is_store(source: Any, store: bool | None = None) -> bool:
    """Whether ``source`` names a store: ``store`` if given (``--store``), else a URL or a directory does."""
    if isinstance(source, (KnowledgeGraph, Graph)):
        return False
    return store if store is not None else is_store_location(source)


@contextlib.contextmanager
def open_graph(source: Source, *, store: bool | None = None, min_confidence: float | None = None,
               copy: bool = False, format: str | None = None, base: str | None = None) -> Iterator[KnowledgeGraph]:
    """A KnowledgeGraph on ``source`` for the ``with`` block; a store opened for it is closed after it.

    ``store``: True, ``source`` is a store location (a file is then an error); False, a graph file; None (the
    default), a URL or a directory is a store and anything else a file. ``format``: a graph file's format, if its
    suffix does not tell. ``min_confidence``: without the facts (and investments) whose evidence all has a
    confidence below it. ``copy``: an in-memory graph that can be changed (inference, the filter) without changing
    the source; a graph file read is one already, and ``min_confidence`` implies it.
    """
    copy = copy or min_confidence is not None
    if isinstance(source, (KnowledgeGraph, Graph)):
        graph = source if isinstance(source, KnowledgeGraph) else KnowledgeGraph(source, base=base or DEFAULT_BASE)
        yield _prepared(graph, copy, min_confidence)
    elif is_store(source, store):
        with open_store(source, read_only=True) as st:
            yield _prepared(as_knowledge_graph(st, base), copy, min_confidence)
    else:
        loaded = KnowledgeGraph.load(source, format=format, base=base or DEFAULT_BASE)
        yield _prepared(loaded, False, min_confidence)


def _prepared(graph: KnowledgeGraph, copy: bool, min_confidence: float | None) -> KnowledgeGraph:
    if copy:
        graph = KnowledgeGraph(merge([graph.graph]), base=graph.base)
    if min_confidence is not None:
        drop_low_confidence(graph.graph, min_confidence)
    return graph


@contextlib.contextmanager
def open_query_source(source: Source, *, store: bool | None = None, min_confidence: float | None = None,
                      copy: bool = False) -> Iterator[KnowledgeGraph | Store]:
    """Something to answer SPARQL queries over ``source`` (``query(sparql, allow_service=...)``), for the ``with``
    block: a store as it is when nothing is to be changed (no ``min_confidence``, no ``copy``), so that queries
    run in the store, else :func:`open_graph`'s KnowledgeGraph."""
    if not isinstance(source, (KnowledgeGraph, Graph)) and is_store(source, store) and min_confidence is None \
            and not copy:
        with open_store(source, read_only=True) as st:
            yield st
    else:
        with open_graph(source, store=store, min_confidence=min_confidence, copy=copy) as opened:
            yield opened


__all__ = ["Source", "is_store", "open_graph", "open_query_source"]
