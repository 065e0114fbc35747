"""kg: news text to an RDF knowledge graph typed by a small OWL ontology, with evidence for every fact.

    >>> import kg
    >>> graph = kg.build(["..."])                 # doctest: +SKIP
    >>> graph.query("SELECT ?s WHERE { ?s a kg:Person }").to_dataframe()   # doctest: +SKIP
"""

from .build import BuildReport, Builder, build, build_files
from .documents import Document
from .errors import GraphFileError, InputError, KGError, ModelError, OntologyError, QueryError
from .graph import KnowledgeGraph
from .query import QueryResult

__version__ = "0.1.0"


def load(path: str, format: str | None = None) -> KnowledgeGraph:
    """Read a graph file written by ``kg build`` (or any RDF file)."""
    return KnowledgeGraph.load(path, format=format)


__all__ = [
    "BuildReport", "Builder", "Document", "GraphFileError", "InputError", "KGError", "KnowledgeGraph",
    "ModelError", "OntologyError", "QueryError", "QueryResult", "__version__", "build", "build_files", "load",
]
