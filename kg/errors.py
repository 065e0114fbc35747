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
