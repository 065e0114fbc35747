"""kg: news text to an RDF knowledge graph typed by a small OWL ontology, with evidence for every fact.

    >>> import kg
    >>> graph = kg.build(["..."])                 # doctest: +SKIP
    >>> graph.query("SELECT ?s WHERE { ?s a kg:Person }").to_dataframe()   # doctest: +SKIP

Building needs spaCy; reading, querying and rendering graphs do not, so the building names are
imported on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .documents import Document
from .errors import GraphFileError, InputError, KGError, ModelError, OntologyError, QueryError
from .graph import KnowledgeGraph
from .query import QueryResult

if TYPE_CHECKING:
    from .builder import Builder, BuildReport, build, build_files, build_to_file

__version__ = "0.1.0"

_LAZY = {"BuildReport", "Builder", "build", "build_files", "build_to_file"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module("kg.builder"), name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


def load(path: str, format: str | None = None) -> KnowledgeGraph:
    """Read a graph file written by ``kg build`` (or any RDF file)."""
    return KnowledgeGraph.load(path, format=format)


__all__ = [
    "BuildReport", "Builder", "Document", "GraphFileError", "InputError", "KGError", "KnowledgeGraph",
    "ModelError", "OntologyError", "QueryError", "QueryResult", "__version__", "build", "build_files", "build_to_file",
    "load",
]
