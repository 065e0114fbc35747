"""Graph files written as a build goes: documents' triples streamed to a file, memory flat in the documents.

Every streamed format is written from the mapping's terms (:func:`kg.mapping.document_triples`), a slice of a
document's triples at a time, with no rdflib graph: N-Triples and N-Quads (a default graph only: the same lines)
directly, Turtle and TriG through Oxigraph's serializer (kg's prefixes, each subject's triples together). So the
memory a document takes to write grows with its triples as N-Triples terms, not with an rdflib graph and its
copy. JSON-LD and RDF/XML, which cannot be written in pieces, are collected in one graph and written at the end.
Does not import spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pyoxigraph
from rdflib import Graph

from .errors import GraphFileError
from .files import TempFile
from .formats import STREAMED_FORMATS, for_writing, format_for
from .graph import KnowledgeGraph
from .iris import IriMinter
from .mapping import document_triples
from .namespace import DEFAULT_BASE, PREFIXES
from .ntriples import NTriple, ntriples_text
from .resolve import DocumentGraph
from .schema import Schema

#: triples parsed and written at a time (so that no copy of a long document's triples is made whole)
SLICE = 10_000
_SUBJECT_END = re.compile(rb" \.\n(?=[^\t])")
_OX_FORMATS = {"turtle": pyoxigraph.RdfFormat.TURTLE, "trig": pyoxigraph.RdfFormat.TRIG}


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
        self._prefixed = False  # (Turtle, TriG) the prefixes are declared in the file

    def add_document(self, dg: DocumentGraph) -> KnowledgeGraph | None:
        """Add one document; returns the graph it went into (None for the streamed formats, written without one)."""
        if self._whole is not None:
            before = len(self._whole)
            self._whole.add_document(dg)
            self.triples += len(self._whole) - before
            return self._whole
        triples = document_triples(dg, self.iris)
        if self.fmt in ("nt", "nquads"):  # one line a triple (in N-Quads, of the default graph: the same line)
            for i in range(0, len(triples), SLICE):
                self._fh.write(ntriples_text(triples[i:i + SLICE]).encode("utf-8"))
        else:
            self._write_turtle(triples)
        self.triples += len(triples)
        return None

    def _write_turtle(self, triples: list[NTriple]) -> None:
        """A document's triples as Turtle or TriG (its default graph), each subject's triples together (``;``),
        written by Oxigraph's serializer from the N-Triples terms, about :data:`SLICE` triples (whole subjects) at
        a time. kg's prefixes are declared once, at the top of the file."""
        by_subject: dict[str, list[NTriple]] = {}
        for t in triples:
            by_subject.setdefault(t[0], []).append(t)
        piece: list[NTriple] = []
        for ts in by_subject.values():
            piece += ts
            if len(piece) >= SLICE:
                self._write_turtle_piece(piece)
                piece = []
        if piece:
            self._write_turtle_piece(piece)

    def _write_turtle_piece(self, triples: list[NTriple]) -> None:
        fmt = pyoxigraph.RdfFormat.N_QUADS if self.fmt == "trig" else pyoxigraph.RdfFormat.N_TRIPLES
        terms = pyoxigraph.parse(ntriples_text(triples).encode("utf-8"), format=fmt)
        data = pyoxigraph.serialize(terms, format=_OX_FORMATS[self.fmt], prefixes=PREFIXES)
        assert data is not None
        end = _prefix_end(data)
        if not self._prefixed:  # the first piece declares the prefixes; the serializer's repeats are dropped
            self._prefixed = True
            self._fh.write(data[:end])
        # a blank line before each subject (no literal holds a line break: the serializer escapes them)
        self._fh.write(b"\n" + _SUBJECT_END.sub(b" .\n\n", memoryview(data)[end:]))

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


def _prefix_end(data: bytes) -> int:
    """Where the ``@prefix`` lines at the start of a serializer's output end."""
    end = 0
    while data.startswith(b"@prefix ", end):
        end = data.index(b"\n", end) + 1
    return end


__all__ = ["GraphWriter"]
