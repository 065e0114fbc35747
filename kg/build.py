"""The main job: documents -> extraction (spaCy) -> resolution -> RDF graph.

``Builder`` holds the loaded ontology and pipeline so that several builds (or an evaluation, which
builds documents exactly the same way) share them.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .documents import Document, iter_documents, texts_to_documents
from .errors import InputError
from .extract import extract, load_pipeline
from .graph import KnowledgeGraph
from .namespace import DEFAULT_BASE
from .ontology import load_schema
from .resolve import DocumentGraph, Resolver
from .schema import Schema


@dataclass
class BuildReport:
    """What a build did: counts, failures (one line each) and time taken."""

    documents: int = 0
    entities: int = 0
    facts: int = 0
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)

    def summary(self) -> str:
        s = (f"{self.documents} document{'s' if self.documents != 1 else ''}, {self.entities} entities, "
             f"{self.facts} facts in {self.seconds:.1f} s")
        if self.failures:
            s += f"; {len(self.failures)} document{'s' if len(self.failures) != 1 else ''} failed"
        return s


class Builder:
    """Ontology + spaCy pipeline + resolver, loaded once."""

    def __init__(self, model: str | None = None, ontology: Iterable[str | Path] = (), schema: Schema | None = None):
        self.schema = schema if schema is not None else load_schema(ontology)
        self.nlp = load_pipeline(self.schema, model)
        self.resolver = Resolver(self.schema)

    def document_graphs(self, documents: Iterable[Document], batch_size: int = 16) -> Iterator[DocumentGraph]:
        """Resolved graphs of documents, one at a time (streaming)."""
        for document, extraction in extract(self.nlp, documents, batch_size=batch_size):
            yield self.resolver.resolve(document, extraction)

    def build(self, documents: Iterable[Document], base: str = DEFAULT_BASE, progress: bool = False,
              report: BuildReport | None = None, total: int | None = None) -> KnowledgeGraph:
        report = report if report is not None else BuildReport()
        start = time.perf_counter()
        kg = KnowledgeGraph(base=base, schema=self.schema)
        graphs: Iterable[DocumentGraph] = self.document_graphs(documents)
        if progress:
            from tqdm import tqdm

            graphs = tqdm(graphs, total=total, unit="doc", file=sys.stderr, leave=False)
        entity_iris: set[str] = set()
        for dg in graphs:
            kg.add_document(dg)
            report.documents += 1
            report.facts += len(dg.facts)
            entity_iris.update(str(kg.entity_iri(e.name, e.cls)) for e in dg.entities)
        report.entities = len(entity_iris)
        report.seconds = time.perf_counter() - start
        return kg


def build(texts: Iterable[str | Document], *, model: str | None = None, ontology: Iterable[str | Path] = (),
          base: str = DEFAULT_BASE) -> KnowledgeGraph:
    """Build a knowledge graph from texts (strings or :class:`~kg.documents.Document`).

    >>> graph = build(["Acme Corp's CEO Jane Roe said ..."])      # doctest: +SKIP
    >>> graph.query("SELECT ?p WHERE { ?p kg:ceoOf ?o }").rows   # doctest: +SKIP
    """
    return Builder(model=model, ontology=ontology).build(texts_to_documents(texts), base=base)


def build_files(paths: Iterable[str | Path], *, model: str | None = None, ontology: Iterable[str | Path] = (),
                base: str = DEFAULT_BASE, progress: bool = False,
                on_error: Callable[[InputError], None] | None = None) -> tuple[KnowledgeGraph, BuildReport]:
    """Build from files, folders, ``-`` (stdin) and JSON Lines. Unreadable documents are reported and skipped."""
    report = BuildReport()
    paths = list(paths)

    def failed(exc: InputError) -> None:
        report.failures.append(str(exc))
        if on_error is not None:
            on_error(exc)

    from .documents import expand_paths

    expanded = expand_paths(paths)  # fail fast on a missing path, before loading the model
    builder = Builder(model=model, ontology=ontology)
    total = len(expanded) if all(str(p).endswith((".txt", ".md")) for p in expanded) else None
    kg = builder.build(iter_documents(expanded, on_error=failed), base=base, progress=progress,
                       report=report, total=total)
    return kg, report
