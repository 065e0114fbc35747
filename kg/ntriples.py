"""Triples as N-Triples terms: the form a build's triples take from the mapping to the file or store.

A term is a string in N-Triples syntax (``<iri>``, ``"literal"``, ``"5"^^<datatype>``), so that a document's
triples can be written to an N-Triples file, an N-Quads load or a SPARQL Update without making rdflib terms.
Literals are made by pyoxigraph, whose terms print as N-Triples (escaping included). Does not import spaCy.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from functools import lru_cache

import pyoxigraph
from rdflib import RDF, RDFS, SKOS, XSD, Literal

from .oxgraph import plain

#: A triple as N-Triples terms ('<iri>', '"literal"', '"5"^^<datatype>'), as :func:`kg.mapping.document_triples`
#: gives them.
NTriple = tuple[str, str, str]

#: rdf:type, rdfs:label and skos:altLabel as N-Triples terms
NT_TYPE, NT_LABEL, NT_ALT_LABEL = f"<{RDF.type}>", f"<{RDFS.label}>", f"<{SKOS.altLabel}>"

_DECIMAL = pyoxigraph.NamedNode(str(XSD.decimal))
_INTEGER = f"^^<{XSD.integer}>"


def nt_literal(text: str) -> str:
    """A plain literal in N-Triples."""
    return str(pyoxigraph.Literal(text))


def nt_literal_text(literal: str) -> str:
    """The text of a plain N-Triples literal (the inverse of :func:`nt_literal`)."""
    if "\\" not in literal:  # nothing escaped: most names
        return literal[1:-1]
    triple = next(pyoxigraph.parse(f"<urn:s> <urn:p> {literal} .".encode(), format=pyoxigraph.RdfFormat.N_TRIPLES))
    return triple.object.value


def nt_term(term) -> str:
    """An rdflib term in N-Triples (plain literals plain, as :func:`kg.oxgraph.plain` makes them)."""
    if isinstance(term, Literal):
        term = plain(term)
        datatype = None if term.language or term.datatype is None else pyoxigraph.NamedNode(str(term.datatype))
        return str(pyoxigraph.Literal(str(term), language=term.language, datatype=datatype))
    return term.n3()


@lru_cache(maxsize=1024)
def nt_decimal(text: str, from_number: bool = False) -> str:
    """An xsd:decimal literal of a lexical form, or with ``from_number`` of a number's ``str`` (0.9, 1); rdflib
    decides the lexical form written (as in a graph made with rdflib terms)."""
    lexical = str(Literal(Decimal(text) if from_number else text, datatype=XSD.decimal))
    return str(pyoxigraph.Literal(lexical, datatype=_DECIMAL))


def nt_integer(n: int) -> str:
    """An xsd:integer literal."""
    return f'"{n}"{_INTEGER}' if type(n) is int else nt_term(Literal(n))


def ntriples_text(triples: Iterable[NTriple]) -> str:
    """N-Triples lines of triples given as N-Triples terms."""
    return "".join(f"{s} {p} {o} .\n" for s, p, o in triples)


__all__ = ["NTriple", "NT_ALT_LABEL", "NT_LABEL", "NT_TYPE", "nt_decimal", "nt_integer", "nt_literal",
           "nt_literal_text", "nt_term", "ntriples_text"]
