"""The one exception family of kg.

Library code raises these; only the edges (the CLI, later the server) turn them into messages and
exit codes. A message says what failed, why, and how to fix it.
"""

from __future__ import annotations


class KGError(Exception):
    """Base class of every error kg raises on purpose."""


class InputError(KGError):
    """A document or path given to kg cannot be read as text."""


class OntologyError(KGError):
    """An ontology file is missing, malformed, or names terms that do not exist."""


class QueryError(KGError):
    """A SPARQL query is malformed or cannot be evaluated."""


class GraphFileError(KGError):
    """An RDF file cannot be read or written."""


class ModelError(KGError):
    """No usable spaCy pipeline could be loaded."""


class RenderError(KGError):
    """A graph cannot be drawn as asked: an unknown entity to focus on, an unknown class, bad limits."""


class AnalysisError(KGError):
    """A graph cannot be analysed as asked: an unknown entity, no path between two, a bad option or export."""


class RefusedQueryError(QueryError):
    """A request asks a read-only, offline SPARQL endpoint for something it does not do (an update, SERVICE)."""


class QueryTimeoutError(QueryError):
    """A query ran past the time limit and was stopped."""


class NotAcceptableError(QueryError):
    """No result format the client accepts fits the query's kind of result."""


class ServeError(KGError):
    """The SPARQL endpoint cannot start or cannot answer (bad options, a query worker that failed)."""


class BuildError(KGError):
    """A build cannot go on: a worker process stopped, the extraction cluster cannot be used."""


class StoreError(KGError):
    """A graph store cannot be opened, read or written (a missing directory, a locked store, an endpoint down)."""


class ValidationError(KGError):
    """A graph violates the SHACL shapes; ``violations`` lists them, one readable line each."""

    def __init__(self, violations: list) -> None:
        self.violations = violations
        n = len(violations)
        super().__init__(f"{n} SHACL violation{'s' if n != 1 else ''}; first: {violations[0]}")
