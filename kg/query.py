"""SPARQL over a kg graph: pre-bound prefixes, evaluation by Oxigraph (via oxrdflib), result formatting.

Does not import spaCy.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef

from .errors import QueryError
from .guard import check_query
from .namespace import PREFIXES

RESULT_FORMATS = ("table", "csv", "tsv", "json")
XSD_STRING = URIRef("http://www.w3.org/2001/XMLSchema#string")

_DECLARED = re.compile(r"(?im)^\s*PREFIX\s+([A-Za-z][\w.-]*)?:")
_POSITION = re.compile(r"error at (\d+):(\d+)")


def with_prefixes(sparql: str) -> tuple[str, int]:
    """Prepend PREFIX lines for the standard prefixes the query does not declare itself.

    Returns the query and how many lines were added (to correct error positions).
    """
    declared = {m.group(1) or "" for m in _DECLARED.finditer(sparql)}
    lines = [f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items() if p not in declared]
    return "\n".join(lines + [sparql]), len(lines)


def _fix_position(message: str, added: int) -> str:
    def shift(m: re.Match[str]) -> str:
        return f"error at line {int(m.group(1)) - added}, column {m.group(2)}"

    return _POSITION.sub(shift, message)


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

    def format(self, fmt: str = "table") -> str:
        """The result as text: table, csv, tsv or json (SPARQL 1.1 JSON results); CONSTRUCT as Turtle."""
        if fmt not in RESULT_FORMATS:
            raise QueryError(f"unknown result format {fmt!r}; choose one of: {', '.join(RESULT_FORMATS)}")
        if self.kind in ("CONSTRUCT", "DESCRIBE"):
            assert self.graph is not None
            return self.graph.serialize(format="json-ld" if fmt == "json" else "turtle")
        if self.kind == "ASK":
            if fmt == "json":
                return json.dumps({"head": {}, "boolean": bool(self.answer)})
            return "true" if self.answer else "false"
        if fmt == "json":
            return json.dumps({"head": {"vars": self.vars},
                               "results": {"bindings": [{v: _json_term(t) for v, t in zip(self.vars, row) if t is not None}
                                                        for row in self.rows]}}, ensure_ascii=False, indent=1)
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
        return _table(self.vars, [["" if t is None else _short(t) for t in row] for row in self.rows])


def _py(t: Any) -> Any:
    if t is None:
        return None
    if isinstance(t, Literal):
        v = t.toPython()
        return v if not isinstance(v, Literal) else str(v)
    return str(t)


def _short(t: Any) -> str:
    if isinstance(t, URIRef):
        s = str(t)
        for p, ns in PREFIXES.items():
            if s.startswith(ns):
                return f"{p}:{s[len(ns):]}"
        return s
    return str(t).replace("\n", " ")


def _json_term(t: Any) -> dict[str, str]:
    if isinstance(t, URIRef):
        return {"type": "uri", "value": str(t)}
    if isinstance(t, BNode):
        return {"type": "bnode", "value": str(t)}
    out = {"type": "literal", "value": str(t)}
    if isinstance(t, Literal):
        if t.language:
            out["xml:lang"] = t.language
        elif t.datatype and t.datatype != XSD_STRING:
            out["datatype"] = str(t.datatype)
    return out


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
            return QueryResult(kind, vars=vars_, rows=[tuple(row) for row in result])
        if kind == "ASK":
            return QueryResult(kind, answer=bool(result.askAnswer))
        out = Graph()
        for prefix, ns in PREFIXES.items():
            out.bind(prefix, ns)
        for t in result:
            out.add(t)
        return QueryResult(kind, graph=out)
    except QueryError:
        raise
    except Exception as exc:  # pyoxigraph raises SyntaxError/ValueError/OSError, rdflib its own types
        msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise QueryError(f"SPARQL error: {_fix_position(msg, added)}") from exc
