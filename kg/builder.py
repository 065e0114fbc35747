"""The main job: documents -> extraction (spaCy) -> resolution -> RDF graph.

``Builder`` holds the loaded ontology and the extraction strategy (:mod:`kg.extractor`, :mod:`kg.parallel`) so
that several builds (or an evaluation, which builds documents exactly the same way) share them. It builds an
in-memory graph, a graph file (:mod:`kg.writer`) or a store (:mod:`kg.ingest`).
"""

from __future__ import annotations

import pickle
import tempfile
import time
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import documents as docs
from .documents import (
    JSONL_SUFFIXES,
    MAX_BYTES,
    TEXT_SUFFIXES,
    Document,
    Input,
    RepeatedIdWarning,
    distinct_ids,
    read_inputs,
    texts_to_documents,
)
from .errors import GraphFileError, InputError
from .extractor import Extractor, LocalExtractor
from .formats import format_for
from .graph import KnowledgeGraph
from .html import HTML_SUFFIXES, read_html_file
from .ingest import write_documents
from .namespace import DEFAULT_BASE
from .ontology import load_schema
from .parallel import DaskExtractor, ProcessPoolExtractor
from .progress import progress_bar
from .resolve import DocumentGraph, Rejected, Resolver, confident
from .schema import Schema
from .store import Store, open_store
from .typer import EntityTyper
from .words import counted
from .writer import GraphWriter

if TYPE_CHECKING:
    from .extract.pairs import PairModel

#: What kg reads in a folder: text, web pages, JSON Lines.
READ_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
READ_KINDS = ".txt, .md, .html, .htm or .jsonl"
#: RDF files: graphs to query or draw, never text to build from.
RDF_SUFFIXES = (".ttl", ".turtle", ".nt", ".ntriples", ".nq", ".trig", ".jsonld", ".rdf", ".owl", ".n3")


@dataclass
class BuildReport:
    """What a build did: counts, failures (one line each) and time taken."""

    documents: int = 0
    entities: int = 0
    facts: int = 0
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)
    skipped: int = 0  # documents already in the store with the same content hash
    ignored: list[str] = field(default_factory=list)  # files in input folders that kg does not read
    replaced: int = 0  # documents in the store whose text changed: their old version is replaced
    #: stored documents replaced by a different file with their id: "ID (stored from OLD, now NEW)" each
    moved: list[str] = field(default_factory=list)
    repeats: list[str] = field(default_factory=list)  # ids read twice in this build (kg.documents.distinct_ids)

    def summary(self) -> str:
        s = (f"{counted(self.documents, 'document')}, {counted(self.entities, 'entity', 'entities')}, "
             f"{counted(self.facts, 'fact')} in {self.seconds:.1f} s")
        if self.failures:
            s += f"; {counted(len(self.failures), 'document')} failed"
        if self.skipped:
            s += f"; {counted(self.skipped, 'unchanged document')} skipped"
        if self.ignored:
            shown = ", ".join(self.ignored[:5]) + (f" (+{len(self.ignored) - 5} more)" if len(self.ignored) > 5 else "")
            s += f"; {counted(len(self.ignored), 'file')} skipped (not {READ_KINDS}): {shown}"
        if self.replaced:
            s += (f"; {counted(self.replaced, 'stored document')} replaced by "
                  f"{'changed versions' if self.replaced != 1 else 'a changed version'}")
        if self.moved:
            shown = "; ".join(self.moved[:3]) + (f" (+{len(self.moved) - 3} more)" if len(self.moved) > 3 else "")
            s += (f"; {counted(len(self.moved), 'stored document')} replaced by "
                  f"{'different files' if len(self.moved) != 1 else 'a different file'} with the same id: {shown}")
        if self.repeats:
            s += f"; {counted(len(self.repeats), 'repeated document id')} (see the warnings)"
        return s


def _spec(model: object) -> str:
    """A learned part as worker processes take it: "default", "none" or a model file's path."""
    if model is None:
        return "none"
    if isinstance(model, (str, Path)):
        return str(model)
    raise ValueError("worker processes take the typer and pair model as files (from kg train), not loaded models")


class Builder:
    """Ontology, extraction and the build's options, loaded once; builds graphs, files and stores.

    Extraction is a strategy (:mod:`kg.extractor`): in this process (:class:`~kg.extractor.LocalExtractor`, the
    default), in ``workers`` > 1 local processes (:class:`~kg.parallel.ProcessPoolExtractor`), on a Dask cluster
    given by its ``scheduler`` address (:class:`~kg.parallel.DaskExtractor`), or any ``extractor`` given.
    """

    def __init__(self, model: str | None = None, ontology: Iterable[str | Path] = (), schema: Schema | None = None,
                 typer: EntityTyper | str | Path | None = "default",
                 pair_model: PairModel | str | Path | None = "default",
                 *, workers: int = 1, scheduler: str | None = None, lazy: bool = False,
                 extractor: Extractor | None = None):
        """``typer``: the learned entity typer ("default": the one shipped with kg; None or "none": cues and NER
        only; or a model file from kg train). ``pair_model``: the learned pair classifier, the same way (None: the
        rules alone); worker processes take them as files, not as loaded models. ``lazy``: load the pipeline only
        when a document needs extracting."""
        self.ontology = list(ontology)
        self.schema = schema if schema is not None else load_schema(self.ontology)
        if extractor is None:
            if workers > 1 or scheduler:
                learned = (_spec(typer), _spec(pair_model))
                extractor = (DaskExtractor(scheduler, model, self.ontology, learned=learned) if scheduler
                             else ProcessPoolExtractor(model, self.ontology, workers, learned=learned))
            else:
                extractor = LocalExtractor(self.schema, model, typer, pair_model, lazy=lazy)
        self.extractor: Extractor = extractor

    @property
    def nlp(self) -> Any:
        """The spaCy pipeline of a build that extracts in this process."""
        return self._local().nlp

    @property
    def resolver(self) -> Resolver:
        """The resolver of a build that extracts in this process."""
        return self._local().resolver

    def _local(self) -> LocalExtractor:
        if not isinstance(self.extractor, LocalExtractor):
            raise AttributeError(f"this Builder extracts with {type(self.extractor).__name__}, not in this process")
        return self.extractor

    def document_graphs(self, documents: Iterable[Document], batch_size: int | None = None) -> Iterator[DocumentGraph]:
        """Resolved graphs of documents, one at a time (streaming), in input order."""
        return self.extractor.document_graphs(documents, batch_size)

    #: called with every relation candidate that no property's domain and range fit (why it was dropped)
    on_rejected: Callable[[Rejected], None] | None = None
    #: facts and investments whose evidence has a lower confidence are left out of the graph
    min_confidence: float | None = None

    def confident(self, graphs: Iterable[DocumentGraph]) -> Iterator[DocumentGraph]:
        """The document graphs without the facts and investments below :attr:`min_confidence`."""
        return confident(graphs, self.min_confidence)

    def _stream(self, documents: Iterable[Document], progress: bool, total: int | None) -> Iterator[DocumentGraph]:
        graphs: Iterable[DocumentGraph] = self.confident(self.document_graphs(documents))
        if progress:
            graphs = progress_bar(graphs, total=total)
        for dg in graphs:
            if self.on_rejected is not None:
                for rejected in dg.rejected:
                    self.on_rejected(rejected)
            yield dg
            del dg  # (not held while the next document is read)

    def build(self, documents: Iterable[Document], base: str = DEFAULT_BASE, progress: bool = False,
              report: BuildReport | None = None, total: int | None = None) -> KnowledgeGraph:
        """Build an in-memory KnowledgeGraph from documents."""
        report = report if report is not None else BuildReport()
        start = time.perf_counter()
        kg = KnowledgeGraph(base=base, schema=self.schema)
        graphs = list(self._stream(documents, progress, total))
        for dg in graphs:  # every name told before any IRI is given: IRIs do not depend on the documents' order
            kg.iris.see(dg.entities)
        for dg in graphs:
            kg.add_document(dg)
            report.documents += 1
            report.facts += len(dg.facts)
        report.entities = len(kg.iris.classes)
        report.seconds = time.perf_counter() - start
        return kg

    def write(self, documents: Iterable[Document], path: str | Path, format: str | None = None,
              base: str = DEFAULT_BASE, progress: bool = False, report: BuildReport | None = None,
              total: int | None = None, validate: bool = False) -> BuildReport:
        """Build and write a graph file (memory flat in the number of documents): every document is extracted first,
        and kept on disk, so that entity IRIs do not depend on the documents' order (:class:`~kg.graph.IriMinter`);
        then they are written one by one.

        The file is replaced atomically at the end; if no document could be read, or ``validate`` is set
        and the graph violates the SHACL shapes (:class:`~kg.errors.ValidationError`), nothing is written.
        """
        report = report if report is not None else BuildReport()
        start = time.perf_counter()
        with GraphWriter(path, format, base=base, schema=self.schema) as writer, _Spill(Path(path)) as spill:
            if validate:
                from .validate import check_file

                writer.check = lambda tmp: check_file(tmp, writer.fmt, self.ontology)
            # every document is extracted and its names told before any is written, so that IRIs do not depend
            # on the documents' order (IriMinter); the documents wait on disk, not in memory
            for dg in self._stream(documents, progress, total):
                writer.iris.see(dg.entities)
                spill.add(dg)
                del dg  # (not held while the next document is read, nor while those kept are written)
            for dg in spill:
                writer.add_document(dg)
                report.documents += 1
                report.facts += len(dg.facts)
            if report.documents == 0:
                raise InputError("no document could be read; nothing written")
        report.entities = len(writer.iris.classes)
        report.seconds = time.perf_counter() - start
        return report

    def write_store(self, documents: Iterable[Document], store, base: str = DEFAULT_BASE, progress: bool = False,
                    report: BuildReport | None = None, total: int | None = None, link: bool = True) -> BuildReport:
        """Build into a :class:`~kg.store.Store`, one transaction per document (see :mod:`kg.ingest`)."""
        report = report if report is not None else BuildReport()
        return write_documents(self, documents, store, base=base, progress=progress, report=report, total=total,
                               link=link)


class _Spill:
    """Document graphs kept on disk between extraction and writing (so that memory stays flat): pickled one after
    another into a nameless temporary file in the output's folder, which goes when it is closed or the process
    ends. A full disk is a one-line GraphFileError about the output."""

    def __init__(self, target: Path):
        self.target = target
        self.count = 0
        try:
            self.fh = tempfile.TemporaryFile(dir=target.parent if str(target.parent) else ".")
        except OSError as exc:
            raise self._error(exc) from None

    def _error(self, exc: OSError) -> GraphFileError:
        return GraphFileError(f"cannot write {str(self.target)!r}: {exc.strerror or exc} (while keeping the "
                              "extracted documents beside it; nothing was written)")

    def add(self, dg: DocumentGraph) -> None:
        """Keep a document graph, without its entities' mentions (writing needs none; a long document has many)."""
        dg = replace(dg, entities=[replace(e, mentions=[]) for e in dg.entities])
        try:
            pickle.dump(dg, self.fh, protocol=pickle.HIGHEST_PROTOCOL)
        except OSError as exc:
            raise self._error(exc) from None
        self.count += 1

    def __iter__(self) -> Iterator[DocumentGraph]:
        try:
            self.fh.flush()
            self.fh.seek(0)
            for _ in range(self.count):
                yield pickle.load(self.fh)
        except OSError as exc:
            raise self._error(exc) from None

    def __enter__(self) -> _Spill:
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            self.fh.close()
        except OSError:
            pass


def build(texts: Iterable[str | Document], *, model: str | None = None, ontology: Iterable[str | Path] = (),
          base: str = DEFAULT_BASE) -> KnowledgeGraph:
    """Build a knowledge graph from texts (strings or :class:`~kg.documents.Document`).

    >>> graph = build(["Acme Corp's CEO Jane Roe said ..."])      # doctest: +SKIP
    >>> graph.query("SELECT ?p WHERE { ?p kg:ceoOf ?o }").rows   # doctest: +SKIP
    """
    return Builder(model=model, ontology=ontology).build(texts_to_documents(texts), base=base)


def expand_inputs(paths: Iterable[str | Path], report: BuildReport | None = None) -> list[Input]:
    """The files to read for ``paths``, each with the name its documents' ids start with (folders searched
    recursively for the kinds kg reads, ``-`` kept; see :mod:`kg.documents`).

    Files in a folder that kg does not read are listed in ``report.ignored``. Raises InputError for a
    missing path, a folder with nothing to read, or an RDF file (a graph, not text to build from).
    """
    out: list[Input] = []
    for item in paths:
        path = Path(item)
        if str(item) != "-" and path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file())
            read = [p for p in files if p.suffix.lower() in READ_SUFFIXES]
            other = [str(p) for p in files if p.suffix.lower() not in READ_SUFFIXES and not p.name.startswith(".")]
            if not read:
                raise InputError(f"{str(path)!r}: folder holds no {READ_KINDS} files"
                                 + (f" ({counted(len(other), 'other file')}, e.g. {other[0]})" if other else ""))
            out.extend(Input(p, p.relative_to(path).as_posix()) for p in read)
            if report is not None:
                report.ignored.extend(other)
        elif str(item) != "-" and path.suffix.lower() in RDF_SUFFIXES and path.is_file():
            raise InputError(
                f"{str(path)!r} is an RDF graph, not text to build from; ask it questions with "
                f"kg query {path} 'SELECT ...', draw it with kg render {path} -o graph.html, "
                f"or build from the articles themselves ({READ_KINDS})")
        else:
            out.extend(docs.expand_inputs([item]))  # a missing path fails here, before the model is loaded
    return out


def read_documents(inputs: Iterable[Input], on_error: Callable[[InputError], None],
                   max_bytes: int = MAX_BYTES) -> Iterator[Document]:
    """The documents of :func:`expand_inputs`'s files, lazily: web pages by :mod:`kg.html`, the rest by
    :func:`kg.documents.read_inputs`. A document that cannot be read goes to ``on_error`` and is skipped."""
    for item in inputs:
        path = item.path
        if isinstance(path, Path) and path.suffix.lower() in HTML_SUFFIXES:
            try:
                if path.stat().st_size > max_bytes:
                    raise InputError(f"{path}: is larger than {max_bytes:,} bytes (--max-bytes); give a larger "
                                     "--max-bytes")
                yield replace(read_html_file(path), id=item.name)
            except InputError as exc:
                on_error(exc)
        else:
            yield from read_inputs([item], on_error=on_error, max_bytes=max_bytes)


def _prepare(paths: Iterable[str | Path], on_error: Callable[[InputError], None] | None,
             report: BuildReport, max_bytes: int = MAX_BYTES) -> tuple[Iterator[Document], int | None]:
    def failed(exc: InputError) -> None:
        report.failures.append(str(exc))
        if on_error is not None:
            on_error(exc)

    def repeated(message: str) -> None:
        report.repeats.append(message)
        warnings.warn(message, RepeatedIdWarning, stacklevel=2)

    expanded = expand_inputs(paths, report)  # fail fast on a missing path, before loading the model
    one_each = (".txt", ".md") + HTML_SUFFIXES  # files of one document each: the progress bar knows the total
    total = len(expanded) if all(str(i.path).lower().endswith(one_each) for i in expanded) else None
    return distinct_ids(read_documents(expanded, on_error=failed, max_bytes=max_bytes), repeated), total


def build_files(paths: Iterable[str | Path], *, model: str | None = None, ontology: Iterable[str | Path] = (),
                base: str = DEFAULT_BASE, progress: bool = False,
                on_error: Callable[[InputError], None] | None = None, workers: int = 1,
                on_rejected: Callable[[Rejected], None] | None = None,
                scheduler: str | None = None, min_confidence: float | None = None,
                max_bytes: int = MAX_BYTES, typer: str | Path | None = "default",
                pair_model: str | Path | None = "default") -> tuple[KnowledgeGraph, BuildReport]:
    """Build an in-memory graph from files, folders, ``-`` (stdin) and JSON Lines.

    Unreadable documents (and any larger than ``max_bytes``) are passed to ``on_error``, listed in the report,
    and skipped.
    """
    report = BuildReport()
    documents, total = _prepare(paths, on_error, report, max_bytes)
    builder = _make_builder(model, ontology, workers, scheduler, typer=typer, pair_model=pair_model)
    builder.on_rejected = on_rejected
    builder.min_confidence = min_confidence
    return builder.build(documents, base=base, progress=progress, report=report, total=total), report


def build_to_file(paths: Iterable[str | Path], output: str | Path, *, format: str | None = None,
                  model: str | None = None, ontology: Iterable[str | Path] = (), base: str = DEFAULT_BASE,
                  progress: bool = False, on_error: Callable[[InputError], None] | None = None,
                  validate: bool = False, workers: int = 1, scheduler: str | None = None,
                  on_rejected: Callable[[Rejected], None] | None = None,
                  min_confidence: float | None = None, max_bytes: int = MAX_BYTES, typer: str | Path | None = "default",
                  pair_model: str | Path | None = "default") -> BuildReport:
    """Like :func:`build_files`, but stream the graph to ``output`` (atomically replaced) and return the report.

    With ``validate``, a graph that violates the SHACL shapes raises ValidationError and is not written.
    """
    format_for(output, format)  # an unknown suffix fails now, not after the build
    report = BuildReport()
    documents, total = _prepare(paths, on_error, report, max_bytes)
    builder = _make_builder(model, ontology, workers, scheduler, typer=typer, pair_model=pair_model)
    builder.on_rejected = on_rejected
    builder.min_confidence = min_confidence
    return builder.write(documents, output, format, base=base, progress=progress, report=report, total=total,
                         validate=validate)


def build_to_store(paths: Iterable[str | Path], store, *, model: str | None = None,
                   ontology: Iterable[str | Path] = (), base: str = DEFAULT_BASE, progress: bool = False,
                   on_error: Callable[[InputError], None] | None = None, link: bool = True, workers: int = 1,
                   on_rejected: Callable[[Rejected], None] | None = None,
                   scheduler: str | None = None, min_confidence: float | None = None,
                   max_bytes: int = MAX_BYTES, typer: str | Path | None = "default",
                   pair_model: str | Path | None = "default") -> BuildReport:
    """Like :func:`build_to_file`, into a store (a :class:`~kg.store.Store` or a location for
    :func:`~kg.store.open_store`). Unchanged documents are skipped before the model is even loaded."""
    own = not isinstance(store, Store)
    target = open_store(store, create=True) if own else store
    try:
        report = BuildReport()
        documents, total = _prepare(paths, on_error, report, max_bytes)
        builder = _make_builder(model, ontology, workers, scheduler, lazy=True, typer=typer, pair_model=pair_model)
        builder.on_rejected = on_rejected
        builder.min_confidence = min_confidence
        return builder.write_store(documents, target, base=base, progress=progress, report=report, total=total,
                                   link=link)
    finally:
        if own:
            target.close()


def _make_builder(model: str | None, ontology: Iterable[str | Path], workers: int = 1, scheduler: str | None = None,
                  lazy: bool = False, typer: str | Path | None = "default",
                  pair_model: str | Path | None = "default") -> Builder:
    """The Builder of a build from files: extraction in this process, in ``workers`` processes or on a Dask
    ``scheduler``; ``typer`` and ``pair_model`` as :class:`Builder` takes them (a model file from kg train)."""
    return Builder(model=model, ontology=ontology, workers=workers, scheduler=scheduler, lazy=lazy, typer=typer,
                   pair_model=pair_model)
