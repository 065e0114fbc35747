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
* a document whose content hash is already stored is skipped before extraction;
* at the end of a build, the entity IRIs it gave before it knew every name are settled in one SPARQL Update
  (:meth:`Store.rename`), so that one build gives the same IRIs whatever the order of its documents.

Back-ends: :class:`OxigraphStore` (pyoxigraph, in memory or on disk; :mod:`kg.store.oxigraph`) and
:class:`RemoteStore` (any SPARQL 1.1 endpoint with Update, e.g. ``oxigraph serve``, Fuseki, Virtuoso;
:mod:`kg.store.remote`), both :class:`Store` s (:mod:`kg.store.base`); the update requests they send are made by
:mod:`kg.store.updates`. :func:`open_store` picks one from a location: an ``http(s)://`` URL or a directory.
The store is persistence only: the build that fills it is :mod:`kg.ingest`. Does not import spaCy.
"""

from __future__ import annotations

import os
import shutil
import urllib.parse
from pathlib import Path

from ..errors import StoreError
from ..graph import KnowledgeGraph
from ..namespace import DEFAULT_BASE
from .base import Store
from .oxigraph import OxigraphStore
from .remote import RemoteStore
from .updates import rename_update, replace_update, staging_graph, swap_update, triple_lines


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
        raise StoreError(f"{text!r} is a file, not a store directory; give a directory (or a graph file without "
                         "--store)")
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
            if existed:
                for child in path.iterdir():
                    shutil.rmtree(child, ignore_errors=True) if child.is_dir() else child.unlink(missing_ok=True)
            else:
                shutil.rmtree(path, ignore_errors=True)
        raise


def as_knowledge_graph(store: Store, base: str | None = None) -> KnowledgeGraph:
    """A KnowledgeGraph on a store's default graph (read directly for Oxigraph, copied for a remote store)."""
    graph = store.graph() if hasattr(store, "graph") else None
    return KnowledgeGraph(graph, base=base or DEFAULT_BASE)


__all__ = ["OxigraphStore", "RemoteStore", "Store", "StoreError", "as_knowledge_graph", "is_store_location",
           "open_store", "rename_update", "replace_update", "staging_graph", "swap_update", "triple_lines"]
