"""What every store back-end offers (:class:`Store`); the layout: :mod:`kg.store`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from rdflib import Graph, Literal

from ..errors import StoreError
from ..ntriples import ntriples_text
from ..query import QueryResult
from ..sparql import with_prefixes
from .updates import rename_update, replace_update


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
        return {d: h for d, h in rows if d is not None and h is not None}  # (both always bound)

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
        """:meth:`put_document` with the triples as N-Triples terms (:func:`kg.mapping.document_triples`).

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

    def rename(self, renames: dict[str, str]) -> None:
        """Rename IRIs (``{old: new}``, swaps allowed) in every graph, in one transaction."""
        if renames:
            self.update(rename_update(renames, self.union))

    def entity_classes(self, base: str) -> Iterator[tuple[str, str]]:
        """(entity IRI, class) pairs of the entities under ``base`` (to seed an IriMinter)."""
        prefix = f"{base}entity/"
        # (FILTER EXISTS: each pair once, not once per document that mentions the entity; 6x faster in Oxigraph)
        rows = self.rows(f"SELECT ?e ?c WHERE {{ ?e a ?c . FILTER(STRSTARTS(STR(?e), {Literal(prefix).n3()})) "
                         "FILTER EXISTS { ?e kg:mentionedIn ?d } } ORDER BY ?e ?c", "e", "c")
        for e, c in rows:
            if e is not None and c is not None:  # (both always bound)
                yield e, c

    union: str | None = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def prefixed(sparql: str) -> str:
    """A query with kg's prefixes declared (:func:`kg.sparql.with_prefixes`)."""
    return with_prefixes(sparql)[0]


__all__ = ["Store", "prefixed"]
