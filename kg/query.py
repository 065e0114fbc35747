"""SPARQL over a kg graph: evaluation by Oxigraph (via oxrdflib), result formatting.

The query text is read by :mod:`kg.sparql` (pre-bound prefixes, the query form, ``SELECT *`` order); this module
re-exports its prefix functions for older callers.

Does not import spaCy.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, cast

from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.query import Result, ResultRow
from rdflib.term import Node

from .errors import QueryError
from .guard import check_query
from .namespace import PREFIXES
from .sparql import (
    UPDATE_FORMS,
    declared_prefixes,
    prefixed_names,
    query_form,
    shift_error_position,
    star_order,
    unknown_prefixes,
    with_prefixes,
)

RESULT_FORMATS = ("table", "csv", "tsv", "json")
XSD_STRING = URIRef("http://www.w3.org/2001/XMLSchema#string")


def _check_read_only(sparql: str) -> None:
    form = query_form(sparql)
    if form in UPDATE_FORMS:
        raise QueryError(
            f"kg query is read-only ({form} is SPARQL Update); to change a graph, re-build it "
            "('kg build ... -o graph.ttl'), or with a store remove documents ('kg remove DOC --store DIR') and "
            "build them again; ask with SELECT, ASK, CONSTRUCT or DESCRIBE")


@dataclass
class QueryResult:
    """The answer to a query: ``kind`` is SELECT, ASK or CONSTRUCT (also DESCRIBE).

    SELECT: ``vars`` and ``rows`` (tuples of rdflib terms or None). ASK: ``answer``. CONSTRUCT and
    DESCRIBE: ``graph``. Iterating yields the rows.
    """

    kind: str
    vars: list[str] = field(default_factory=list)
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    answer: bool | None = None
    graph: Graph | None = None

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows) if self.kind == "SELECT" else len(self.graph or ()) if self.graph is not None else 1

    def values(self) -> list[dict[str, Any]]:
        """Rows as dicts of plain Python values (literals converted, IRIs as strings)."""
        return [{v: _py(t) for v, t in zip(self.vars, row)} for row in self.rows]

    def to_dataframe(self):  # -> pandas.DataFrame
        """Rows as a pandas DataFrame (requires pandas: pip install pandas)."""
        try:
            import pandas as pd
        except ImportError as exc:
            raise QueryError("to_dataframe needs pandas: pip install pandas") from exc
        return pd.DataFrame(self.values(), columns=self.vars)

    def sparql_result(self) -> Result:
        """A SELECT or ASK answer as an rdflib query Result (for rdflib's result serializers). Literals typed
        ``xsd:string`` are given as simple literals (the same term in RDF 1.1), as SPARQL results write them."""
        result = Result(self.kind)
        if self.kind == "ASK":
            result.askAnswer = bool(self.answer)
            return result
        names = [Variable(v) for v in self.vars]
        result.vars = names
        result.bindings = [{v: _simple(t) for v, t in zip(names, row) if t is not None} for row in self.rows]
        return result

    def format(self, fmt: str = "table") -> str:
        """The result as text: table, csv, tsv or json (SPARQL 1.1 JSON results); CONSTRUCT as Turtle."""
        if fmt not in RESULT_FORMATS:
            raise QueryError(f"unknown result format {fmt!r}; choose one of: {', '.join(RESULT_FORMATS)}")
        if self.kind in ("CONSTRUCT", "DESCRIBE"):
            assert self.graph is not None
            return self.graph.serialize(format="json-ld" if fmt == "json" else "turtle")
        if fmt == "json":  # SPARQL 1.1 JSON results, by rdflib's serializer
            body = self.sparql_result().serialize(format="json")
            assert body is not None  # (None only when given a destination)
            return body.decode("utf-8")
        if self.kind == "ASK":
            return "true" if self.answer else "false"
        if fmt in ("csv", "tsv"):
            buf = io.StringIO()
            if fmt == "csv":
                w = csv.writer(buf, lineterminator="\n")
                w.writerow(self.vars)
                for row in self.rows:
                    w.writerow(["" if t is None else str(t) for t in row])
            else:
                buf.write("\t".join(f"?{v}" for v in self.vars) + "\n")
                for row in self.rows:
                    buf.write("\t".join("" if t is None else _tsv_term(t) for t in row) + "\n")
            return buf.getvalue()
        return _table(self.vars, [["" if t is None else short_name(t) for t in row] for row in self.rows])


def _py(t: Any) -> Any:
    if t is None:
        return None
    if isinstance(t, Literal):
        v = t.toPython()
        return v if not isinstance(v, Literal) else str(v)
    return str(t)


def short_name(t: Any) -> str:
    """A term as the table shows it: an IRI under a kg prefix as ``prefix:name``, text on one line."""
    if isinstance(t, URIRef):
        s = str(t)
        for p, ns in PREFIXES.items():
            if s.startswith(ns):
                return f"{p}:{s[len(ns):]}"
        return s
    return str(t).replace("\n", " ")


def _simple(t: Any) -> Any:
    return Literal(str(t)) if isinstance(t, Literal) and t.datatype == XSD_STRING else t


def _tsv_term(t: Any) -> str:
    if isinstance(t, URIRef):
        return f"<{t}>"
    if isinstance(t, BNode):
        return f"_:{t}"
    if isinstance(t, Literal):
        if t.datatype == XSD_STRING:
            return Literal(str(t)).n3()
        return t.n3()
    return str(t)


def _table(header: list[str], rows: list[list[str]], max_width: int = 60) -> str:
    cells = [[c if len(c) <= max_width else c[: max_width - 1] + "…" for c in r] for r in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(header)]
    line = "  ".join(h.ljust(w) for h, w in zip(header, widths)).rstrip()
    sep = "  ".join("-" * w for w in widths)
    body = ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in cells]
    footer = f"({len(rows)} row{'s' if len(rows) != 1 else ''})"
    return "\n".join([line, sep, *body, footer])


def run_query(graph: Graph, sparql: str, *, allow_service: bool = False) -> QueryResult:
    """Evaluate SPARQL against an rdflib Graph (Oxigraph-backed graphs evaluate in Oxigraph).

    A query that calls SERVICE (a request to another endpoint) is refused unless ``allow_service``; one too large
    or nested too deep for the engine is refused (:func:`kg.guard.check_query`).
    """
    if not sparql or not sparql.strip():
        raise QueryError("the query is empty; give a SPARQL SELECT, ASK, CONSTRUCT or DESCRIBE query")
    check_query(sparql, allow_service=allow_service, read_only=False)
    text, added = with_prefixes(sparql)
    try:
        result = graph.query(text)
        kind = result.type
        if kind == "SELECT":
            vars_ = [str(v) for v in (result.vars or [])]
            rows = [tuple(row) for row in result if isinstance(row, ResultRow)]  # (every row of a SELECT)
            order = star_order(sparql, vars_)
            if order != vars_:
                at = [vars_.index(v) for v in order]
                vars_, rows = order, [tuple(row[i] for i in at) for row in rows]
            return QueryResult(kind, vars=vars_, rows=rows)
        if kind == "ASK":
            return QueryResult(kind, answer=bool(result.askAnswer))
        out = Graph()
        for prefix, ns in PREFIXES.items():
            out.bind(prefix, ns)
        for t in result:
            out.add(cast("tuple[Node, Node, Node]", t))  # (a CONSTRUCT's or DESCRIBE's triples)
        return QueryResult(kind, graph=out)
    except QueryError:
        raise
    except Exception as exc:  # pyoxigraph raises SyntaxError/ValueError/OSError, rdflib its own types
        explain_syntax_error(sparql)
        msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise QueryError(f"SPARQL error: {shift_error_position(msg, added)}") from exc


def explain_syntax_error(sparql: str) -> None:
    """Raise a QueryError that says what is wrong with a query the parser refused, when kg can tell:
    an update (kg answers questions only) or a prefix nobody declared."""
    _check_read_only(sparql)
    unknown = unknown_prefixes(sparql)
    if unknown:
        names = ", ".join(f"'{p}:'" for p in unknown)
        raise QueryError(
            f"unknown prefix{'es' if len(unknown) > 1 else ''} {names}; known: {', '.join(PREFIXES)}; "
            f"declare others with a PREFIX line, e.g. PREFIX {unknown[0] or 'ex'}: <http://example.org/>")


def ontology_warnings(sparql: str, ontology=()) -> list[str]:  # noqa: ANN001
    """One line for every ``kg:`` name in the query that the ontology (core and ``ontology`` extensions) does not
    declare, with the closest terms: such a query is valid SPARQL but silently matches nothing."""
    from .namespace import KG_IRI
    from .ontology import load_ontology_graph

    g = load_ontology_graph(ontology)
    terms = {str(s)[len(KG_IRI):] for s in g.subjects() if str(s).startswith(KG_IRI)}
    out = []
    for local, close in unknown_terms(sparql, terms):
        hint = f"; did you mean {' or '.join('kg:' + c for c in close)}?" if close else ""
        out.append(f"kg:{local} is not in the ontology{hint}")
    return out


def unknown_terms(sparql: str, terms: set[str]) -> list[tuple[str, list[str]]]:
    """``kg:`` names in the query that are not among ``terms`` (local names of the ontology), each with the
    closest terms, for a warning such as ``kg:ceoof is not in the ontology; did you mean kg:ceoOf?``."""
    import difflib

    if "kg" in declared_prefixes(sparql):
        return []  # the query bound kg: to something else
    by_lower = {t.lower(): t for t in terms}
    out: list[tuple[str, list[str]]] = []
    seen: set[str] = set()
    for prefix, local in prefixed_names(sparql):
        if prefix != "kg" or not local or local in terms or local in seen:
            continue
        seen.add(local)
        close = [by_lower[local.lower()]] if local.lower() in by_lower else \
            difflib.get_close_matches(local, sorted(terms), n=3, cutoff=0.7)
        out.append((local, close))
    return out
