"""Extraction in this process: documents -> spaCy pipeline -> resolver -> resolved document graphs.

A build's extraction is a strategy that :class:`kg.builder.Builder` holds: anything with
``document_graphs(documents, batch_size=None)`` giving one :class:`~kg.resolve.DocumentGraph` per document, in
input order (:class:`Extractor`). :class:`LocalExtractor` is the one that runs here; :mod:`kg.parallel` has the
process pool and the Dask cluster, whose workers each run a LocalExtractor. spaCy is imported when the pipeline is
first needed: a process that extracts nothing (the parent of ``--workers N``, a re-build with every document
unchanged) does not import it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from .documents import Document
from .resolve import DocumentGraph, Resolver
from .schema import Schema
from .typer import EntityTyper

if TYPE_CHECKING:
    from .extract.pairs import PairModel


class Extractor(Protocol):
    """What a Builder extracts with."""

    def document_graphs(self, documents: Iterable[Document], batch_size: int | None = None
                        ) -> Iterator[DocumentGraph]: ...


def learned_typer(spec: EntityTyper | str | Path | None) -> EntityTyper | None | str:
    """The typer a spec names: "default" (shipped with kg), None or "none" (no typer), a model file from ``kg
    train`` (read here), or a loaded model."""
    if spec is None or spec == "none":
        return None
    if isinstance(spec, EntityTyper) or spec == "default":
        return spec
    return EntityTyper.load(spec)


def load_pipeline(schema: Schema, model: str | None = None, pair_model: PairModel | str | Path | None = "default"):
    """:func:`kg.extract.load_pipeline`, imported when first needed (see the module docstring)."""
    from .extract.pipeline import load_pipeline as load

    return load(schema, model, pair_model)


def extract(nlp: Any, documents: Iterable[Document], batch_size: int = 16):
    """:func:`kg.extract.extract`, imported when first needed."""
    from .extract.pipeline import extract as run

    return run(nlp, documents, batch_size=batch_size)


class LocalExtractor:
    """The spaCy pipeline and the resolver, in this process.

    ``typer``: the learned entity typer ("default": the one shipped with kg; None or "none": cues and NER only; a
    model file from kg train; or a loaded model). ``pair_model``: the learned pair classifier, the same way (None or
    "none": the rules alone). With ``lazy`` the pipeline
    is loaded when a document first needs it, else at once (so that a bad model fails before anything is read).
    """

    #: documents handed to spaCy's ``pipe`` at a time
    batch_size = 16

    def __init__(self, schema: Schema, model: str | None = None, typer: EntityTyper | Path | str | None = "default",
                 pair_model: PairModel | str | Path | None = "default", *, lazy: bool = False):
        self.schema = schema
        self.model = model
        self.pair_model = None if pair_model == "none" else pair_model
        self._nlp: Any = None if lazy else load_pipeline(schema, model, self.pair_model)
        self.resolver = Resolver(schema, learned_typer(typer))

    @property
    def nlp(self) -> Any:
        """The spaCy pipeline (loaded now if it was not)."""
        if self._nlp is None:
            self._nlp = load_pipeline(self.schema, self.model, self.pair_model)
        return self._nlp

    def document_graphs(self, documents: Iterable[Document], batch_size: int | None = None
                        ) -> Iterator[DocumentGraph]:
        """Resolved graphs of documents, one at a time (streaming)."""
        for item in extract(self.nlp, documents, batch_size=batch_size or self.batch_size):
            graph = self.resolver.resolve(*item)
            del item  # the extraction goes before the graph is used (a long document's is large)
            yield graph
            del graph  # (nor is the graph held while the next document is read)


__all__ = ["Extractor", "LocalExtractor", "extract", "load_pipeline"]
