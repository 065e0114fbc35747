"""SPARQL Update requests and N-Quads that write a document into a store (the layout: :mod:`kg.store`)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any

from rdflib import BNode, Literal, URIRef

from ..ntriples import NTriple, nt_term, ntriples_text


def sparql_term(t: Any) -> str:
    """A term in SPARQL / N-Triples syntax (full IRIs, no prefixes). A plain ``str`` (not an rdflib term) is a term
    in N-Triples syntax already (:func:`kg.mapping.document_triples`)."""
    if isinstance(t, URIRef):
        return f"<{t}>"
    if isinstance(t, Literal):  # N-Triples escaping: one line, valid SPARQL (rdflib's n3() is not, for some text)
        return nt_term(t)
    if isinstance(t, BNode):
        return f"_:{t}"
    if type(t) is str:
        return t
    raise TypeError(f"unexpected term {t!r}")


def triple_lines(triples: Iterable[tuple[Any, Any, Any]]) -> str:
    return "\n".join(f"{sparql_term(s)} {sparql_term(p)} {sparql_term(o)} ." for s, p, o in triples)


def nquads(doc: str, triples: list[NTriple]) -> str:
    """A document's triples as N-Quads: in its named graph, and in the default graph (the union)."""
    g = f"<{doc}>"
    return "".join([f"{s} {p} {o} {g} .\n" for s, p, o in triples]) + ntriples_text(triples)


#: graphs a large document is written into, in batches, before it replaces its old version in one request
STAGING = "urn:kg:staging:"


def staging_graph(doc: str) -> str:
    """The staging graph of a document (see :class:`RemoteStore`)."""
    return STAGING + hashlib.sha1(doc.encode("utf-8")).hexdigest()


def replace_update(doc: str, triples: Iterable[tuple[Any, Any, Any]] | None, union: str | None = None) -> str:
    """The one SPARQL Update request that replaces (or, with ``triples`` None, removes) a document's graph.

    ``union`` names the graph kept as the de-duplicated union; None means the default graph.
    """
    d = f"<{doc}>"
    into = (lambda body: f"GRAPH <{union}> {{ {body} }}") if union else (lambda body: body)
    others = (f"FILTER(?g != {d}" + (f" && ?g != <{union}>" if union else "")
              + f" && !STRSTARTS(STR(?g), {json.dumps(STAGING)}))")
    parts = [f"DELETE {{ {into('?s ?p ?o')} }} WHERE {{ GRAPH {d} {{ ?s ?p ?o }} "
             f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} {others} }} }}",
             f"DROP SILENT GRAPH {d}"]
    if triples is not None:
        body = triple_lines(triples)
        if body:
            parts.append(f"INSERT DATA {{ GRAPH {d} {{\n{body}\n}}\n{into(chr(10) + body + chr(10))} }}")
    return " ;\n".join(parts)


def rename_update(renames: dict[str, str], union: str | None = None) -> str:
    """The one SPARQL Update request that renames IRIs (``{old: new}``) wherever they are subject or object, in every
    named graph and the default graph (with ``union``, the graph that is the union: a named graph). Renames may
    swap IRIs: each old IRI goes to a temporary one first."""
    temporary = {old: f"urn:kg:renaming:{hashlib.sha1(old.encode('utf-8')).hexdigest()}" for old in renames}
    parts = []
    for moves in ([(old, temporary[old]) for old in renames], [(temporary[old], new) for old, new in renames.items()]):
        values = " ".join(f"(<{a}> <{b}>)" for a, b in moves)
        for where in ("GRAPH ?g { %s }", "%s") if union is None else ("GRAPH ?g { %s }",):
            parts.append(f"DELETE {{ {where % '?a ?p ?o'} }} INSERT {{ {where % '?b ?p ?o'} }} "
                         f"WHERE {{ VALUES (?a ?b) {{ {values} }} {where % '?a ?p ?o'} }}")
            parts.append(f"DELETE {{ {where % '?s ?p ?a'} }} INSERT {{ {where % '?s ?p ?b'} }} "
                         f"WHERE {{ VALUES (?a ?b) {{ {values} }} {where % '?s ?p ?a'} }}")
    return " ;\n".join(parts)


def swap_update(doc: str, staging: str, union: str | None = None) -> str:
    """The one SPARQL Update request that replaces a document's graph by its staging graph's triples."""
    into = f"GRAPH <{union}> {{ ?s ?p ?o }}" if union else "?s ?p ?o"
    source = f"WHERE {{ GRAPH <{staging}> {{ ?s ?p ?o }} }}"
    # (two INSERTs, not one with two graphs in its template: Virtuoso 7 fails on that)
    return " ;\n".join([replace_update(doc, None, union), f"INSERT {{ GRAPH <{doc}> {{ ?s ?p ?o }} }} {source}",
                         f"INSERT {{ {into} }} {source}", f"DROP SILENT GRAPH <{staging}>"])


__all__ = ["STAGING", "nquads", "rename_update", "replace_update", "sparql_term", "staging_graph", "swap_update",
           "triple_lines"]
