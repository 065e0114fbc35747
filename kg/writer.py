"""Graph files written as a build goes: documents' triples streamed to a file, memory flat in the documents.

N-Triples is written from the mapping's terms directly (:func:`kg.mapping.document_triples`); Turtle, TriG and
N-Quads a document at a time through rdflib's serializers; JSON-LD and RDF/XML, which cannot be written in
pieces, at the end. Does not import spaCy.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rdflib import Graph

from .errors import GraphFileError
from .files import TempFile
from .formats import STREAMED_FORMATS, for_writing, format_for
from .graph import KnowledgeGraph
from .iris import IriMinter
from .mapping import document_triples
from .namespace import DEFAULT_BASE
from .ntriples import ntriples_text
from .resolve import DocumentGraph
from .schema import Schema


class GraphWriter:
    """Writes documents' triples to a graph file as they come, so memory stays flat in the number of documents.

    The file is written to a temporary file beside the target and renamed over it by ``close()``;
    leaving the ``with`` block by an exception removes the temporary file and keeps the old target.
    Formats that cannot be written in pieces (JSON-LD, RDF/XML) are collected in memory and written
    at the end. A triple shared by several documents (an entity's type and label) may be written more
    than once; RDF graphs are sets, so readers see it once.
    """

    def __init__(self, path: str | Path, format: str | None = None, base: str = DEFAULT_BASE,
                 schema: Schema | None = None):
        self.fmt = format_for(path, format)
        self.target = Path(path)
        self.iris = IriMinter(base, schema)
        self.schema = schema
        self.triples = 0
        self.check: Callable[[Path], None] | None = None
        self._whole = None if self.fmt in STREAMED_FORMATS else KnowledgeGraph(Graph(), schema=schema, minter=self.iris)
        self._temp = TempFile(self.target, error=GraphFileError)
        self._fh = self._temp.fh

    def add_document(self, dg: DocumentGraph) -> KnowledgeGraph | None:
        """Add one document; returns the graph it went into (None for N-Triples, written without a graph)."""
        if self._whole is not None:
            before = len(self._whole)
            self._whole.add_document(dg)
            self.triples += len(self._whole) - before
            return self._whole
        if self.fmt == "nt":  # one line a triple, made directly: no rdflib graph
            triples = document_triples(dg, self.iris)
            self._fh.write(ntriples_text(triples).encode("utf-8"))
            self.triples += len(triples)
            return None
        kg = KnowledgeGraph(Graph(), schema=self.schema, minter=self.iris)
        kg.add_document(dg)
        for_writing(kg.graph, self.fmt).serialize(destination=self._fh, format=self.fmt, encoding="utf-8")
        self.triples += len(kg)
        return kg

    def close(self, check: Callable[[Path], None] | None = None) -> None:
        """Finish the file and move it over the target; ``check(temporary_path)`` may veto by raising."""
        try:
            if self._whole is not None:
                for_writing(self._whole.graph, self.fmt).serialize(destination=self._fh, format=self.fmt,
                                                                    encoding="utf-8")
            self._fh.flush()
        except OSError as exc:
            raise self._temp.fail(exc) from None
        if check is not None:
            try:
                check(self._temp.path)
            except BaseException:
                self.abort()
                raise
        self._temp.commit()

    def abort(self) -> None:
        self._temp.discard()

    def __enter__(self) -> GraphWriter:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.close(self.check)
        elif isinstance(exc, OSError):  # writing failed (a full disk): one line, no temporary file left
            raise self._temp.fail(exc) from None
        else:
            self.abort()


__all__ = ["GraphWriter"]
